import { defineExtractor, type Extractor } from './extractor.ts';
import type { LookalikeCause, LookalikeClient, LookalikeFact } from './facts.ts';
import type { LookalikePhrase, LookalikeSigns, PhraseSite } from './lookalike-signs.ts';
import { asciiLower, NeedleIndex } from './needle-lines.ts';
import type { Paste, PasteLine } from './paste.ts';
import { redactSecrets } from './redact.ts';

/**
 * Failures that look like pairing (1008, "device", "approve") but are not (docs/openclaw-facts.md §11). The close
 * code is shared by almost all of them, so we classify on the reason text, the `authReason`, or the
 * close-context `cause`, never on the code. Plain `pairing required` is deliberately never matched:
 * that is the real pairing failure and belongs to other extractors.
 *
 * This file is the engine only. Which words mean which cause is declared by each look-alike rule
 * (rules/other-cause/<cause>.ts, see lookalike-signs.ts for why); `lookalikeExtractor` gets those
 * declarations and builds one needle index over all of them, so the text is scanned once (ASCII
 * case-insensitively) however many rules there are. Each hit is classified on its own line, then one
 * fact is kept per (line, cause). What is generic stays here: the word `unauthorized` (the gateway's
 * `[ws] unauthorized … reason=` line and the bare close reason), the close context's `cause`, and
 * where a line says which client failed.
 */

/** A phrase with its cause resolved (a phrase may leave it to its rule's first cause). */
interface BookPhrase extends LookalikePhrase {
  cause: LookalikeCause;
}

interface Hit {
  cause: LookalikeCause;
  detail?: string;
  client?: LookalikeClient;
  code?: number;
  /** Needle to centre the text window on. */
  needle: string;
}

const MAX_TEXT = 300;
/** A log that repeats one failure thousands of times needs only its newest occurrences. */
const MAX_PER_CAUSE = 50;
/** The generic cause: an auth failure whose reason the text does not say. */
const UNAUTHORIZED: LookalikeCause = 'unauthorized';
/** Needles the engine reads itself, whatever the rules declare. */
const GENERIC_NEEDLES = ['unauthorized', '"cause"', '\\"cause\\"', ' cause=', 'authreason'];

/** The parenthesised hint right after the phrase: `(set gateway.remote.token to match …)`. */
function hintAfter(x: PhraseSite): string | undefined {
  const at = x.col + x.needle.length;
  const rest = x.line.text.slice(at, at + 200);
  const m = /^[^()]{0,40}\(([^()]{1,160})\)/.exec(rest);
  return m ? m[1]!.trim() : undefined;
}

function clientFromHint(hint: string | undefined): LookalikeClient | undefined {
  if (!hint) return undefined;
  const h = asciiLower(hint);
  if (h.includes("use this gateway's")) return 'cli-local';
  if (h.includes('gateway.remote.')) return 'cli';
  if (h.includes('control ui settings') || h.includes('dashboard')) return 'control-ui';
  if (h.includes('provide gateway auth')) return 'other';
  return undefined;
}

/** A `key → cause` table whose keys may end in `*` (a prefix). */
class CauseTable {
  private readonly exact = new Map<string, LookalikeCause>();
  private readonly prefixes: [string, LookalikeCause][] = [];

  add(key: string, cause: LookalikeCause, rule: string): void {
    const prefix = key.endsWith('*');
    const k = prefix ? key.slice(0, -1) : key;
    if (this.exact.has(k) || this.prefixes.some(([p]) => p === k)) throw new Error(`look-alike ${rule}: ${key} is declared twice`);
    if (prefix) this.prefixes.push([k, cause]);
    else this.exact.set(k, cause);
  }

  get(key: string): LookalikeCause | undefined {
    return this.exact.get(key) ?? this.prefixes.find(([p]) => key.startsWith(p))?.[1];
  }
}

