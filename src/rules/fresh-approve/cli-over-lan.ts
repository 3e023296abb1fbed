import type { GatewayClosedFact } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { isLoopbackUrl } from '../../openclaw/loopback.ts';
import { defineRule, type Step } from '../../triage/rule.ts';
import { describedClients, gatewayWrapper, whereStep, wrapCommand } from '../wrappers.ts';

interface Match {
  closed: GatewayClosedFact;
  port: string;
}

/**
 * With `gateway.bind: lan` the CLI on the gateway host dials the gateway's LAN address (`Source:
 * local lan …`), so the gateway sees a non-loopback, unpaired client: its first pairing is not
 * silent and the devices local fallback (loopback only, docs/openclaw-facts.md §3.3) does not apply, so even
 * `openclaw devices list` fails. Pointed at loopback, its first connect is paired silently
 * (docs/openclaw-facts.md §0.2), and then it can approve whatever else waits.
 */
export default defineRule<Match>({
  id: 'cli-over-lan',
  stage: 'fresh-approve',
  priority: 420,
  title: 'The CLI dials the LAN address (bind: lan), so it is not local: point it at loopback',
  docs: [docs.devicesCli, docs.remote, docs.configReference],
  match(c) {
    const closed = c
      .all('gateway-closed')
      .filter(
        (g) =>
          g.pairing &&
          ((g.source ?? '').startsWith('local lan') || (g.bind === 'lan' && g.target !== undefined && !isLoopbackUrl(g.target))),
      )
      .at(-1);
    if (!closed) return undefined;
    // The same close inside a sessions_spawn result is the agent's internal call, which a CLI
    // pointed at loopback does not change: that is the build's problem (version-check).
    if (c.all('spawn-result').some((r) => r.at.message === closed.at.message && r.status === 'error')) return undefined;
    const port = /:(\d{2,5})(?:\/|$)/.exec(closed.target ?? '')?.[1] ?? '18789';
    return { closed, port };
  },
  advise({ closed, port }, c) {
    const w = gatewayWrapper(c);
    const url = `ws://127.0.0.1:${port}`;
    const where = whereStep(w);
    const steps: Step[] = [];
    if (where?.command) steps.push(where);
    const place = where && !where.command ? `${where.text} ` : 'On the gateway host, ';
    steps.push({
      text: `${place}point the CLI at loopback with the gateway token (with \`--url\` the config's credentials are not used, so pass the token): its first connect from loopback is paired silently.`,
      command: `openclaw devices list --url ${url} --token <gateway token>`,
    });
    const clients = describedClients(c);
    const other =
      clients.includes('control-ui') || clients.includes('mobile-app') || clients.includes('node-host') || clients.includes('desktop-app');
    const insecureBrowser = c.all('lookalike').some((l) => l.cause === 'control-ui-insecure-context');
    steps.push({
      text: insecureBrowser
        ? "Your browser has no device identity over plain HTTP to the server's address, so nothing of it waits yet: open the UI over HTTPS or at http://127.0.0.1 (an SSH tunnel), then approve its request the same way:"
        : other
          ? 'Then approve the device that is waiting (your browser or app: its newest pending row), the same way:'
          : 'If a request is still pending after that (a browser, an app, or this CLI on a build that kept it), approve it the same way:',
      command: `openclaw devices approve <requestId> --url ${url} --token <gateway token>`,
    });
    for (const s of steps) if (s.command?.startsWith('openclaw ')) s.command = wrapCommand(w, s.command);
    return {
      summary: `Your CLI dials the gateway's LAN address (\`${closed.source ?? closed.target}\`, because \`gateway.bind\` is \`lan\`), so the gateway treats it as a remote device that was never paired: it is not approved silently, and the local fallback of \`openclaw devices\` (loopback only) does not apply, so even \`devices list\` fails.`,
      steps,
      ifFails: [{ text: 'Or approve it from a Control UI that is already connected: Nodes/Devices → the pending request → Approve.' }],
      notFixes: [
        '`gateway.controlUi.allowInsecureAuth` / `dangerouslyDisableDeviceAuth`: they only affect the Control UI, not the CLI.',
        'Restarting the gateway: the CLI keeps dialing the LAN address.',
      ],
      asks: [],
    };
  },
  aside({ port }) {
    return `Your CLI dials the gateway's LAN address (\`bind: lan\`), which is not local: run it against loopback (\`--url ws://127.0.0.1:${port} --token <gateway token>\`) to list and approve.`;
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: 'gateway connect failed: Error: pairing required\n[openclaw] Failed to start CLI: Error: gateway closed (1008): pairing required\nGateway target: ws://192.168.1.20:18789\nSource: local lan 192.168.1.20\nConfig: /home/me/.openclaw/openclaw.json\nBind: lan\n',
          },
        ],
        expect: { stage: 'fresh-approve', mentions: ['openclaw devices list --url ws://127.0.0.1:18789 --token <gateway token>'] },
      },
    ],
    silent: [
      {
        name: "the agent's own sessions_spawn over the LAN address",
        thread: [
          {
            text: '{"status": "error", "error": "gateway closed (1008): pairing required\\nGateway target: ws://172.18.0.2:18789\\nSource: local lan 172.18.0.2\\nBind: lan", "childSessionKey": "agent:main:subagent:x"}',
          },
        ],
      },
      {
        thread: [
          {
            text: 'gateway closed (1008): pairing required\nGateway target: ws://127.0.0.1:18789\nSource: local loopback\nConfig: /home/me/.openclaw/openclaw.json\nBind: loopback\n',
          },
        ],
      },
    ],
  },
});
