import { defineExtractor } from './extractor.ts';
import type { DescribedClient, Fact, SetupFact, Wrapper } from './facts.ts';
import { type Keywords, keywords } from './keywords.ts';
import type { Paste } from './paste.ts';

/**
 * SetupFact: what the asker's setup is, as they describe it or as their paste shows it: which kind
 * of client is failing (a browser, an app, a node host, someone else's client, or the host's own
 * internal calls), what wraps the gateway (a container, a hosted template, a sandbox, a NAS app, a
 * desktop bundle), and the names their commands need. These decide where an approval is run and
 * how an upgrade is done (issue 6 §3: first-time pairing and wrappers).
 *
 * Each sign is an alternation of literals tried only on lines holding one of its words, which the
 * paste's keyword index finds for every sign in one pass. English and Chinese phrasings.
 */
interface Sign {
  client?: DescribedClient;
  wrapper?: Wrapper;
  operator?: true;
  awaiting?: true;
  newIdentity?: true;
  /** Keep the matched text as the fact's name. */
  named?: true;
  sign: RegExp;
  /** Literal words, one of which is on every line `sign` can match. */
  words: Keywords;
}

const SIGNS: readonly Sign[] = [
  {
    client: 'control-ui',
    // `browser tool` / `openclaw browser` is the agent's browser tool, not a browser connecting.
    sign: /\bControl[ -]UI\b|\bcontrol-ui\b|\bcontrolUi\b|\b[Dd]ashboard\b|\b[Bb]rowser\b(?! tool| profile|-profile| start| --)|\b[Ww]eb ?UI\b|\bweb-ui\b|\b[Ww]eb (?:panel|console|page|interface)\b|\b(?:OpenClaw|the) web (?:showed|shows|says|said|displays)\b|disconnected \(1008\)|needs pairing approval from the gateway host|#token=|\?token=|控制台|控制面板|浏览器|网页|仪表盘|管理界面|[Ww]eb ?界面/,
    words: keywords([
      'ontrol',
      'ashboard',
      'rowser',
      'eb UI',
      'ebUI',
      'web-ui',
      'eb panel',
      'eb console',
      'eb page',
      'eb interface',
      ' web show',
      ' web say',
      ' web display',
      'disconnected (1008)',
      'gateway host',
      'token=',
      '控制',
      '浏览器',
      '网页',
      '仪表盘',
      '界面',
    ]),
  },
  // The node layer's own approval (node.pair.request), which newer builds add on top of device pairing.
  {
    client: 'node-host',
    sign: /\bAllow node to connect\b|\bnode\.pair\.request\b/,
    words: keywords(['Allow node', 'node.pair']),
    named: true,
  },
  {
    client: 'node-host',
    sign: /\bopenclaw node (?:run|install|start|restart)\b|\bnode[ -]host\b|\bnodes (?:pending|approve|list|status)\b|\bnode role\b|\brole[:=] ?"?node\b|\broleTo=node\b|\bheadless node\b|\bAllow node to connect\b|\[node\]|节点/,
    words: keywords(['node', '节点']),
  },
  {
    client: 'mobile-app',
    sign: /\b(?:Android|iOS|iPhone|iPad)\b|\bopenclaw-(?:android|ios)\b|手机|安卓/,
    words: keywords(['ndroid', 'iOS', 'iPhone', 'iPad', 'openclaw-ios', '手机', '安卓']),
  },
  {
    client: 'desktop-app',
    sign: /\b(?:[Mm]ac|macOS) app\b|\bmenu ?bar app\b|\bWindows (?:[Cc]ompanion|[Tt]ray|[Hh]ub|[Nn]ode|app)\b|\b[Tt]ray app\b|\b[Cc]ompanion app\b|\bopenclaw-macos\b|\bOpenClaw\.app\b|桌面(?:端|版|客户端)|托盘/,
    // Every `app` the sign takes follows a space but in `OpenClaw.app`: `approve` on every log line is no anchor.
    words: keywords([' app', 'Windows', 'openclaw-macos', 'OpenClaw.app', '桌面', '托盘']),
  },
  {
    client: 'third-party',
    sign: /\[backend\]|\b[\w-]+-bridge\b|\b[Bb]ridge(?:Error)?\b|\b[Aa]dapter\b|\bthird[- ]party\b|\bmy own (?:client|app|backend|bot)\b|第三方|适配器/,
    words: keywords(['backend', 'ridge', 'dapter', 'third', 'my own', '第三方', '适配器']),
  },
  {
    client: 'tui',
    // The TUI's own pairing hint and status line (docs/openclaw-facts.md §1.8) say which client it is.
    sign: /\bopenclaw tui\b|\bTUI\b|approve your request ID, then reconnect|pairing required: run openclaw devices list/,
    words: keywords(['tui', 'TUI', 'approve your request ID', 'pairing required: run openclaw']),
  },
  {
    client: 'host-call',
    sign: /\bsessions_spawn\b|\bsub-?agents?\b|\bsubagent\b|\bcron\b|\bspawn(?:ing|ed|s)?\b|子代理|子智能体|定时任务/,
    words: keywords(['sessions_spawn', 'subagent', 'sub-agent', 'cron', 'spawn', '子代理', '子智能体', '定时任务']),
  },
  {
    awaiting: true,
    sign: /\b(?:[Ww]aiting|[Aa]waiting) (?:for )?(?:pairing |device |node )?approval\b|\bpending approval\b|\bneeds pairing approval\b|\bnot (?:yet )?(?:paired|approved)\b|\bnever (?:been )?paired\b|\b(?:new|another|fresh) pairing (?:approval )?request\b|\bpairing approval (?:is )?requested\b|\bapproval prompt\b|\bAllow node to connect\b|配对请求|等待(?:配对)?审批|等待配对|尚未(?:完成)?配对|未配对|需要配对|待审批/,
    words: keywords([
      'aiting',
      'pending approval',
      'needs pairing',
      'not ',
      'never',
      'pairing request',
      'pairing approval request',
      'approval requested',
      'approval is requested',
      'approval prompt',
      'Allow node',
      '配对请求',
      '等待',
      '尚未',
      '未配对',
      '需要配对',
      '待审批',
    ]),
  },
  // A known device asked to be approved again (a repair): kept by name so the reply says so.
  {
    awaiting: true,
    named: true,
    sign: /\b(?:forces?|forcing|requires?|requiring|needs?|triggers?|asks? for)\s+(?:a\s+)?re-?pair(?:ing)?\b|\bre-?pair(?:ing)? (?:request|approval|flow)\b|\bisRepair:\s*true\b|重新配对/,
    words: keywords(['e-pair', 'epair', 'isRepair', '重新配对']),
  },
  {
    newIdentity: true,
    sign: /\b(?:new|fresh|different)\s+(?:device\s+|node\s+)?(?:identity|deviceId|device id|device ID|keypair|key pair|device key)\b[^.。]{0,40}\b(?:every|each|on every|after every|per)\b|\bre-?pair\w*[^.。]{0,30}\b(?:after|on)\s+(?:each|every)\s+(?:restart|reconnect|start)\b|\bregenerat\w*\s+(?:a\s+|its\s+|the\s+)?(?:new\s+)?(?:device\s+)?(?:identity|deviceId|device id|keypair|key pair|device key)\b|每次(?:重启|启动|连接)?[^。]{0,12}(?:新的?设备\s*(?:ID|id|身份)|重新生成)/,
    words: keywords(['identity', 'deviceId', 'device id', 'device ID', 'keypair', 'key pair', 'device key', '每次', 'pair']),
  },
  // The operator's custom resource (a manifest, `kubectl get openclawinstances`): it sets the image.
  {
    wrapper: 'kubernetes',
    operator: true,
    sign: /\bOpenClawInstances?\b|\bopenclawinstances?\b|\bopenclaw\.rocks\/v1/,
    words: keywords(['OpenClawInstance', 'openclawinstance', 'openclaw.rocks/']),
  },
  {
    wrapper: 'kubernetes',
    sign: /\bkubectl\b|\bk8s\b|\bKubernetes\b|\bhelm (?:install|upgrade)\b|\bpod shell\b|\bOpenShift\b|\boc (?:exec|rsh)\b/,
    words: keywords(['kubectl', 'k8s', 'Kubernetes', 'helm', 'pod shell', 'OpenShift', 'oc exec', 'oc rsh']),
  },
  {
    wrapper: 'hosted-template',
    sign: /\bRailway\b|\brailway\.app\b|\bRender\.com\b|\bZeabur\b|\bHostinger\b|\b[Aa]lpha[Cc]law\b|\bCoolify\b|\bNorthflank\b|\bSealos\b|\bone-click\b|\b1-[Cc]lick\b|一键部署/,
    words: keywords([
      'ailway',
      'Render.com',
      'Zeabur',
      'Hostinger',
      'lphaClaw',
      'lphaclaw',
      'Coolify',
      'Northflank',
      'Sealos',
      'one-click',
      '1-Click',
      '1-click',
      '一键部署',
    ]),
  },
  {
    wrapper: 'nemoclaw',
    sign: /\b[Nn]emo[Cc]law\b|\bnemoclaw\b|\bOpenShell\b|\bopenshell\b/,
    words: keywords(['emoClaw', 'emoclaw', 'penShell', 'penshell']),
  },
  {
    wrapper: 'nas-app',
    // A Home Assistant add-on is the same shape: a container the host's app store installs and updates.
    sign: /\bTrueNAS\b|\bSynology\b|\bUnraid\b|\bQNAP\b|群晖|飞牛|\bHAOS\b|\bHome Assistant (?:add-?on|OS)\b|\bhassio\b/,
    words: keywords(['TrueNAS', 'Synology', 'Unraid', 'QNAP', '群晖', '飞牛', 'HAOS', 'Home Assistant', 'hassio']),
  },
  // An AppImage bundle runs from /tmp/.mount_<App>-xxxx, where no word boundary precedes its name.
  {
    wrapper: 'desktop-bundle',
    sign: /(?:\b|\.mount_)(?:ClawX|OneClaw|LobsterAI|QClaw|AutoClaw|WorkBuddy)\b/,
    words: keywords(['ClawX', 'OneClaw', 'LobsterAI', 'QClaw', 'AutoClaw', 'WorkBuddy']),
  },
  {
    wrapper: 'docker',
    sign: /\bdocker[ -]compose\b|\bdocker (?:exec|run|pull)\b|\bDocker Desktop\b|\bDockerfile\b|\bpodman\b/,
    words: keywords(['ocker', 'podman']),
  },
];

