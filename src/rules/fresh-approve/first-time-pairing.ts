import type { DescribedClient, PendingRequest, Where } from '../../evidence/facts.ts';
import { clientLabel, isHostClient } from '../../openclaw/clients.ts';
import { docs } from '../../openclaw/docs.ts';
import { before, type Case } from '../../triage/case.ts';
import { defineRule, type Step } from '../../triage/rule.ts';
import { approveStep, listStep } from '../repairs.ts';
import { leastPrivilegeApprove } from '../version-check/approve-least-privilege.ts';
import { wrapperLagsFix } from '../version-check/wrapper-build-lags.ts';
import { describedClients, type GatewayWrapper, gatewayWrapper, saysAwaitingApproval, whereStep, wrapCommand } from '../wrappers.ts';

type NewClient = Exclude<DescribedClient, 'host-call' | 'node-host' | 'tui'>;

interface Match {
  request?: PendingRequest;
  /** The kind of client the asker describes, when no device record names it. */
  described?: NewClient;
}

/** Most specific first: an app or someone else's client says more than "a browser was open". */
const DESCRIBED: readonly NewClient[] = ['third-party', 'desktop-app', 'mobile-app', 'control-ui'];

const describedNames: Record<NewClient, string> = {
  'control-ui': 'browser',
  'mobile-app': 'phone app',
  'desktop-app': 'desktop app',
  'third-party': 'client',
};

/**
 * A device that was never paired: a browser, a phone or desktop app, someone else's client. Its
 * first connect waits for one approval on every build, so this is not the stale-baseline bug and
 * "upgrade first" does not answer it (issue 6 §3). Node hosts have their own rule; the host's own
 * internal calls (sessions_spawn, cron) are the scope-upgrade flow.
 */
function describedNewClient(c: Case): NewClient | undefined {
  if (!c.hasPairingSignal && !saysAwaitingApproval(c)) return undefined;
  // A scope upgrade is asked by a device that is already paired: "scope upgrade pending approval"
  // while chatting in the Control UI is the gateway's own calls, not the browser's first pairing.
  if (c.said('scope-upgrade-described')) return undefined;
  // A client that makes a new identity every start is its own problem: no approval sticks.
  if (c.all('setup').some((f) => f.newIdentityEachStart)) return undefined;
  // The asker names a wrapper release with the fix that is newer than theirs: that is the answer.
  if (wrapperLagsFix(c)) return undefined;
  // They already tried to approve and the build refused (least-privilege approve): that is the answer.
  if (leastPrivilegeApprove(c)) return undefined;
  const clients = describedClients(c);
  if (clients.includes('host-call') || clients.includes('node-host')) return undefined;
  const failing = c.failingDevice;
  if (failing && failing.reason !== 'not-paired' && isHostClient(failing.client)) return undefined;
  // A device list that shows the failing device already paired is an upgrade, not a first pairing.
  if (failing?.deviceId && c.pairedRecord(failing.deviceId)) return undefined;
  // The client named first is the one the thread is about ("the macOS app …, as iOS and Android
  // apps already do"); on the same line the more specific kind wins.
  let described: NewClient | undefined;
  let at: Where | undefined;
  for (const f of c.all('setup')) {
    const d = f.client as NewClient | undefined;
    if (!d || !DESCRIBED.includes(d)) continue;
    const earlier = !at || before(f.at, at);
    const sameLine = at && f.at.message === at.message && f.at.line === at.line;
    if (earlier || (sameLine && DESCRIBED.indexOf(d) < DESCRIBED.indexOf(described!))) {
      described = d;
      at = f.at;
    }
  }
  // `Gateway target:` / `Source:` lines are what a CLI or an internal call prints (docs/openclaw-facts.md §1.6),
  // never a browser: with them, the dashboard the asker mentions is not what fails.
  if (described === 'control-ui' && c.all('gateway-closed').some((g) => g.pairing && (g.source !== undefined || g.target !== undefined)))
    return undefined;
  return described;
}

