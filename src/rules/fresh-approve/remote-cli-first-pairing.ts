import type { ConfigFact } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { isLoopbackUrl } from '../../openclaw/loopback.ts';
import type { Case } from '../../triage/case.ts';
import { defineRule, type Step } from '../../triage/rule.ts';
import { approveStep, listStep } from '../repairs.ts';
import { describedClients, gatewayWrapper, whereStep, wrapCommand } from '../wrappers.ts';

interface Match {
  /** The gateway address the CLI dials, as shown (`--url`, `gateway.remote.url`, `OPENCLAW_GATEWAY_URL`). */
  url: string;
  tui: boolean;
  /** Given on the command line, so rerunning means the same flags. */
  flag: boolean;
}

/** The newest gateway address the asker's CLI dials that is not this machine's loopback. */
function remoteUrl(c: Case): ConfigFact | undefined {
  return c
    .all('config')
    .filter((f) => (f.key === '--url' || f.key === 'gateway.remote.url' || f.key === 'OPENCLAW_GATEWAY_URL') && !isLoopbackUrl(f.value))
    .at(-1);
}

/**
 * A CLI or TUI on another machine (`--url ws://<server>`, `gateway.remote.url`) is a device the
 * gateway has never seen: only a loopback first connect is paired silently (docs/openclaw-facts.md
 * §0.2), so its first connect waits for one approval, on every build, and the token it passes only
 * gets it past the gateway's auth. It cannot approve itself; the gateway host can (its own CLI on
 * loopback uses the local fallback, §3.3). An SSH tunnel to 127.0.0.1 is loopback to the gateway,
 * which is why a loopback URL is not this rule's.
 */
