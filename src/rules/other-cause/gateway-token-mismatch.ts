import type { LookalikeClient } from '../../evidence/facts.ts';
import { redactLine } from '../../evidence/lookalike.ts';
import type { Describer } from '../../evidence/lookalike-signs.ts';
import { fixed } from '../../evidence/lookalike-signs.ts';
import type { Paste } from '../../evidence/paste.ts';
import { compareVersions, parseVersion } from '../../evidence/version.ts';
import { docs } from '../../openclaw/docs.ts';
import { isLoopbackIp } from '../../openclaw/loopback.ts';
import { releases } from '../../openclaw/releases.ts';
import { buildHas } from '../../triage/build.ts';
import type { Case } from '../../triage/case.ts';
import type { Step } from '../../triage/rule.ts';
import { ASK_AUTH_MODE, ASK_VERSION, code, NOT_DEVICE_COMMANDS, RETRY_HEALTH } from './lookalike/advice.ts';
import { isEnvSetStep, unsetEnvStep } from './lookalike/env-steps.ts';
import { fires, NO_PAIRING_COMMANDS, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { PRINTED_AUTH_FAILURE } from './lookalike/printed.ts';
import type { LookalikeMatch } from './lookalike/rule.ts';
import { clientOf, lookalikeRule } from './lookalike/rule.ts';

const WHO: Record<LookalikeClient | 'unknown', string> = {
  'cli-remote': 'Your CLI (talking to a remote gateway)',
  'cli-local': 'Your CLI',
  cli: 'Your CLI',
  'control-ui': 'The Control UI (dashboard)',
  other: "A gateway client (an app, a node host or the gateway's own backend client)",
  unknown: 'The client',
};

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'gateway-token-mismatch': true;
    'gateway-token-missing': true;
    'gateway-password-mismatch': true;
    'gateway-password-missing': true;
  }
}

const TOKEN = /\btokens?\b|令牌|token/i;
/** Tokens that are not the gateway's: a chat bot's, an API key, a provider's. A line that names a
 * model or its provider ("deepseek、qwen … 401 无效的令牌") is about that provider's key. */
const OTHER_TOKEN =
  /\b(?:bot|api|discord|telegram|slack|feishu|github|access|refresh|oauth|openai|anthropic|hf|device)[ _-]?tokens?\b|机器人|\b(?:deepseek|qwen|claude|gpt-?\d*|gemini|kimi|moonshot|glm|zhipu|openrouter|doubao|minimax|ollama|llm|models?|provider)\b|模型|大模型|api ?key/i;
