import { parsePairingMessage } from './connect-failed.ts';
import { defineExtractor } from './extractor.ts';
import type { CliCommand, CliOutcome, CliResultFact, DeviceId, Fact, RequestId } from './facts.ts';
import { asDeviceId, asRequestId } from './ids.ts';
import { keywords } from './keywords.ts';
import { lineTime, type Paste } from './paste.ts';

/**
 * The command a stretch of output belongs to:
 * - `devices`: an `openclaw devices <sub>` line; its output is read in full.
 * - `none`: no command line above (or a non-openclaw one, e.g. `curl`): outcomes are read where the
 *   output itself says which command printed it.
 * - `other`: another openclaw command (or `devices list` / an approve preview, which other
 *   extractors own): nothing in its output is a devices result.
 */
type Segment = { kind: 'none' } | { kind: 'other' } | { kind: 'devices'; sub: CliCommand; arg?: string; preview: boolean };

const SUBCOMMANDS = new Set<CliCommand>(['approve', 'remove', 'reject', 'clear', 'rotate', 'revoke', 'list']);
/** Flags of `openclaw devices …` that take a value (docs/openclaw-facts.md §3.1). */
const VALUE_FLAGS = new Set(['--url', '--token', '--password', '--timeout', '--role', '--scope', '--device', '--profile', '--name']);
/** Words that may come before `openclaw` on a command line typed without a prompt. */
const RUNNERS = new Set(['sudo', 'npx', 'pnpm', 'pnpx', 'bunx', 'bun', 'yarn', 'exec', 'dlx', 'wsl', 'time', 'env', '-y', '--yes', '--']);

/**
 * Shell prompts: `$ `, `# `, `% `, `❯ `, `> `, `user@host:~$ `, `user@host dir % `, `PS C:\x> `,
 * `C:\x>`, `(venv) $ `. Each alternative is anchored and bounded.
 */