/** Everything the registered rules declared, indexed for the scan. */
class Book {
  readonly phrases: BookPhrase[] = [];
  readonly authReasons = new CauseTable();
  readonly closeCauses = new CauseTable();
  readonly signsOf = new Map<LookalikeCause, LookalikeSigns>();
  /** Phrase positions by needle, in declaration order. */
  readonly byNeedle = new Map<string, number[]>();
  readonly index: NeedleIndex;

  constructor(all: readonly LookalikeSigns[]) {
    for (const s of all) {
      for (const cause of s.causes) {
        const owner = this.signsOf.get(cause);
        if (owner) throw new Error(`look-alike cause ${cause} is declared by both ${owner.rule} and ${s.rule}`);
        this.signsOf.set(cause, s);
      }
    }
    const own = (s: LookalikeSigns, cause: LookalikeCause): LookalikeCause => {
      if (!s.causes.includes(cause)) throw new Error(`look-alike ${s.rule}: ${cause} is not one of its causes`);
      return cause;
    };
    for (const s of all) {
      for (const p of s.phrases ?? []) {
        if (p.needle !== asciiLower(p.needle)) throw new Error(`look-alike ${s.rule}: needle "${p.needle}" must be lowercase`);
        this.phrases.push({ ...p, cause: own(s, p.cause ?? s.causes[0]!) });
      }
      for (const [k, c] of Object.entries(s.authReasons ?? {})) this.authReasons.add(k, own(s, c), s.rule);
      for (const [k, c] of Object.entries(s.closeCauses ?? {})) this.closeCauses.add(k, own(s, c), s.rule);
    }
    this.phrases.forEach((p, i) => {
      this.byNeedle.set(p.needle, [...(this.byNeedle.get(p.needle) ?? []), i]);
    });
    const needles = [...this.phrases.map((p) => p.needle), ...GENERIC_NEEDLES];
    this.index = new NeedleIndex(needles, anchorsFor(needles));
  }

  /** The phrases whose needle is on a line, in declaration order (most lines hold one or two). */
  phrasesOn(cols: ReadonlyMap<string, number[]>): BookPhrase[] {
    const at: number[] = [];
    for (const needle of cols.keys()) for (const i of this.byNeedle.get(needle) ?? []) at.push(i);
    return at.sort((a, b) => a - b).map((i) => this.phrases[i]!);
  }

  authCause(reason: string | undefined): LookalikeCause {
    return (reason && this.authReasons.get(reason)) || UNAUTHORIZED;
  }

  /** Close-context `cause` → cause; `pairing-required` and causes no rule declares map to nothing. */
  closeCause(cause: string, authReason: string | undefined): LookalikeCause | undefined {
    if (cause === 'unauthorized') return this.authCause(authReason);
    return this.closeCauses.get(cause);
  }
}

/**
 * One rare part of each needle for the index's whole-text pass. Anchors that mostly start with a
 * space let the pass reject most positions on their first character, and a rare anchor sends few
 * lines on to the needle check. So each needle's anchor is its longest word after the first, with
 * the space before it, unless that word fills ordinary logs (`gateway`, `config`, `request`): then the
 * next longest. A needle made only of such words is anchored on the words after its first (` token
 * missing`), or is its own anchor when that leaves one word (`gateway starting`, `unauthorized`).
 */
const LOG_WORDS = new Set(
  (
    'gateway config configured service message connect request pairing failed required requires password token role ' +
    'access headers device client error auth authentication closed reason websocket response identity during changed ' +
    'missing allowed scope upgrade origin server https does node proxy version public check context frame secret ' +
    'policy starting handler removed credential pending expects saved blocks'
  ).split(' '),
);

function anchorsFor(needles: readonly string[]): string[] {
  const anchors = new Set<string>();
  for (const n of needles) {
    const words = n
      .split(' ')
      .slice(1)
      .filter((w) => w.length >= 4 && !LOG_WORDS.has(w.replace(/[^a-z_-]/g, '')));
    const best = words.sort((a, b) => b.length - a.length)[0];
    // Only common words: the needle from its second word on (` token missing`) is rare and still
    // starts with a space; with two words or fewer, the whole needle.
    const tail = n.indexOf(' ') === -1 ? n : n.slice(n.indexOf(' '));
    anchors.add(best !== undefined ? ` ${best}` : tail.trim().includes(' ') ? tail : n);
  }
  // An anchor holding another is found through the shorter one.
  const list = [...anchors];
  return list.filter((a) => !list.some((b) => b !== a && a.includes(b)));
}