const WRONG =
  /\b(?:wrong|invalid|incorrect|rejected|not accepted|mismatch(?:ed)?|doesn'?t (?:match|work)|does not (?:match|work))\b|不对|错误|无效|不正确|不匹配|不一致|对不上/i;
/** The installed service's own copy of the token (launchd plist, systemd unit, Windows task). */
const SERVICE = /\bLaunchAgent\b|\blaunchd\b|\.plist\b|\bsystemd\b|\bservice\b|\bscheduled task\b|服务|计划任务/i;
const CONFIG = /openclaw\.json|\bconfig(?:uration)?\b|配置/i;
const UI = /\b(?:UI|dashboard|control ui|browser|web ?ui|panel)\b|界面|控制台|面板|浏览器|网页/i;
/** A printed failure on the line: the printed phrases above read those exactly; this is for prose. */
const PRINTED = /unauthorized|bootstrap|setup code|device token|gateway (?:token|password) (?:mismatch|missing)|\(10\d\d|code=|reason=/i;
const QUESTION_ONLY = /^\s*(?:what|where|how)\b.*\?\s*$/i;
const MAX_LINE = 400;

/** "The token is wrong every time I open the UI", "每次token都不对": the gateway's token, in prose. */
function tokenTrouble(line: string): boolean {
  if (line.length === 0 || line.length > MAX_LINE || !TOKEN.test(line) || !WRONG.test(line)) return false;
  // A JSON error body (`{"error":"认证令牌无效或已过期"}`) is some service's answer, not the asker's words,
  // and no gateway prints its token refusal that way.
  if (/\{\s*"\w+"\s*:/.test(line)) return false;
  return !OTHER_TOKEN.test(line) && !PRINTED.test(line) && !QUESTION_ONLY.test(line);
}

/**
 * The asker describes the token being refused; a service that kept an old token (its LaunchAgent's
 * token differs from openclaw.json) explains the rest of the message's token trouble: say that one.
 */
const describedTokenTrouble: Describer = {
  tier: 1,
  unlessPrinted: PRINTED_AUTH_FAILURE,
  find(paste, { lines }) {
    for (let n = 1; n <= lines; n++) {
      const line = paste.line(n);
      if (!tokenTrouble(line)) continue;
      const drift = SERVICE.test(line) && CONFIG.test(line) ? n : driftLine(paste, lines);
      const at = drift ?? n;
      const client = drift === undefined && UI.test(line) ? 'control-ui' : undefined;
      return {
        seenAt: n,
        fact: {
          kind: 'lookalike',
          cause: 'gateway-token-mismatch',
          text: redactLine(paste.line(at)).trim(),
          at: { message: paste.message, line: at },
          ...(client ? { client } : {}),
          detail: drift === undefined ? 'described' : 'service token drift',
        },
      };
    }
    return undefined;
  },
};

function driftLine(paste: Paste, lines: number): number | undefined {
  for (let n = 1; n <= lines; n++) {
    const l = paste.line(n);
    if (tokenTrouble(l) && SERVICE.test(l) && CONFIG.test(l)) return n;
  }
  return undefined;
}

/** Where a proxied connection really came from (`fwd=`, `forwardedFor=` on the gateway's close line). */
const FORWARDED = /\b(?:fwd|forwardedFor)=([0-9A-Fa-f.:]{3,45})(?![\w.:])/g;
/** The gateway's own word for this failure on a log line (`reason=token_mismatch`, `authReason=…`). */
const AUTH_REASON = /\b(?:authReason|reason)=(?:token|password)_(?:mismatch|missing)\b/;
const AUTH_REASONS = new RegExp(AUTH_REASON.source, 'g');
const CONN = /\bconn=([\w-]{6,64})/;
/** The CLI's own `Source:` line: it took the URL, and so the token, from its remote settings. */
const REMOTE_SOURCE = /^Source: (?:config gateway\.remote\.url|cli --url|env OPENCLAW_GATEWAY_URL)/m;
const LOCAL_SOURCE = /^Source: local loopback/m;
const SCAN = 200_000;

function lineAt(text: string, i: number): string {
  const start = text.lastIndexOf('\n', i) + 1;
  const end = text.indexOf('\n', i);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * The refused connection came from another machine: the gateway's close line for it names a
 * forwarded address that is not loopback. Behind a proxy on the gateway host (nginx, Tailscale Serve,
 * anything in `gateway.trustedProxies`) its `remote=` is the proxy's loopback address, which makes
 * a laptop's CLI look local.
 */
function forwardedFromElsewhere(text: string): boolean {
  const head = text.slice(0, SCAN);
  const conns = new Set<string>();
  for (const m of head.matchAll(FORWARDED)) {
    if (isLoopbackIp(m[1]!)) continue;
    const line = lineAt(head, m.index);
    if (AUTH_REASON.test(line)) return true;
    const conn = CONN.exec(line)?.[1];
    if (conn) conns.add(conn);
  }
  if (conns.size === 0) return false;
  for (const m of head.matchAll(AUTH_REASONS)) {
    const conn = CONN.exec(lineAt(head, m.index))?.[1];
    if (conn && conns.has(conn)) return true;
  }
  return false;
}

/**
 * Reference §11.G.1: on 2026.9.6 the gateway words the hint by where the CLI connected from: a
 * direct loopback connection gets `use this gateway's gateway.auth.token or pair the device`, any
 * other (another machine, or through a proxy) `set gateway.remote.token to match …` (its
 * formatGatewayAuthFailureMessage, `isLocalClient` = ingress `direct-local`). Through 2026.6.11 every
 * CLI got the remote wording. 2026.9.6 is the first build checked with the split; builds between are
 * not known, so only 2026.9.6 and newer read the hint as the gateway's verdict.
 */
const REMOTE_HINT_IS_VERDICT = parseVersion('2026.9.6')!;
const REMOTE_HINT = /set gateway\.remote\.(?:token|password) to match/i;

/** The client, where the gateway's own hint says a CLI the log calls local connected from elsewhere. */
function clientFor(m: LookalikeMatch, c: Case): LookalikeClient | undefined {
  const client = clientOf(m, c);
  if (client !== 'cli-local' && client !== 'cli') return client;
  const build = c.build?.version;
  if (!build || compareVersions(build, REMOTE_HINT_IS_VERDICT) < 0) return client;
  return m.facts.some((f) => f.at.message === m.fact.at.message && REMOTE_HINT.test(f.text)) ? 'cli-remote' : client;
}

/**
 * Reference §11.A1/A2/A4: the shared gateway token or password is wrong or absent. The fix depends
 * on who sent it: a remote CLI needs `gateway.remote.token` = the gateway's `gateway.auth.token`, the
 * Control UI needs a fresh tokenized link, a local CLI usually has a stale `OPENCLAW_GATEWAY_TOKEN`.
 */
export default lookalikeRule({
  id: 'gateway-token-mismatch',
  priority: 970,
  title: 'Gateway token or password is wrong or missing (`unauthorized: gateway token mismatch`)',
  docs: [docs.authentication, docs.dashboardUnauthorized, docs.remote],
  causes: ['gateway-token-mismatch', 'gateway-token-missing', 'gateway-password-mismatch', 'gateway-password-missing'],
  // §11.A the `unauthorized:` family (4.14 and 9.6 wording; the Control UI's short forms are the same words).
  phrases: [
    { needle: 'gateway token mismatch', hint: true },
    {
      needle: 'gateway token missing',
      cause: 'gateway-token-missing',
      hint: true,
      example: 'unauthorized: gateway token missing (paste in Control UI settings or openclaw doctor --generate-gateway-token; restart)',
    },
    {
      needle: 'gateway password mismatch',
      cause: 'gateway-password-mismatch',
      hint: true,
      example: 'unauthorized: gateway password mismatch (set gateway.remote.password to match gateway.auth.password)',
    },
    {
      needle: 'gateway password missing',
      cause: 'gateway-password-missing',
      hint: true,
      example: 'unauthorized: gateway password missing (enter the password in Control UI settings)',
    },
    // The hint on its own (people quote the hint rather than the whole close reason).
    { needle: 'set gateway.remote.token to match gateway.auth.token', client: 'cli' },
    // The gateway found no token at start and made one: when it repeats across restarts, every client's
    // saved token goes stale each time (the token churn behind mismatch-then-pairing loops).
    { needle: 'generated a new token and saved it to config', detail: fixed('token regenerated') },
    // `openclaw gateway status`: the installed service carries another token than the config file.
    { needle: 'config token does not match the service token', detail: fixed('service token drift') },
    // 9.6 health probe: connected fine, but had nothing to authenticate with.
    {
      needle: 'has no token/password or paired device token',
      cause: 'gateway-token-missing',
      detail: fixed('health probe has no credentials'),
      client: 'cli',
      example: 'Gateway is reachable, but this CLI has no token/password or paired device token for read-scope health RPCs.',
    },
    // `openclaw dashboard --no-open` that could not put the token in the link (2026.5.27, openclaw/openclaw#87974):
    // the bare URL then opens a Control UI without a token.
    {
      needle: 'token auto-auth not delivered',
      cause: 'gateway-token-missing',
      detail: fixed('dashboard link without #token'),
      client: 'control-ui',
      example:
        'Token auto-auth not delivered. Append your gateway token (from OPENCLAW_GATEWAY_TOKEN or gateway.auth.token) as a URL fragment with key `token` to authenticate.',
    },
    // §11.F Control UI boxes and 9.6 login panels.
    {
      needle: 'this gateway requires auth. add a token or password',
      cause: 'gateway-token-missing',
      detail: fixed('Control UI: This gateway requires auth'),
      client: 'control-ui',
      example: 'This gateway requires auth. Add a token or password, then click Connect.',
    },
    {
      needle: 'auth failed. re-copy a tokenized url',
      detail: fixed('Control UI: Auth failed'),
      client: 'control-ui',
      example: 'Auth failed. Re-copy a tokenized URL with openclaw dashboard --no-open, or update the token, then click Connect.',
    },
    {
      needle: 'this gateway expects its token',
      detail: fixed('Control UI: This Gateway expects its token'),
      client: 'control-ui',
      example: 'This Gateway expects its token',
    },
    {
      needle: 'this gateway expects its password',
      cause: 'gateway-password-mismatch',
      detail: fixed('Control UI: This Gateway expects its password'),
      client: 'control-ui',
      example: 'This Gateway expects its password',
    },
  ],
  authReasons: {
    token_mismatch: 'gateway-token-mismatch',
    token_missing: 'gateway-token-missing',
    password_mismatch: 'gateway-password-mismatch',
    password_missing: 'gateway-password-missing',
  },
  described: [describedTokenTrouble],
  // A gateway log line judges a CLI by the socket's address; what the CLI printed (`Source:`) or the
  // proxy's forwarded address says better which machine, and so which token setting, is wrong. A
  // plain `cli` is refined too: a second hit on its line may only make it more specific.
  refine(fact, text) {
    if (fact.client !== 'cli-local' && fact.client !== 'cli') return;
    const head = text.slice(0, SCAN);
    if ((REMOTE_SOURCE.test(head) && !LOCAL_SOURCE.test(head)) || forwardedFromElsewhere(head)) fact.client = 'cli-remote';
  },
  aside: 'Your paste also shows a gateway token/password mismatch (`unauthorized: gateway …`): fix the credential too.',
  // A gateway that makes a new token at every start invalidates every client each time: pairing
  // approvals cannot settle until one token is pinned, so this leads even beside a pairing request.
  leadsOverPairing: (m) => m.facts.some((f) => f.detail === 'token regenerated'),
  advise(m, c) {
    const secret = m.fact.cause.includes('password') ? 'password' : 'token';
    const missing = m.fact.cause.endsWith('missing');
    // No client in the text itself: a browser the asker describes ("浏览器", "the dashboard") is the Control UI.
    const client = clientFor(m, c) ?? (c.all('setup').some((f) => f.client === 'control-ui') ? 'control-ui' : 'unknown');
    const detail = m.fact.detail;
    const quoted = detail?.startsWith('Control UI: ')
      ? detail.slice(12)
      : `unauthorized: gateway ${secret} ${missing ? 'missing' : 'mismatch'}`;
    const what = missing
      ? `is not sending a gateway ${secret}, but the gateway requires one`
      : `is sending a gateway ${secret} the gateway does not accept`;
    const noFragment = detail === 'dashboard link without #token';
    const summary = noFragment
      ? `\`openclaw dashboard --no-open\` printed the link without the token (${code('Token auto-auth not delivered')}): the bare URL opens a Control UI that sends no token, and the gateway refuses it. This is not a pairing problem.`
      : detail === 'described'
        ? `From what you describe, ${WHO[client].charAt(0).toLowerCase()}${WHO[client].slice(1)} is not getting the gateway's own ${secret} (the gateway refuses it before anything else happens); this is not a pairing problem.`
        : `${WHO[client]} ${what} (${code(quoted)}); this is not a pairing problem.`;

    const remoteKey = `gateway.remote.${secret}`;
    const authKey = `gateway.auth.${secret}`;
    const envName = secret === 'token' ? 'OPENCLAW_GATEWAY_TOKEN' : 'OPENCLAW_GATEWAY_PASSWORD';
    const checkMode: Step = { text: 'On the gateway host, check which auth mode it uses (`token` or `password`):', command: ASK_AUTH_MODE };
    // On a build known to predate `gateway auth-token --show` (docs/openclaw-facts.md §3.4), the file is the only way.
    const noShowCommand = c.build !== undefined && !buildHas(c.build.version, releases.gatewayAuthTokenShow);
    const showSecret: Step =
      secret === 'token' && noShowCommand
        ? {
            text: "On the gateway host, read the gateway's token: `gateway.auth.token` in `~/.openclaw/openclaw.json` (or `OPENCLAW_GATEWAY_TOKEN` in the gateway's environment; `config get` prints it redacted). Keep it to yourself: do not paste it here.",
          }
        : secret === 'token'
          ? {
              text: "On the gateway host, show the gateway's token (2026.8 and newer; on older builds read `gateway.auth.token` in `~/.openclaw/openclaw.json`, because `config get` prints it redacted). Keep it to yourself: do not paste it here.",
              command: 'openclaw gateway auth-token --show',
            }
          : {
              text: "Look up the gateway's password: it is `gateway.auth.password` in the gateway host's `openclaw.json` (or `OPENCLAW_GATEWAY_PASSWORD` in the gateway's environment). Do not paste it here.",
            };
    const setRemote: Step = {
      text:
        `On the machine running the CLI, set \`${remoteKey}\` in its \`openclaw.json\` to exactly the gateway's \`${authKey}\` (or pass \`--${secret}\` on the command to test):\n` +
        '```json5\n' +
        `{ gateway: { remote: { ${secret}: "<the gateway's ${secret}>" } } }\n` +
        '```',
      ...(secret === 'token' ? { recipe: 'setRemoteToken' as const } : {}),
    };

    let steps: Step[];
    if (m.facts.some((f) => f.detail === 'token regenerated')) {
      return {
        summary: `Your gateway keeps making a new token when it starts (${code('auth token was missing. Generated a new token and saved it to config')}), so every client's saved token goes stale at each restart: that is the \`token mismatch\` loop, and the pairing prompts in between cannot settle while it lasts.`,
        steps: [
          {
            text: `Pin one token: make sure \`${authKey}\` is set in the \`openclaw.json\` the gateway actually reads (the service may use another file or profile), and that nothing rewrites the config at every start.`,
          },
          {
            text: 'Reinstall the service from that config, so its environment carries the same token, then restart once:',
            command: 'openclaw gateway install --force',
          },
          {
            text: 'Give the app or client that same token, then let it reconnect; if it still asks to be approved after that, approve its one pending request from `openclaw devices list`.',
          },
        ],
        notFixes: [
          NOT_DEVICE_COMMANDS.replace(
            'no pairing request is behind this error',
            'approvals do not stop a token that changes at every restart',
          ),
        ],
        asks: [ASK_VERSION, 'openclaw gateway status'],
        notes: [`Never paste the ${secret} itself in this channel.`],
      };
    }
    if (detail === 'service token drift') {
      const described = !m.fact.text.toLowerCase().includes('does not match the service token');
      const spawn = c.all('setup').some((f) => f.client === 'host-call');
      // `gateway status` compares the installed service's environment with the config file: the
      // service keeps starting the gateway with the old token, whatever openclaw.json says.
      return {
        summary: `The gateway service was installed with a different token than the one in \`openclaw.json\`${described ? '' : ` (${code('the config token does not match the service token')})`}, so clients using the config's \`${authKey}\` are refused${spawn ? ' (and `sessions_spawn` with them)' : ''}. This is not a pairing problem.`,
        steps: [
          {
            text: 'Reinstall the service from the current config, so it carries the same token:',
            command: 'openclaw gateway install --force',
          },
          { text: 'Restart it:', command: 'openclaw gateway restart' },
          { text: 'Check that the warning is gone:', command: 'openclaw gateway status' },
          {
            text: 'Give every client that same token: the Control UI through a fresh `openclaw dashboard --no-open` link, an app or browser extension in its gateway settings.',
          },
        ],
        notFixes: [
          NOT_DEVICE_COMMANDS,
          `Editing \`${authKey}\` again and only restarting: the service keeps its own copy until it is reinstalled.`,
        ],
        asks: [ASK_VERSION, 'openclaw gateway status'],
        notes: [`Never paste the ${secret} itself in this channel.`],
      };
    }
    if (noFragment) {
      steps = [
        showSecret,
        {
          text: 'Add it to the link yourself, after `#token=` (a fragment: not `?token=`), and open that in the browser; or paste it in Control UI settings, then click Connect:',
          command: 'http://127.0.0.1:18789/#token=<gateway token>',
        },
      ];
    } else if (client === 'control-ui') {
      steps =
        secret === 'token'
          ? [
              {
                text: 'On the gateway host, print a dashboard link that carries the current token:',
                command: 'openclaw dashboard --no-open',
              },
              {
                text: "Open that exact link in the browser (the token travels in the `#token=` part), or paste the gateway's `gateway.auth.token` (from the gateway host's `openclaw.json`) in Control UI settings, then click Connect.",
              },
            ]
          : [checkMode, showSecret, { text: 'Enter that password in Control UI settings, then click Connect.' }];
    } else if (client === 'cli-remote') {
      steps = [checkMode, showSecret, setRemote, RETRY_HEALTH];
    } else if (client === 'other') {
      steps = [
        checkMode,
        showSecret,
        {
          text: `Give that client the gateway's current ${secret} (the app's gateway settings, the node host's config, or \`${envName}\` in its environment), then reconnect it.`,
        },
      ];
    } else {
      // Local or unknown CLI: after a token change the usual culprit is an old env var overriding the config.
      steps = [
        checkMode,
        isEnvSetStep(
          c,
          `Check whether \`${envName}\` is set in this shell (it overrides the config, and an old value is the usual cause after a ${secret} change):`,
          envName,
        ),
        unsetEnvStep(
          c,
          'If it is set and you did not mean to, clear it (and remove it from your shell profile or service environment):',
          envName,
        ),
        {
          text: `Make sure the CLI and the gateway read the same config (same OS user, same \`--profile\` / \`OPENCLAW_STATE_DIR\`; the error's \`Config:\` line shows the CLI's file). If you changed \`${authKey}\` while the gateway was running, restart it so both sides use the new value:`,
          command: 'openclaw gateway restart',
        },
        {
          ...setRemote,
          text: `If this CLI talks to a gateway on another machine (the error says \`Source: config gateway.remote.url\` or \`cli --url\`): ${setRemote.text.charAt(0).toLowerCase()}${setRemote.text.slice(1)}`,
        },
        RETRY_HEALTH,
      ];
      if (client === 'cli-local') steps.splice(4, 1);
    }
    // The failed tries already locked this client out: say so where it will be read, or the right
    // token still looks refused for the next 5 minutes.
    if (c.all('lookalike').some((f) => f.cause === 'rate-limited')) {
      steps.splice(Math.min(steps.length, 3), 0, {
        text: 'The failed tries have locked this client out for 5 minutes (`too many failed authentication attempts`): once the token is right, wait that out or restart the gateway, which clears the lockout.',
      });
    }

    return {
      summary,
      steps,
      ifFails: [
        {
          text: `If the ${secret} was changed recently, every client needs the new one: \`${remoteKey}\` on remote CLIs, \`${envName}\` wherever it is set, and the Control UI (\`openclaw dashboard --no-open\`).`,
        },
        {
          text: 'After many failed tries the gateway locks the client out for 5 minutes (`too many failed authentication attempts`): once the credential is fixed, wait or restart the gateway.',
          command: 'openclaw gateway restart',
        },
      ],
      notFixes: [
        NOT_DEVICE_COMMANDS,
        '`gateway.controlUi.allowInsecureAuth` or switching device auth off: neither changes which token or password is accepted.',
        `Restarting without changing the ${secret}: it still will not match.`,
      ],
      asks: [ASK_VERSION, ASK_AUTH_MODE, 'openclaw config get gateway.remote.url'],
      notes: [`Never paste the ${secret} itself in this channel; a tokenized dashboard link contains it too.`],
    };
  },
  examples: {
    fires: [
      fires(
        'remote CLI, 4.14 wording with Gateway target block',
        [
          'gateway connect failed: GatewayClientRequestError: unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\n' +
            'Gateway call failed: Error: gateway closed (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\n' +
            'Gateway target: wss://gw.example.com\nSource: config gateway.remote.url\nConfig: /home/alex/.openclaw/openclaw.json',
        ],
        ['gateway.remote.token', 'gateway.auth.token'],
      ),
      fires(
        'Control UI hint',
        ['disconnected (1008): unauthorized: gateway token mismatch (open the dashboard URL and paste the token in Control UI settings)'],
        ['openclaw dashboard --no-open'],
      ),
      fires(
        '9.6 local CLI',
        ["[openclaw] Reason: unauthorized: gateway token mismatch (use this gateway's gateway.auth.token or pair the device)"],
        ['OPENCLAW_GATEWAY_TOKEN'],
      ),
      fires(
        'token regenerated at every start, beside pairing',
        [
          'auth token was missing. Generated a new token and saved it to config (gateway.auth.token).\nunauthorized conn=1 reason=token_mismatch',
        ],
        ['Pin one token'],
      ),
      fires(
        'service installed with an older token',
        ['Gateway Error — the config token does not match the service token.'],
        ['openclaw gateway install --force'],
      ),
      fires(
        'gateway log authReason',
        ['[ws] unauthorized conn=1f0c remote=127.0.0.1 client=cli cli v2026.4.14 role=operator auth=token reason=password_mismatch'],
        ['gateway.auth.password'],
      ),
      {
        // 2026.9.6 in the lab: a laptop's CLI through a proxy on the gateway host; the socket is loopback,
        // the close line's forwarded address is not, and the CLI printed no `Source:` line.
        name: 'remote CLI behind a proxy on the gateway host (9.6 log)',
        thread: [
          {
            text:
              '$ openclaw gateway call health\n' +
              'gateway connect failed: GatewayClientRequestError: unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\n' +
              'Gateway call failed: unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\n' +
              '2026-12-06T04:04:24.637+00:00 [ws] unauthorized conn=f6994969-ee80-4a0f-8376-b8be0b8d010d peer=127.0.0.1:54974->127.0.0.1:35050 remote=127.0.0.1 client=cli cli v2026.9.6 role=operator scopes=0 auth=token device=no platform=linux host=vm:35057 origin=n/a ua=n/a reason=token_mismatch guidance=unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\n' +
              '2026-12-06T04:04:24.710+00:00 [ws] closed before connect conn=f6994969-ee80-4a0f-8376-b8be0b8d010d peer=127.0.0.1:54974->127.0.0.1:35050 remote=127.0.0.1 fwd=192.0.2.10 origin=n/a host=vm:35057 ua=n/a code=1008 reason=connect failed phase=auth_credentials_received cause=unauthorized forwardedFor=192.0.2.10 remoteAddr=127.0.0.1 authMode=token authProvided=token authReason=token_mismatch hasDeviceIdentity=false client=cli mode=cli version=2026.9.6',
          },
        ],
        expect: {
          stage: 'other-cause',
          mentions: ['gateway.remote.token', 'openclaw gateway auth-token --show'],
          absent: [...NO_PAIRING_COMMANDS, 'unset OPENCLAW_GATEWAY_TOKEN'],
        },
      },
      {
        // 2026.9.6 in the lab, the close line not yet logged: only the gateway's own hint says the CLI
        // did not connect from the gateway host (a local one would read `use this gateway's …`).
        name: "remote CLI on 2026.9.6, told by the gateway's hint alone",
        thread: [
          {
            text:
              '$ openclaw --version\nOpenClaw 2026.9.6 (eb377ac)\n\n' +
              '$ openclaw gateway call health --timeout 30000\n' +
              'gateway connect failed: GatewayClientRequestError: unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\n' +
              'Gateway call failed: unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\n' +
              '2026-12-06T06:18:17.875+00:00 [ws] unauthorized conn=2aaaa40e-0955-40a2-8d3d-763d61b0fefe peer=127.0.0.1:49844->127.0.0.1:31060 remote=127.0.0.1 client=cli cli v2026.9.6 role=operator scopes=0 auth=token device=no platform=linux host=vm:31067 origin=n/a ua=n/a reason=token_mismatch guidance=unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
          },
        ],
        expect: {
          stage: 'other-cause',
          mentions: ['gateway.remote.token', 'openclaw gateway auth-token --show'],
          absent: [...NO_PAIRING_COMMANDS, 'unset OPENCLAW_GATEWAY_TOKEN'],
        },
      },
      fires(
        'the dashboard link came without its token, on 2026.5.27',
        [
          'OpenClaw 2026.5.27\nDashboard URL: http://127.0.0.1:18789/\nToken auto-auth not delivered. Append your gateway token (from OPENCLAW_GATEWAY_TOKEN or gateway.auth.token) as a URL fragment with key `token` to authenticate.',
        ],
        ['#token=<gateway token>', 'gateway.auth.token'],
      ),
    ],
    silent: [
      silent('real pairing failure', [PAIRING_FIXTURE]),
      silent("another service's JSON error", [{ text: '点击前往更新后打开的页面弹`{"error":"认证令牌无效或已过期","ok":false}`' }]),
      silent("a model provider's key refused", [{ text: 'deepseek、qwen测试连接提示成功，但是实际报错 401无效的令牌' }]),
      silent('device token mismatch is a different family', [
        { text: 'gateway closed (1008): unauthorized: device token mismatch (rotate/reissue device token)' },
      ]),
    ],
  },
});