export default defineRule<Match>({
  id: 'remote-cli-first-pairing',
  stage: 'fresh-approve',
  priority: 410,
  title: 'A CLI on another machine dials the gateway: approve its first pairing on the gateway host',
  docs: [docs.devicesCli, docs.remote],
  // 2026.4.25 stops the gateway's own internal calls using a narrow pairing: nothing to do with a
  // device on another machine.
  quiets: ['stale-baseline-build'],
  match(c) {
    if (!c.hasPairingSignal) return undefined;
    const url = remoteUrl(c);
    if (!url) return undefined;
    // The gateway's own agent calls (sessions_spawn, cron) and other clients have their own rules,
    // unless the asker shows the very command line that dials out (`openclaw acp --url wss://…`):
    // a Control UI named in their config is then not what fails.
    const clients = describedClients(c);
    if (url.key !== '--url' && clients.some((d) => d !== 'tui')) return undefined;
    if (c.all('spawn-result').length) return undefined;
    // The CLI on the gateway host dialing its own LAN address is cli-over-lan's.
    if (c.all('gateway-closed').some((g) => (g.source ?? '').startsWith('local lan'))) return undefined;
    // Already paired there (a scope, role or metadata upgrade): that device's upgrade, not a first pairing.
    const failing = c.failingDevice;
    if (failing?.deviceId && c.pairedRecord(failing.deviceId)) return undefined;
    const upgrade = (reason: string | undefined) => reason !== undefined && reason !== 'not-paired';
    if (upgrade(failing?.reason) || c.all('gateway-closed').some((g) => upgrade(g.pairing?.reason))) return undefined;
    return { url: url.value, tui: clients.includes('tui'), flag: url.key === '--url' };
  },
  advise({ url, tui, flag }, c) {
    const w = gatewayWrapper(c);
    const label = tui ? 'TUI' : 'CLI';
    const steps: Step[] = [];
    const where = whereStep(w);
    if (where?.command) steps.push(where);
    const place =
      where && !where.command ? `${where.text} ` : where ? '' : 'On the machine that runs the gateway, as its user (no `--url`): ';
    const live = c.requestToApprove?.requestId;
    if (!live) steps.push(listStep(`${place}list the pending requests while the ${label} is trying to connect:`));
    steps.push(
      approveStep(
        live,
        live
          ? `${place}approve it right away (ids expire after 5 minutes and change on every retry):`
          : tui
            ? "Approve the newest pending row of the TUI (client `openclaw-tui`, your machine's IP) right after listing: use its request id, not its device id:"
            : "Approve the newest pending row from your machine's IP right after listing: use its request id, not its device id:",
      ),
    );
    for (const s of steps) if (s.command?.startsWith('openclaw ')) s.command = wrapCommand(w, s.command);
    steps.push({
      text: flag
        ? `Back on your machine, run the same ${label} command again (same \`--url\` and token): it connects once approved.`
        : `Back on your machine, run the ${label} command again: it connects once approved.`,
    });
    return {
      summary: `Your ${label} dials a gateway on another machine (\`${url}\`), so to that gateway it is a new device: only a first connect from loopback is paired silently, so this one waits for one approval on the gateway's side, on every build. A token or password only gets it past the gateway's auth; pairing is a separate step it cannot approve for itself.`,
      steps,
      ifFails: [
        {
          text: 'No shell on the gateway host? Approve it from a Control UI that is already paired there (Nodes/Devices → the pending request → Approve), or tunnel with `ssh -L 18789:127.0.0.1:18789 <gateway host>` and use `--url ws://127.0.0.1:18789`: through the tunnel the gateway sees loopback.',
        },
      ],
      notFixes: [
        'Upgrading or restarting the gateway: a device from another machine needs one approval on every build.',
        'Running `openclaw devices approve` on your machine with `--url`: an unpaired CLI cannot approve its own request.',
      ],
      safety: ['Approve only the request whose IP and platform are your machine: anyone who reaches the port can file one.'],
      asks: live ? [] : [wrapCommand(w, 'openclaw devices list --json')],
    };
  },
  examples: {
    fires: [
      {
        name: 'a remote TUI with --url and --token, the TUI hint',
        thread: [
          {
            text: 'Try to connect from local machine:\n```bash\nopenclaw tui --url ws://192.168.20.44:40209 --token <token>\n```\nConnection fails:\n```\ngateway connect failed: GatewayClientRequestError: pairing required\nPairing required. Run `openclaw devices list`, approve your request ID, then reconnect.\n```',
          },
        ],
        expect: {
          stage: 'fresh-approve',
          mentions: ['openclaw devices approve <requestId>', 'openclaw-tui', 'ws://192.168.20.44:40209'],
          absent: ['openclaw update'],
        },
      },
      {
        name: 'the close block names the --url source',
        thread: [
          {
            text: 'gateway closed (1008): pairing required\nGateway target: ws://10.1.2.3:18789\nSource: cli --url\nConfig: /home/me/.openclaw/openclaw.json',
          },
        ],
        expect: { stage: 'fresh-approve', mentions: ['openclaw devices list', 'ws://10.1.2.3:18789'] },
      },
      {
        name: 'remote mode in the config, an old build: still an approval first',
        thread: [
          {
            text: 'OpenClaw 2026.2.19 on my laptop, gateway.remote.url = "wss://claw.example.com"\nopenclaw status → gateway closed (1008): pairing required',
          },
        ],
        expect: { stage: 'fresh-approve', mentions: ['On the machine that runs the gateway'] },
      },
      {
        name: 'an ACP client with --url on a 4.x build: the internal-call fix is beside the point',
        thread: [
          {
            text: 'On my Mac (OpenClaw version 2026.4.8):\n```bash\nopenclaw acp --url wss://vm.example.com/openclaw --token <token>\n```\ngateway connect failed: GatewayClientRequestError: pairing required\nThe gateway sets gateway.controlUi.basePath to /openclaw.',
          },
        ],
        expect: { stage: 'fresh-approve', mentions: ['wss://vm.example.com/openclaw'], absent: ['internal calls', 'Your browser'] },
      },
    ],
    silent: [
      {
        name: 'an SSH tunnel to loopback is local to the gateway',
        thread: [
          {
            text: 'openclaw tui --url ws://127.0.0.1:18789 --token x\ngateway connect failed: GatewayClientRequestError: pairing required',
          },
        ],
      },
      {
        name: "the gateway host's own sessions_spawn",
        thread: [{ text: 'OpenClaw 2026.4.14\nsessions_spawn fails: gateway closed (1008): pairing required' }],
      },
    ],
  },
});