const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const CREDENTIAL_ARG = /(#token=|\?token=|&token=|--token[ =]|--password[ =]|bearer )([^\s"'&<\]]+)/gi;
const LONG_RUN = /[A-Za-z0-9_-]{24,}/g;
/** Ids that are not secrets (docs/openclaw-facts.md §9): keep them readable. */
const ID_KEYS = ['device=', 'conn=', '"deviceId":"', '"deviceId": "', 'deviceId=', '"publicKey":"'];

/** Removes tokens before a line is stored in a fact: every secret the project's scanner knows
 * (redact.ts), then what only a failure line can leave behind: explicit token arguments, and long
 * hex/base64url runs that are not a device id or a connection id. */
export function redactLine(line: string): string {
  let out = redactSecrets(line).replace(CREDENTIAL_ARG, (_m, key: string, value: string) =>
    value === '[redacted]' || value.startsWith('__OPENCLAW') ? key + value : `${key}[redacted]`,
  );
  out = out.replace(LONG_RUN, (run: string, offset: number) => {
    if (UUID_RE.test(run)) return run;
    // Words like `dangerouslyAllowHostHeaderOriginFallback` are long runs too; tokens mix digits and letters.
    if (!/\d/.test(run) || !/[A-Za-z]/.test(run)) return run;
    for (const k of ID_KEYS) {
      if (offset >= k.length && out.slice(offset - k.length, offset) === k) return run;
    }
    return '[redacted]';
  });
  return out;
}

function windowAround(redacted: string, needle: string): string {
  if (redacted.length <= MAX_TEXT) return redacted.trim();
  const at = Math.max(0, asciiLower(redacted).indexOf(needle));
  const start = Math.max(0, at - 100);
  const end = Math.min(redacted.length, start + MAX_TEXT);
  return `${start > 0 ? '…' : ''}${redacted.slice(start, end).trim()}${end < redacted.length ? '…' : ''}`;
}

const CODE_RE = /(?:gateway closed|disconnected|close)\s*\((\d{4})|code=(\d{4})/;

function codeOf(low: string): number | undefined {
  const m = CODE_RE.exec(low);
  const v = m ? (m[1] ?? m[2]) : undefined;
  return v ? Number(v) : undefined;
}

const ISO_AT_START = /^\s*(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)/;
const JSON_TIME = /"time"\s*:\s*"(\d{4}-\d\d-\d\dT[^"]{8,30})"/;

function timeOf(line: string): number | undefined {
  const m = ISO_AT_START.exec(line) ?? JSON_TIME.exec(line);
  if (!m) return undefined;
  const t = Date.parse(m[1]!);
  return Number.isFinite(t) ? t : undefined;
}

/** Which client a `[ws] unauthorized … client=<id> <mode> … remote=<ip>` line is about. */
function clientFromWsLine(low: string): LookalikeClient | undefined {
  const m = /\bclient=(\S+)(?: (\S+))?/.exec(low);
  if (!m) return undefined;
  const id = m[1]!;
  const mode = m[2] ?? '';
  if (id === 'openclaw-control-ui' || id === 'openclaw-tui' || id.startsWith('webchat') || mode === 'webchat') {
    return 'control-ui';
  }
  if (id === 'cli' || mode === 'cli') {
    const remote = /\bremote=(\S+)/.exec(low)?.[1];
    if (remote === undefined || remote === '?') return 'cli';
    return remote === '127.0.0.1' || remote === '::1' || remote.startsWith('::ffff:127.') ? 'cli-local' : 'cli-remote';
  }
  return 'other';
}