export default defineRule<Match>({
  id: 'first-time-pairing',
  stage: 'fresh-approve',
  priority: 400,
  title: 'A new device is waiting for its first approval',
  docs: [docs.devicesCli, docs.controlUi],
  match(c) {
    const notPaired =
      c.all('connect-failed').some((f) => f.pairing?.reason === 'not-paired') ||
      c.all('closed-before-connect').some((f) => f.pairingReason === 'not-paired') ||
      c.all('close-context').some((f) => f.reason === 'not-paired') ||
      c.all('gateway-closed').some((f) => f.pairing?.reason === 'not-paired');
    const list = c.devicesList;
    const fresh = list?.pending.filter((p) => p.requestId && p.isRepair === false && !list.paired.some((d) => d.deviceId === p.deviceId));
    if (c.failingDevice && c.failingDevice.reason !== 'not-paired') {
      const described = describedNewClient(c);
      return described ? { described } : undefined;
    }
    if (fresh?.length) {
      const request = fresh.find((p) => c.requests.get(p.requestId!)?.state === 'live');
      if (request) return { request };
    }
    const described = describedNewClient(c);
    if (described) return { described };
    return notPaired ? {} : undefined;
  },
  advise({ request, described }, c) {
    const w = gatewayWrapper(c);
    const label = request ? clientLabel(request.clientId) : described ? describedNames[described] : 'device';
    const from = request?.remoteIp ? ` from \`${request.remoteIp}\`` : '';
    const browser = described === 'control-ui' || request?.clientId === 'openclaw-control-ui';
    const steps: Step[] = gatesBefore(c);
    const where = whereStep(w);
    if (where?.command) steps.push(where);
    const place =
      where && !where.command ? `${where.text} ` : where ? '' : 'On the gateway host, as the user that runs the gateway (no `--url`): ';
    const live = request?.requestId ?? c.requestToApprove?.requestId;
    if (!live) {
      steps.push(
        listStep(
          `${place}list the pending requests while the ${label} is ${browser ? 'open and trying to connect' : 'trying to connect'}:`,
        ),
      );
    }
    steps.push(
      approveStep(
        live,
        live
          ? `${place}approve it right away (ids expire after 5 minutes and change on every retry):`
          : `Approve the newest pending row of the ${label} (${rowHint(described, request)}) right after listing: ids expire after 5 minutes and change on retries. Use its request id, not its device id:`,
      ),
    );
    const staleToken = c.all('lookalike').some((l) => l.cause === 'device-token-mismatch');
    for (const s of steps) {
      if (!s.command?.startsWith('openclaw devices')) continue;
      // The approving CLI is refused with a stale stored device token (docs/openclaw-facts.md §11 A5): the
      // gateway token gets it in, and with `--url` the config's credentials are not used.
      if (staleToken) s.command += ' --url ws://127.0.0.1:18789 --token <gateway token>';
      s.command = wrapCommand(w, s.command);
    }
    if (staleToken) {
      const first = steps.find((s) => s.command?.includes('devices'));
      if (first)
        first.text +=
          ' The CLI there answers `device token mismatch` because it presents a device token it stored earlier, so these commands use the gateway token instead:';
    }
    steps.push({ text: browser ? 'Reload the page: it connects once approved.' : `Reconnect the ${label}: it connects once approved.` });
    return {
      summary: request
        ? `A new ${label}${from} is waiting for its first approval (request \`${request.requestId}\`).`
        : described && saysRepair(c)
          ? `Your ${describedNames[described]} is asking to be approved again (a repair request: the gateway saw it change, e.g. its platform after an OS update, or lose its token). Approve the current request; a remove or re-pair is not needed.`
          : described
            ? `${leadFor(described, w)} It needs one approval from the gateway side; that is normal on every build, and upgrading does not skip it.`
            : 'This device has never been approved on this gateway (reason `not-paired`): approve its first pairing request.',
      steps,
      ifFails: [
        {
          text: browser
            ? 'If the CLI there cannot connect either, approve from a browser that is already paired: Control UI → Nodes/Devices → the pending request → Approve.'
            : 'If the CLI there cannot connect either, approve from the Control UI of a browser that is already paired (Nodes/Devices → the pending request → Approve).',
        },
      ],
      notFixes: notFixesFor(c, w),
      safety: [
        'Approve only devices you recognise: check the platform, client and IP in the list. A request you did not cause can be rejected with `openclaw devices reject <requestId>`.',
      ],
      asks: live ? [] : [wrapCommand(w, 'openclaw devices list --json')],
    };
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: 'gateway connect failed: GatewayClientRequestError: device pairing required\ngateway closed (1008): pairing required: device is not approved yet\n',
          },
        ],
        expect: { stage: 'fresh-approve', mentions: ['never been approved'] },
      },
      {
        name: 'a browser through Docker port mapping, on an old build: approve inside the container, not upgrade first',
        thread: [
          {
            text: 'OpenClaw 2026.2.14 running with docker compose up -d\nopened the dashboard at http://127.0.0.1:18789 and it says disconnected (1008): pairing required',
          },
        ],
        expect: {
          stage: 'fresh-approve',
          mentions: ['docker compose exec openclaw-gateway openclaw devices approve <requestId>', 'Docker'],
          absent: ['openclaw update'],
        },
      },
      {
        name: 'a hosted template: approve in the template console',
        thread: [{ text: 'deployed the Railway template, the web UI keeps saying pairing required. where do I approve it?' }],
        expect: { stage: 'fresh-approve', mentions: ['/setup', 'openclaw devices approve <requestId>'] },
      },
      {
        name: 'Chinese: a phone app waiting for approval',
        thread: [{ text: '手机 App 连接网关一直显示 pairing required，怎么批准？' }],
        expect: { stage: 'fresh-approve', mentions: ['openclaw devices list --json'] },
      },
    ],
    silent: [
      { thread: ['seeds/000-5-devices-list.txt'] },
      {
        name: "the host's own sessions_spawn, with the dashboard open",
        thread: [{ text: 'OpenClaw 2026.4.14\nsessions_spawn fails: gateway closed (1008): pairing required. The dashboard works fine.' }],
      },
    ],
  },
});