const MAX_LINE = 4096;
/** A timestamped log line: ISO, bracketed ISO, or a clock time first. */
const LOG_LINE = /^\s*\[?(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\d\d:\d\d:\d\d)/;
/** The compose service or container the asker runs things in: `docker compose exec openclaw-gateway …`. */
const COMPOSE_SERVICE = /\bdocker[ -]compose (?:exec|up -d|restart|logs(?: -f)?) (?:-T )?([A-Za-z0-9][\w.-]{0,62}gateway)\b/;
const EXEC_CONTAINER =
  /\bdocker exec (?:-(?:it|ti|i|t)\s+)?(?:-u \S+\s+)?([A-Za-z0-9][\w.-]{0,62})(?=\s+(?:openclaw|node|sh|bash|\/bin\/|npx|pnpm|clawdbot)\b)/;
const WRAPPER_VERSION =
  /\b(NemoClaw|ClawX|OneClaw|LobsterAI|OpenShell|Windows (?:Tray|Hub|Companion)|OpenClaw Tray)\s+v?(\d{1,3}\.\d{1,3}\.\d{1,4})\b/;
/** Wrapper-scale versions only (not 2026.x builds): `fixed in v0.0.76`, `v0.0.76 carries the fix`. */
const FIXED_IN =
  /\bfixed (?:in|on|since|as of) v?(0\.\d{1,3}\.\d{1,4}|1\.\d{1,3}\.\d{1,4})\b|\bv?(0\.\d{1,3}\.\d{1,4})\+? (?:carries|has|includes|contains) (?:the|those) (?:pairing )?fix/;
/** Typed, not quoted: a compose service of that name, or a command line that starts with it. */
const LEGACY_BINARY =
  /\b(clawdbot|moltbot)-(?:cli|gateway)\b|(?:^|\n)[ \t]*(?:[$#>][ \t]*|\d\.[ \t]*)?(clawdbot|moltbot) (?:onboard|gateway|devices|dashboard|status|config|doctor|nodes)\b/;
/**
 * A shell prompt in the image's working directory, `node@mm-agent-0:/app$` (`I have no name!@…` where
 * the container's uid has no passwd entry): the asker is inside the gateway's container, though no
 * container word is written. A pod's hostname is its name: a StatefulSet's ends in its ordinal, a
 * Deployment's in a ReplicaSet hash and five characters.
 */
const CONTAINER_PROMPT = /^[ \t]*(?:[\w.-]{1,32}|I have no name!)@([\w.-]{1,63}):\/app(?:\/[^\s$#]*)?[$#](?=\s|$)/m;
const POD_HOSTNAME = /^[a-z0-9][a-z0-9-]*-(?:\d{1,4}|[a-z0-9]{6,10}-[a-z0-9]{5})$/;
/** The config inside a checkout named for a fork, the state directory beside its code. */
const FORK_CONFIG = /\/(openclaw-[a-z0-9][\w-]{0,40})\/\.openclaw[\w-]*\/openclaw\.json\b/;
/** `nemoclaw my-assistant connect`; never NemoClaw's own subcommand words (`nemoclaw sandbox exec alpha …`). */
const SANDBOX =
  /\bnemoclaw (?!(?:sandbox|sandboxes|exec|connect|status|logs|list|onboard|tunnel|deploy|setup|start|stop|help|debug)\b)([A-Za-z0-9][\w.-]{0,62}) (?:connect|exec|status|logs)\b/;

function nameOf(sign: RegExp, line: string): string | undefined {
  const m = sign.exec(line);
  return m ? m[0].replace(/^\.mount_/, '') : undefined;
}

export const setup = defineExtractor({
  name: 'setup',
  extract(paste: Paste): Fact[] {
    const out: SetupFact[] = [];
    const text = paste.text;
    for (const s of SIGNS) {
      for (const l of paste.linesWithAny(s.words)) {
        const line = l.text.length > MAX_LINE ? l.text.slice(0, MAX_LINE) : l.text;
        // A described client is the asker's word; a gateway log line that names a plugin or a
        // subsystem (`[gateway] ready (… browser, device-pair …)`) describes nothing they connect.
        const name = s.client && LOG_LINE.test(line) ? undefined : nameOf(s.sign, line);
        if (name === undefined) continue;
        const f: SetupFact = { kind: 'setup', at: { message: paste.message, line: l.line } };
        if (s.client) f.client = s.client;
        if (s.wrapper) f.wrapper = s.wrapper;
        if (s.operator) f.operator = true;
        if (s.awaiting) f.awaitingApproval = true;
        if (s.newIdentity) f.newIdentityEachStart = true;
        if (s.wrapper || s.named || s.client === 'desktop-app' || s.client === 'third-party') f.name = name;
        out.push(f);
        break;
      }
    }
    // Names the commands need: only the first of each, only where the asker typed them.
    const targets: Array<[RegExp, string, (f: SetupFact) => void]> = [
      [
        COMPOSE_SERVICE,
        'docker compose',
        (f) => {
          f.wrapper = 'docker';
          f.compose = true;
        },
      ],
      [EXEC_CONTAINER, 'docker exec', (f) => (f.wrapper = 'docker')],
      [SANDBOX, 'nemoclaw ', (f) => (f.wrapper = 'nemoclaw')],
    ];
    for (const [re, anchor, mark] of targets) {
      const i = text.indexOf(anchor);
      if (i === -1) continue;
      for (let from = i; from !== -1; from = text.indexOf(anchor, from + anchor.length)) {
        const l = paste.lineAt(from);
        const m = re.exec(l.text.length > MAX_LINE ? l.text.slice(0, MAX_LINE) : l.text);
        if (!m) continue;
        const f: SetupFact = { kind: 'setup', at: { message: paste.message, line: l.line }, target: m[1]! };
        mark(f);
        out.push(f);
        break;
      }
    }
    const prompt = paste.text.includes(':/app') ? CONTAINER_PROMPT.exec(text.length > 200_000 ? text.slice(0, 200_000) : text) : null;
    if (prompt) {
      const at = paste.lineAt(prompt.index);
      out.push({
        kind: 'setup',
        at: { message: paste.message, line: at.line },
        wrapper: POD_HOSTNAME.test(prompt[1]!) ? 'kubernetes' : 'docker',
      });
    }
    const fork = paste.text.includes('/openclaw-') ? FORK_CONFIG.exec(text.length > 200_000 ? text.slice(0, 200_000) : text) : null;
    if (fork) out.push({ kind: 'setup', at: { message: paste.message, line: paste.lineAt(fork.index).line }, fork: fork[1]! });
    // A wrapper's own version and the one the asker says has the fix (wrappers number their own
    // releases, e.g. NemoClaw v0.0.76, apart from the OpenClaw build inside).
    const wrapperVersion = WRAPPER_VERSION.exec(text.length > 200_000 ? text.slice(0, 200_000) : text);
    if (wrapperVersion) {
      const at = paste.lineAt(wrapperVersion.index);
      out.push({
        kind: 'setup',
        at: { message: paste.message, line: at.line },
        name: wrapperVersion[1]!,
        wrapperVersion: wrapperVersion[2]!,
      });
    }
    const fixed = FIXED_IN.exec(text.length > 200_000 ? text.slice(0, 200_000) : text);
    if (fixed) {
      const at = paste.lineAt(fixed.index);
      out.push({ kind: 'setup', at: { message: paste.message, line: at.line }, fixedInVersion: fixed[1] ?? fixed[2]! });
    }
    // The asker types the pre-rename CLI (`clawdbot …`, a `clawdbot-cli` service): commands keep that name.
    const legacy = LEGACY_BINARY.exec(text.length > 200_000 ? text.slice(0, 200_000) : text);
    if (legacy) {
      const at = paste.lineAt(legacy.index);
      out.push({
        kind: 'setup',
        at: { message: paste.message, line: at.line },
        binary: (legacy[1] ?? legacy[2])!.toLowerCase() as 'clawdbot' | 'moltbot',
      });
    }
    if (/\bdocker[ -]compose\b/.test(text.length > 1_000_000 ? text.slice(0, 1_000_000) : text)) {
      const at = out.find((f) => f.wrapper === 'docker')?.at ?? { message: paste.message, line: 1 };
      out.push({ kind: 'setup', at, wrapper: 'docker', compose: true });
    }
    out.sort((a, b) => a.at.line - b.at.line);
    return out;
  },
});