/** The `Gateway target:` block printed under `gateway closed (…)` says whether the CLI went remote. */
function clientFromTargetBlock(paste: Paste, line: PasteLine): LookalikeClient | undefined {
  // Inside a JSON tool result the block is on the same line, joined by literal `\\n`.
  const inline = /\\nSource: ([^\\"]{1,80})/.exec(line.text)?.[1];
  if (inline !== undefined) return clientFromSource(inline.trim());
  for (let i = line.line; i < Math.min(paste.lineCount(), line.line + 6); i++) {
    const l = paste.line(i + 1);
    if (!l.startsWith('Source:')) continue;
    return clientFromSource(l.slice(7).trim());
  }
  return undefined;
}

function clientFromSource(src: string): LookalikeClient | undefined {
  if (src.startsWith('local') || src.startsWith('missing gateway.remote.url')) return 'cli-local';
  if (src.startsWith('cli --url') || src.startsWith('env OPENCLAW_GATEWAY_URL') || src.startsWith('config gateway.remote.url')) {
    return 'cli-remote';
  }
  return undefined;
}

function extractLookalikes(book: Book, paste: Paste): LookalikeFact[] {
  const text = paste.text;
  if (text.length === 0) return [];
  const byLine = new Map<number, { line: PasteLine; low: string; hits: Hit[] }>();
  // Lowercased text around a hit, for reads that may run past the line end.
  const lowAt = (hit: number, n: number): string => asciiLower(text.slice(hit, hit + n));
  const pasteMemo = new Map<string, unknown>();

  // Lines are independent; on one line the hits keep the order of a needle-by-needle scan.
  for (const { line, low, cols } of book.index.lines(paste)) {
    const lineMemo = new Map<string, unknown>();
    const ctx = (col: number, needle: string): PhraseSite => ({
      paste,
      line,
      low,
      col,
      needle,
      perLine: (key, f) => memo(lineMemo, key, f),
      perPaste: (key, f) => memo(pasteMemo, key, f),
    });
    const hits: Hit[] = [];
    const add = (hit: Hit): number => hits.push(hit);
    const each = (needle: string, f: (col: number) => void): void => {
      for (const col of cols.get(needle) ?? []) f(col);
    };

    // The rules' phrases, in the order the line reads them (the same column: declaration order).
    const phraseHits: { col: number; hit: Hit }[] = [];
    for (const p of book.phrasesOn(cols)) {
      each(p.needle, (col) => {
        const x = ctx(col, p.needle);
        if (p.guard && !p.guard(x)) return;
        const detail = p.hint ? hintAfter(x) : p.detail?.(x);
        const h: Hit = { cause: p.cause, needle: p.needle };
        if (detail) h.detail = detail;
        if (p.code !== undefined) h.code = p.code;
        const client = p.client ?? (p.hint ? clientFromHint(detail) : undefined);
        if (client) h.client = client;
        phraseHits.push({ col, hit: h });
      });
    }
    // A stable sort: equal columns keep declaration order.
    for (const { hit } of phraseHits.sort((a, b) => a.col - b.col)) add(hit);

    // Every `unauthorized` that no phrase explains: the gateway's `[ws] unauthorized` line (its
    // `reason=` is an authReason a rule declares), an `unauthorized: <new text>` and the bare reason.
    each('unauthorized', (col) => {
      const after = low.slice(col + 12, col + 12 + 40);
      const before = low.slice(Math.max(0, col - 20), col);
      if (after.startsWith(' conn=')) {
        const rest = low.slice(col, col + 3000);
        const reason = /\breason=([a-z0-9_-]+)/.exec(rest)?.[1];
        const h: Hit = { cause: book.authCause(reason), needle: 'unauthorized' };
        const client = clientFromWsLine(rest);
        if (client) h.client = client;
        if (reason) h.detail = reason;
        add(h);
        return;
      }
      if (after.startsWith(':')) {
        // A phrase on this line already classified it; otherwise keep the text as the detail.
        const rest = line.text.slice(col + 13, col + 13 + 120).trim();
        add({ cause: UNAUTHORIZED, needle: 'unauthorized', ...(rest ? { detail: rest } : {}) });
        return;
      }
      // Bare `unauthorized` as the close reason / error message: `(1008): unauthorized`, `Reason: unauthorized`.
      const ends = /^(?:\s*$|\s*["']|\\n|\\")/.test(after) || (before.endsWith('reason=') && /^ [a-z]+=/.test(after));
      if (ends && /(?:[:=)]\s*|"message"\s*:\s*")$/.test(before)) {
        add({ cause: UNAUTHORIZED, needle: 'unauthorized' });
      }
    });

    // Close-context JSON (`"cause":"unauthorized"`, maybe escaped inside a JSON string) and the verbose
    // `[ws] → close … cause=<cause>` line.
    const onCause = (col: number, value: string, needle: string): void => {
      if (value === 'pairing-required') return;
      const hit = line.start + col;
      let authReason: string | undefined;
      if (value === 'unauthorized') {
        const span = lowAt(hit, 4000);
        const stop = span.indexOf('cause', needle.length + value.length);
        const window = stop === -1 ? span : span.slice(0, stop);
        authReason = /authreason\\?"\s*:\s*\\?"([a-z0-9_-]+)/.exec(window)?.[1] ?? /\bauthreason=([a-z0-9_-]+)/.exec(window)?.[1];
      }
      const cause = book.closeCause(value, authReason);
      if (!cause) return;
      const h: Hit = { cause, needle };
      if (authReason) h.detail = authReason;
      else if (book.signsOf.get(cause)?.closeReasonIsDetail) {
        const r = /"reason\\?"\s*:\s*\\?"([a-z0-9 _-]{1,60})/.exec(lowAt(hit, 2000))?.[1];
        if (r) h.detail = r;
      }
      const client = memo(lineMemo, 'context-client', () => clientFromContext(low));
      if (client) h.client = client;
      add(h);
    };
    each('"cause"', (col) => {
      // The real pairing failure, in the close context's own spelling: nothing to lowercase or read.
      if (text.startsWith('"cause":"pairing-required"', line.start + col)) return;
      const m = /^"cause"\s*:\s*"([a-z-]{1,60})"/.exec(lowAt(line.start + col, 80));
      if (m) onCause(col, m[1]!, '"cause"');
    });
    each('\\"cause\\"', (col) => {
      const m = /^\\"cause\\"\s*:\s*\\"([a-z-]{1,60})\\"/.exec(lowAt(line.start + col, 80));
      if (m) onCause(col, m[1]!, '\\"cause\\"');
    });
    each(' cause=', (col) => {
      const m = /^ cause=([a-z-]{1,60})/.exec(lowAt(line.start + col, 80));
      if (m) onCause(col, m[1]!, ' cause=');
    });
    // An `authReason` quoted on its own ("in gateway logs, `authReason:\"token_mismatch\"`"), away from
    // the close context that would carry it: a reason some rule declares names its cause by itself.
    if (hits.length === 0) {
      each('authreason', (col) => {
        // Inside a close context spread over lines, its `cause` (just above) already carried it.
        const at = line.start + col;
        if (asciiLower(text.slice(Math.max(0, at - 600), at)).includes('cause')) return;
        const m = /^authreason\\?"?\s*[:=]\s*\\?"?([a-z0-9_-]{1,60})/.exec(lowAt(line.start + col, 90));
        const cause = m ? book.authReasons.get(m[1]!) : undefined;
        if (cause) add({ cause, needle: 'authreason', detail: m![1]! });
      });
    }

    if (hits.length > 0) byLine.set(line.line, { line, low, hits });
  }

  const facts: LookalikeFact[] = [];
  for (const { line, low: lineLow, hits } of byLine.values()) {
    const specific = hits.some((h) => h.cause !== UNAUTHORIZED);
    const code = codeOf(lineLow);
    const time = timeOf(line.text);
    let target: LookalikeClient | undefined;
    if (lineLow.includes('gateway closed (')) target = clientFromTargetBlock(paste, line);
    const redacted = redactLine(line.text);
    const seen = new Map<LookalikeCause, LookalikeFact>();
    for (const h of hits) {
      if (specific && h.cause === UNAUTHORIZED) continue;
      const prev = seen.get(h.cause);
      if (prev) {
        // Same failure twice on one line (the close reason and the JSON cause): keep the richer one.
        prev.detail ??= h.detail;
        prev.client = pickClient(prev.client, h.client);
        continue;
      }
      const signs = book.signsOf.get(h.cause);
      const f: LookalikeFact = {
        kind: 'lookalike',
        cause: h.cause,
        text: windowAround(redacted, h.needle),
        at: { message: paste.message, line: line.line },
      };
      if (time !== undefined) f.time = time;
      if (h.detail) f.detail = redactLine(h.detail);
      else {
        const d = signs?.lineDetail?.(line.text);
        if (d) f.detail = d;
      }
      const c = h.code ?? code;
      if (c !== undefined) f.code = c;
      const client = pickClient(pickClient(h.client, target), clientFromControlUiLine(lineLow));
      if (client) f.client = client;
      signs?.refine?.(f, text);
      seen.set(h.cause, f);
      facts.push(f);
    }
  }
  return capPerCause(facts);
}

function memo<T>(m: Map<string, unknown>, key: string, f: () => T): T {
  if (m.has(key)) return m.get(key) as T;
  const v = f();
  m.set(key, v);
  return v;
}

/** The client named in a close-context object (`"client":"cli","mode":"probe"`, `"origin":"https://…"`). */
function clientFromContext(low: string): LookalikeClient | undefined {
  if (/"origin\\?"\s*:\s*\\?"http/.test(low)) return 'control-ui';
  const id = /"client\\?"\s*:\s*\\?"([a-z0-9-]{1,40})/.exec(low)?.[1];
  if (!id) return undefined;
  const mode = /"mode\\?"\s*:\s*\\?"([a-z]{1,20})/.exec(low)?.[1] ?? '';
  const remote = /"remoteaddr\\?"\s*:\s*\\?"([^"\\]{1,60})/.exec(low)?.[1];
  return clientFromWsLine(`client=${id} ${mode}${remote ? ` remote=${remote}` : ''}`);
}

/** A more specific client wins: `cli` + `Source: local loopback` is `cli-local`. */
function pickClient(a: LookalikeClient | undefined, b: LookalikeClient | undefined): LookalikeClient | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a === 'cli' && (b === 'cli-local' || b === 'cli-remote')) return b;
  return a;
}

function clientFromControlUiLine(low: string): LookalikeClient | undefined {
  return /disconnected \(40\d\d\)/.test(low) ? 'control-ui' : undefined;
}

function capPerCause(facts: LookalikeFact[]): LookalikeFact[] {
  const counts = new Map<LookalikeCause, number>();
  for (const f of facts) counts.set(f.cause, (counts.get(f.cause) ?? 0) + 1);
  if ([...counts.values()].every((n) => n <= MAX_PER_CAUSE)) return facts;
  const skip = new Map<LookalikeCause, number>();
  for (const [c, n] of counts) if (n > MAX_PER_CAUSE) skip.set(c, n - MAX_PER_CAUSE);
  const out: LookalikeFact[] = [];
  for (const f of facts) {
    const s = skip.get(f.cause) ?? 0;
    if (s > 0) {
      skip.set(f.cause, s - 1);
      continue;
    }
    out.push(f);
  }
  return out;
}

/** The look-alike extractor for these rules' declarations: built once, it scans each message once. */
export function lookalikeExtractor(signs: readonly LookalikeSigns[]): Extractor {
  const book = new Book(signs);
  return defineExtractor({ name: 'lookalike', extract: (paste) => extractLookalikes(book, paste) });
}