function saysRepair(c: Case): boolean {
  return c.all('setup').some((f) => f.awaitingApproval && f.name !== undefined && /re-?pair|isRepair|重新配对/i.test(f.name));
}

function rowHint(described: NewClient | undefined, request: PendingRequest | undefined): string {
  if (request?.clientId) return `client \`${request.clientId}\``;
  switch (described) {
    case 'control-ui':
      return "client `openclaw-control-ui`, the browser's IP";
    case 'mobile-app':
      return "the phone's platform and IP";
    case 'desktop-app':
      return "the app's platform and IP";
    default:
      return "the client's name and IP";
  }
}

function leadFor(d: NewClient, w: GatewayWrapper): string {
  const nat = w.kind === 'docker' || w.kind === 'nas-app' || w.kind === 'kubernetes';
  switch (d) {
    case 'control-ui':
      return nat
        ? "Your browser is a new device on this gateway, and through Docker's port mapping (NAT) the gateway sees the bridge address, not localhost, so it is not approved automatically, even at http://127.0.0.1."
        : 'Your browser (Control UI) is a new device on this gateway and is waiting for its first approval.';
    case 'mobile-app':
      return 'Your phone app is a new device on this gateway and is waiting for its first approval.';
    case 'desktop-app':
      return 'Your desktop app connects with its own device identity, which this gateway has not approved yet.';
    default:
      return `Your ${w.kind === 'desktop-bundle' && w.name ? `${w.name} ` : ''}client connects to the gateway with its own device identity, which the gateway has never approved (this is device pairing, \`openclaw devices\`, not the channel pairing of \`openclaw pairing\`).`;
  }
}

function notFixesFor(c: Case, w: GatewayWrapper): string[] {
  const out: string[] = [];
  const said = (re: RegExp) => c.all('config').some((f) => re.test(f.key));
  if (said(/allowInsecureAuth|dangerouslyDisableDeviceAuth/) || c.all('lookalike').some((l) => l.cause === 'control-ui-insecure-context')) {
    out.push(
      '`allowInsecureAuth` / turning device auth off: it downgrades the Control UI to token-only, later builds honour it only for local clients and 2026.9 removed it; approving once is the fix.',
    );
  }
  if (said(/trustedProxies/))
    out.push('`gateway.trustedProxies`: it only tells the gateway which proxy headers to believe; it does not approve a device.');
  if (w.kind !== 'host') out.push('Editing `pending.json` / `paired.json` by hand: the gateway owns those files and rewrites them.');
  out.push(
    `Restarting the gateway${w.kind === 'host' ? '' : ' or its container'}: the request waits for an approval, and a restart does not give one.`,
  );
  return out.slice(0, 3);
}

/** A look-alike gate the same browser has to pass first (it stacks with first pairing). */
function gatesBefore(c: Case): Step[] {
  const causes = new Set(c.all('lookalike').map((l) => l.cause));
  const out: Step[] = [];
  if (causes.has('origin-not-allowed')) {
    out.push({
      text: '`origin not allowed` comes first: add the exact address the page is opened at (scheme, host and port, e.g. `https://claw.example.com`) to `gateway.controlUi.allowedOrigins` and restart the gateway; then the browser gets as far as its pairing request.',
    });
  }
  return out;
}