const PROMPT =
  /^(?:PS [^>\n]{1,200}> ?|[A-Za-z]:\\[^>\n]{0,200}> ?|[\w.-]{1,64}@[\w.-]{1,64}(?:[: ][^\s$#%]{0,200})?\s?[$#%] |(?:\([\w.-]{1,40}\) )?[$#%❯➜»] )/;

const MAX_COMMAND_LINE = 2000;

function stripQuotes(s: string): string {
  return s.replace(/^["'<`]+|["'>`]+$/g, '');
}

/** A token as a shell would start it: `"openclaw`, `(openclaw` inside `sh -c "…"` or `$(…)`. */
function unquote(t: string): string {
  return t.replace(/^(?:\$\(|["'`(])+/, '');
}

/** Whether `t` is the openclaw binary: `openclaw`, `/usr/bin/openclaw`, `openclaw.cmd`. */
function isOpenclaw(t: string): boolean {
  const base = t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\')) + 1);
  return base === 'openclaw' || base === 'openclaw.cmd' || base === 'openclaw.exe' || base === 'openclaw.ps1';
}

/** The `devices` segment a token list describes, from the openclaw binary at `at`. */
function devicesSegment(tokens: string[], at: number): Segment {
  let i = at + 1;
  // Global flags before the subcommand (`openclaw --profile dev devices …`).
  while (i < tokens.length && tokens[i]!.startsWith('-')) i += tokens[i] === '--profile' || tokens[i] === '--log-level' ? 2 : 1;
  if (tokens[i] !== 'devices') return { kind: 'other' };
  const sub = tokens[i + 1];
  if (sub === undefined || !SUBCOMMANDS.has(sub as CliCommand)) return { kind: 'other' };
  let arg: string | undefined;
  let latest = false;
  for (let j = i + 2; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t === '|' || t === '&&' || t === ';' || t === '||' || t.startsWith('2>') || t.startsWith('>')) break;
    if (t === '--latest') latest = true;
    if (t === '--device' && (sub === 'rotate' || sub === 'revoke')) {
      arg ??= tokens[j + 1] === undefined ? undefined : stripQuotes(tokens[j + 1]!);
      j++;
      continue;
    }
    if (VALUE_FLAGS.has(t)) {
      j++;
      continue;
    }
    if (t.startsWith('-')) continue;
    if (arg === undefined && sub !== 'rotate' && sub !== 'revoke') arg = stripQuotes(t);
  }
  // `"$(openclaw devices list … )"` is a computed id: the command approves something, but not a typed id.
  if (arg !== undefined && (arg.startsWith('$(') || arg.startsWith('$') || arg === '')) arg = undefined;
  const preview = sub === 'approve' && (latest || (arg === undefined && !tokens.slice(i + 2).some((t) => t.includes('$('))));
  return { kind: 'devices', sub: sub as CliCommand, ...(arg !== undefined ? { arg } : {}), preview };
}

/**
 * Whether a line starts a new command, and which. A prompted line always does (even `curl`); an
 * unprompted one only when it begins with openclaw, maybe behind runners or `docker exec`.
 */
export function commandOf(line: string): Segment | undefined {
  if (line.length > MAX_COMMAND_LINE) return undefined;
  const trimmed = line.trim();
  if (trimmed === '') return undefined;
  const p = PROMPT.exec(trimmed);
  const rest = p ? trimmed.slice(p[0].length) : trimmed;
  const tokens = rest.split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0) return p ? { kind: 'none' } : undefined;
  if (p) {
    // A prompted line is a command whatever precedes openclaw (`for …; do openclaw devices approve …`).
    for (let i = 0; i < tokens.length; i++) {
      if (isOpenclaw(unquote(tokens[i]!))) {
        const seg = devicesSegment(tokens, i);
        if (seg.kind === 'devices') return seg;
      }
    }
    return tokens.some((t) => isOpenclaw(t)) ? { kind: 'other' } : { kind: 'none' };
  }
  let i = 0;
  if (tokens[0] === 'docker' || tokens[0] === 'podman' || tokens[0] === 'kubectl') {
    // `docker exec -it <container> openclaw …`, `docker compose exec <svc> openclaw …`
    const j = tokens.findIndex(
      (t, k) => k > 0 && isOpenclaw(unquote(t)) && tokens[k + 1] !== undefined && !isOpenclaw(unquote(tokens[k + 1]!)),
    );
    if (j === -1 || !tokens.slice(0, j).some((t) => t === 'exec' || t === 'run')) return undefined;
    tokens[j] = unquote(tokens[j]!);
    i = j;
  } else {
    while (i < tokens.length && RUNNERS.has(tokens[i]!)) i++;
  }
  if (i >= tokens.length || !isOpenclaw(tokens[i]!)) return undefined;
  return devicesSegment(tokens, i);
}

/** The output lines that end a command's output regardless of what follows. */
const FALLBACK = 'Direct scope access failed; using local fallback.';
const UNKNOWN_REQUEST = 'unknown requestId';
/** Lines found through the paste's keyword index (one pass for every extractor's words). */
keywords(['⇄ res ✗ device.', '"requestId"']);
/** `[openclaw] Failed to start CLI: …` (≤ 2026.5.4) and `[openclaw] Reason: …` (≥ 2026.5.12). */
const CLI_FAILURE = /^\s*(?:\[openclaw\] )?(?:Failed to start CLI|Reason): (?:(?:[A-Z][A-Za-z]{0,40})?Error: )*(.*)$/;
const ERROR_PREFIXES = /^\s*(?:(?:[A-Z][A-Za-z]{0,40})?Error: )*/;

/**
 * The message of a line without a CLI failure prefix: what `/^\s*(?:(?:…)?Error: )*(.*?)\s*$/`
 * captures, trimmed. That regex is quadratic on a long run of blanks (its lazy group retries
 * `\s*$` from every blank); `.` stops at a line terminator, so it matched only when blanks alone
 * follow one.
 */
function plainMessage(line: string): string {
  const rest = line.slice(ERROR_PREFIXES.exec(line)![0].length);
  const t = rest.search(/[\n\r\u2028\u2029]/);
  return t === -1 || /^\s*$/.test(rest.slice(t)) ? rest.trim() : '';
}
const APPROVED = /^\s*Approved (\S+) \(([^)\s]+)\)/;
/** `Removed <deviceId>` / `Rejected <deviceId>|ok`: an id-shaped word, so `Removed 3 files` is not one. */
const REMOVED = /^\s*Removed ([0-9A-Fa-f]{8}\S*)\s*$/;
const REJECTED = /^\s*Rejected ([0-9A-Fa-f]{8}\S*|ok)\s*$/;
const CLEARED = /^\s*Cleared \d+ paired device/;
const REJECTED_PENDING = /^\s*Rejected \d+ pending request/;
const NO_MATCH = /^\s*No pending device request matches ([^\s.]+)/;
const REPLACED = /^\s*Pending request (\S+) was replaced by same-device repair ([^\s;.,]+)/;
const CURRENT = /Approve the current request instead: openclaw devices approve ([^\s`'"]+)/;
const MISSING_ID = /Missing requestId: ([^\s.]+)/;
/** Gateway verbose log: `[ws] ⇄ res ✗ device.pair.approve 0ms errorCode=… errorMessage=unknown requestId …`. */
const WS_RES =
  /⇄ res ✗ (device\.pair\.(?:approve|reject|remove)|device\.token\.(?:rotate|revoke)) .*?\berrorMessage=(.*?)(?: (?:conn|id|runId)=|$)/;
const WS_COMMAND: Record<string, CliCommand> = {
  'device.pair.approve': 'approve',
  'device.pair.reject': 'reject',
  'device.pair.remove': 'remove',
  'device.token.rotate': 'rotate',
  'device.token.revoke': 'revoke',
};

interface Outcome {
  command?: CliCommand;
  outcome: CliOutcome;
  /** The outcome names its own command, so it counts even without a command line. */
  selfEvident?: boolean;
  requestId?: RequestId;
  deviceId?: DeviceId;
  currentRequestId?: RequestId;
  scope?: string;
  /** An id the output names, used when no command line gave one. */
  echoedId?: string;
}

/** What one output line says, if it is a devices outcome. `message` is the error text of the line. */
function outcomeOf(message: string, line: string, failure: boolean): Outcome | undefined {
  if (message === UNKNOWN_REQUEST) return { command: 'approve', outcome: failure ? 'unknown-request-gateway' : 'unknown-request-stale' };
  if (message.startsWith('No pending device pairing requests to approve')) return { command: 'approve', outcome: 'no-pending' };
  const scope = /^missing scope: (\S+)/.exec(message);
  if (scope) return { command: 'approve', outcome: 'missing-scope', scope: scope[1]! };
  const invalid = /^invalid scope for requested roles:\s*(\S*)/.exec(message);
  if (invalid) return { command: 'approve', outcome: 'invalid-scope', ...(invalid[1] ? { scope: invalid[1] } : {}), selfEvident: true };
  if (message.startsWith("This device can't approve its own scope upgrade"))
    return { command: 'approve', outcome: 'self-approval', selfEvident: true };
  const noMatch = NO_MATCH.exec(message);
  if (noMatch) return { command: 'approve', outcome: 'no-match', echoedId: noMatch[1]!, selfEvident: true };
  if (message.startsWith('That request was superseded by a newer pending request'))
    return { command: 'approve', outcome: 'superseded', selfEvident: true };
  const replaced = REPLACED.exec(message);
  if (replaced) {
    const o: Outcome = { command: 'approve', outcome: 'replaced', echoedId: replaced[1]!, selfEvident: true };
    const current = asRequestId(replaced[2]);
    if (current) o.currentRequestId = current;
    return o;
  }
  if (message.startsWith('The running gateway may be using a different OPENCLAW_PROFILE or OPENCLAW_STATE_DIR'))
    return { command: 'approve', outcome: 'state-dir-mismatch', selfEvident: true };
  if (message.startsWith('unknown deviceId')) return { command: 'remove', outcome: 'unknown-device' };
  // The gateway's log line `device pairing removal denied device=<id> reason=…` is not CLI output.
  if (message.startsWith('device pairing removal denied') && line.indexOf(' device=') === -1)
    return { command: 'remove', outcome: 'denied' };
  if (message.startsWith('device token rotation denied') && line.indexOf(' device=') === -1)
    return { command: 'rotate', outcome: 'denied' };
  if (message.startsWith('device token revocation denied') && line.indexOf(' device=') === -1)
    return { command: 'revoke', outcome: 'denied' };
  if (message.startsWith('Refusing to clear pairing table without --yes'))
    return { command: 'clear', outcome: 'refused', selfEvident: true };
  if (message.startsWith('gateway closed (1008): pairing required') || (failure && parsePairingMessage(message)))
    return { outcome: 'pairing-required' };
  return undefined;
}

/** Outcomes printed as a result line rather than an error: they name their command. */
function resultOf(line: string): Outcome | undefined {
  const a = APPROVED.exec(line);
  if (a) {
    const o: Outcome = { command: 'approve', outcome: 'ok', selfEvident: true, echoedId: a[2]! };
    const dev = asDeviceId(a[1]);
    if (dev) o.deviceId = dev;
    const req = asRequestId(a[2]);
    if (req) o.requestId = req;
    return o;
  }
  if (CLEARED.test(line) || REJECTED_PENDING.test(line)) return { command: 'clear', outcome: 'ok', selfEvident: true };
  const r = REMOVED.exec(line);
  if (r) {
    const o: Outcome = { command: 'remove', outcome: 'ok', selfEvident: true };
    const dev = asDeviceId(r[1]);
    if (dev) o.deviceId = dev;
    return o;
  }
  const j = REJECTED.exec(line);
  if (j) {
    const o: Outcome = { command: 'reject', outcome: 'ok', selfEvident: true };
    const dev = asDeviceId(j[1]);
    if (dev) o.deviceId = dev;
    return o;
  }
  return undefined;
}

/** Builds the facts of one segment's output as lines stream by. */
class SegmentReader {
  private fallback = false;
  private pairingReported = false;
  private missingId: string | undefined;
  private readonly seg: Segment;
  private readonly paste: Paste;
  private readonly out: CliResultFact[];

  constructor(paste: Paste, seg: Segment, out: CliResultFact[]) {
    this.paste = paste;
    this.seg = seg;
    this.out = out;
  }

  read(line: string, lineNo: number): void {
    if (line.indexOf(FALLBACK) !== -1) {
      this.fallback = true;
      return;
    }
    const seg = this.seg;
    if (seg.kind === 'other') return;
    const missing = MISSING_ID.exec(line.length > 500 ? line.slice(0, 500) : line);
    if (missing) this.missingId = missing[1]!;
    let o = resultOf(line);
    if (!o) {
      const failure = CLI_FAILURE.exec(line.length > 1000 ? line.slice(0, 1000) : line);
      const message = failure ? failure[1]!.trim() : plainMessage(line.length > 1000 ? line.slice(0, 1000) : line);
      if (message === '') return;
      o = outcomeOf(message, line, failure !== null || /GatewayClientRequestError: /.test(line));
    }
    if (!o) return;
    if (seg.kind === 'devices') {
      if (seg.sub === 'list') return;
      if (seg.preview && o.outcome !== 'no-pending') return;
      // An outcome that names another command does not belong to this one (`Removed` under approve).
      if (o.command !== undefined && o.selfEvident && o.command !== seg.sub && !(seg.sub === 'clear' && o.command === 'clear')) return;
      if (o.outcome === 'pairing-required') {
        if (this.pairingReported) return;
        this.pairingReported = true;
      }
      if (o.outcome === 'missing-scope' && seg.sub !== 'approve') return;
      if (o.outcome === 'unknown-device' && seg.sub !== 'remove' && seg.sub !== 'rotate' && seg.sub !== 'revoke') return;
      this.emit(seg.sub, o, lineNo, seg.arg);
      return;
    }
    // No command line: only what the output itself pins to a command, never missing-scope (any RPC
    // prints it) or a 1008 (any command dies with it).
    if (o.outcome === 'missing-scope' || o.outcome === 'pairing-required' || o.command === undefined) return;
    this.emit(o.command, o, lineNo, undefined);
  }

  private emit(command: CliCommand, o: Outcome, lineNo: number, arg: string | undefined): void {
    const f: CliResultFact = {
      kind: 'cli-result',
      at: { message: this.paste.message, line: lineNo },
      command,
      outcome: o.outcome,
      viaLocalFallback: this.fallback,
    };
    const typed = arg ?? (o.outcome === 'ok' && command === 'approve' ? undefined : (o.echoedId ?? this.missingId));
    if (command === 'approve' || command === 'reject') {
      const req = o.requestId ?? asRequestId(typed);
      if (req) f.requestId = req;
      else if (typed !== undefined) f.argument = typed;
      if (o.deviceId) f.deviceId = o.deviceId;
    } else if (command === 'remove' || command === 'rotate' || command === 'revoke') {
      const dev = asDeviceId(typed) ?? o.deviceId;
      if (dev) f.deviceId = dev;
      else if (typed !== undefined) f.argument = typed;
    }
    if (o.currentRequestId) f.currentRequestId = o.currentRequestId;
    if (o.outcome === 'superseded') {
      const count = this.paste.lineCount();
      for (let i = lineNo; i < count && i < lineNo + 3; i++) {
        const next = this.paste.line(i + 1);
        const m = CURRENT.exec(next.length > 500 ? next.slice(0, 500) : next);
        const cur = m ? asRequestId(m[1]) : undefined;
        if (cur) {
          f.currentRequestId = cur;
          break;
        }
      }
    }
    if (o.scope) f.scope = o.scope;
    const time = lineTime(this.paste.line(lineNo));
    if (time !== undefined) f.time = time;
    this.out.push(f);
  }
}

function gatewayResponses(paste: Paste, out: CliResultFact[]): void {
  for (const l of paste.linesWith('⇄ res ✗ device.')) {
    const m = WS_RES.exec(l.text.length > 2000 ? l.text.slice(0, 2000) : l.text);
    if (!m) continue;
    const command = WS_COMMAND[m[1]!]!;
    const message = m[2]!.trim();
    const o = message === UNKNOWN_REQUEST ? { outcome: 'unknown-request-gateway' as const } : outcomeOf(message, '', true);
    if (!o || o.outcome === 'pairing-required') continue;
    const f: CliResultFact = {
      kind: 'cli-result',
      at: { message: paste.message, line: l.line },
      command,
      outcome: o.outcome,
      viaLocalFallback: false,
    };
    if ('scope' in o && o.scope) f.scope = o.scope;
    const time = lineTime(l.text);
    if (time !== undefined) f.time = time;
    out.push(f);
  }
}

/** Cheap keywords: a paste with none of them has no devices result to find. */
const KEYWORDS = [
  'devices ',
  UNKNOWN_REQUEST,
  'Approved ',
  'Removed ',
  'Rejected ',
  'Cleared ',
  'No pending device',
  "can't approve its own",
  'superseded by a newer',
  'was replaced by same-device',
  'OPENCLAW_STATE_DIR than',
  'unknown deviceId',
  'denied',
  'Refusing to clear',
  'invalid scope for requested roles',
];
const ANY_KEYWORD = keywords(KEYWORDS);

/**
 * Text that every line `SegmentReader.read` acts on holds: results (`Approved `…), error messages
 * (`unknown requestId`, `… denied`, `pairing required`…), the fallback notice and `Missing
 * requestId:`. Other lines are read as nothing, so only these and command lines are visited.
 */
const OUTCOME_ANCHORS = keywords([
  'Direct scope',
  'Missing requestId',
  'Approved ',
  'Cleared ',
  'Rejected ',
  'Removed ',
  'No pending',
  'Refusing to clear',
  'pairing required',
  ' requestId',
  ' scope: ',
  ' scope for ',
  ' approve its own',
  ' by a newer',
  ' same-device',
  ' OPENCLAW_PROFILE',
  ' deviceId',
  ' denied',
  ' pending approval',
]);
const PROMPT_CHARS = new Set(['$', '#', '%', '❯', '➜', '»', '(']);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `[\w.-]`, by code. */
function isWordDotDash(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/** Whether the text from `i` starts like one of PROMPT's forms (a necessary condition, cheap). */
function startsPrompt(text: string, i: number): boolean {
  if (PROMPT_CHARS.has(text[i]!) || text.startsWith('PS ', i)) return true;
  if (isLetter(text.charCodeAt(i)) && text[i + 1] === ':' && text[i + 2] === '\\') return true;
  // `user@host`: a run of at most 64 [\w.-] characters, then `@`.
  let j = i;
  while (j - i <= 64 && isWordDotDash(text.charCodeAt(j))) j++;
  return j > i && j - i <= 64 && text[j] === '@';
}

/** What trim() strips (the same set as \s). */
function isBlank(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && /\s/.test(text[i]!);
}

const OPENCLAW_NAMES = ['openclaw', 'openclaw.cmd', 'openclaw.exe', 'openclaw.ps1'];
const LAUNCHERS = new Set([...RUNNERS, 'docker', 'podman', 'kubectl']);
const FIRST_WORD = /\S+/y;
const LONGEST_LAUNCHER = Math.max(...[...LAUNCHERS].map((l) => l.length));

/** isOpenclaw for the word text[i, end), without slicing it out. */
function isOpenclawAt(text: string, i: number, end: number): boolean {
  for (const name of OPENCLAW_NAMES) {
    const at = end - name.length;
    if (at < i || !text.startsWith(name, at)) continue;
    if (at === i || text[at - 1] === '/' || text[at - 1] === '\\') return true;
  }
  return false;
}

/**
 * Lines commandOf can call a command: prompted ones (starting like PROMPT) and unprompted ones
 * whose first word is a launcher or the openclaw binary. One indexOf walk over the lines: a
 * multiline regex would test every position of the paste for a line start.
 */
function commandLines(text: string, out: Set<number>): void {
  let n = 1;
  for (let start = 0; start <= text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let i = start;
    while (i < end && isBlank(text, i)) i++;
    if (i < end) {
      FIRST_WORD.lastIndex = i;
      FIRST_WORD.test(text);
      const e = Math.min(FIRST_WORD.lastIndex, end);
      const launcher = e - i <= LONGEST_LAUNCHER && LAUNCHERS.has(text.slice(i, e));
      if (launcher || startsPrompt(text, i) || isOpenclawAt(text, i, e)) out.add(n);
    }
    start = end + 1;
  }
}

/**
 * The lines to visit, ascending, and which of them may be commands: every line with an outcome
 * anchor and every command line. Nothing when no line can hold an outcome or the paste has none
 * of the keywords.
 */
function linesToRead(paste: Paste): { lines: number[]; commands: Set<number> } {
  const text = paste.text;
  const commands = new Set<number>();
  const outcomes = paste.lineNumbersWithAny(OUTCOME_ANCHORS);
  if (outcomes.length === 0 || paste.lineNumbersWithAny(ANY_KEYWORD).length === 0) return { lines: [], commands };
  commandLines(text, commands);
  return { lines: [...new Set([...outcomes, ...commands])].sort((a, b) => a - b), commands };
}

/**
 * CliResultFact for `openclaw devices approve|remove|reject|clear|rotate|revoke` output: the paste is
 * cut into segments at command lines so each output line is read as the output of the command
 * above it.
 */
/** `{"requestId":"<id>","device":{"deviceId":"<id>",…}}`: what `devices approve <id> --json` prints on
 * success (docs/openclaw-facts.md §2.1). Both ids sit near the start of the object, so only its head is read. */
const APPROVE_JSON =
  /^\s*\{\s*"requestId"\s*:\s*"([0-9a-fA-F-]{36})"\s*,\s*"device"\s*:\s*\{[^{}]{0,400}?"deviceId"\s*:\s*"([0-9a-fA-F]{64})"/;

function approveJson(paste: Paste, out: CliResultFact[]): void {
  for (const l of paste.linesWith('"requestId"')) {
    const m = APPROVE_JSON.exec(l.text.slice(0, 600));
    if (!m) continue;
    const requestId = asRequestId(m[1]);
    const deviceId = asDeviceId(m[2]);
    if (!requestId || !deviceId || out.some((r) => r.at.line === l.line)) continue;
    out.push({
      kind: 'cli-result',
      command: 'approve',
      outcome: 'ok',
      requestId,
      deviceId,
      viaLocalFallback: false,
      at: { message: paste.message, line: l.line },
    });
  }
}

export const cliResult = defineExtractor({
  name: 'cli-result',
  extract(paste: Paste): Fact[] {
    const out: CliResultFact[] = [];
    const text = paste.text;
    // Lines that are neither a command nor hold an anchor change nothing, so they are skipped.
    let reader = new SegmentReader(paste, { kind: 'none' }, out);
    const { lines, commands } = linesToRead(paste);
    for (const n of lines) {
      const line = paste.line(n);
      const seg = commands.has(n) ? commandOf(line) : undefined;
      if (seg) {
        reader = new SegmentReader(paste, seg, out);
        continue;
      }
      reader.read(line, n);
    }
    if (text.indexOf('⇄ res ✗ device.') !== -1) gatewayResponses(paste, out);
    if (text.indexOf('"requestId"') !== -1 && text.indexOf('"device"') !== -1) approveJson(paste, out);
    out.sort((a, b) => a.at.line - b.at.line);
    return out;
  },
});
