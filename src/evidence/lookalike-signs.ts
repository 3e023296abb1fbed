/**
 * How a look-alike shows in text, as its rule declares it (rules/other-cause/<cause>.ts), and the
 * small kit of checks those declarations are written with.
 *
 * Why the rule holds its phrases and evidence only the engine: a cause used to live in four places
 * (a union here, phrase tables and cause maps in the extractor, the rule, the rule order), so adding
 * a look-alike meant editing all four. Now a rule file declares its causes, needles, `authReason`s,
 * close-context `cause`s and described-in-prose patterns next to its advice; `lookalike.ts` builds
 * one needle index from every registered rule and scans each message once, whatever the number of
 * rules. Evidence may not import rules (test/house/layers.test.ts), so the declarations are handed
 * down: rules/other-cause/index.ts builds the extractors from its rules, and diagnose passes them to
 * extraction. The types and this kit live here, on the floor both can import.
 */
import type { LookalikeCause, LookalikeClient, LookalikeFact } from './facts.ts';
import type { Paste, PasteLine } from './paste.ts';

/** Where a needle was found: the line it is on, read once however many needles it holds. */
export interface PhraseSite {
  paste: Paste;
  line: PasteLine;
  /** The line, ASCII-lowercased (offsets match `line.text`). */
  low: string;
  /** Offset of the hit inside the line. */
  col: number;
  needle: string;
  /** A value computed once per line (`key` names it) and shared by every phrase on the line. */
  perLine<T>(key: string, f: () => T): T;
  /** A value computed once per message, for checks that look beyond the line. */
  perPaste<T>(key: string, f: () => T): T;
}

/** One printed phrase of a look-alike. Needles are lowercase; the match is ASCII case-insensitive. */
export interface LookalikePhrase {
  needle: string;
  /** Defaults to the rule's first cause. */
  cause?: LookalikeCause;
  /** For needles a person could also write, or that another failure shares: must hold for a hit. */
  guard?: (x: PhraseSite) => boolean;
  detail?: (x: PhraseSite) => string | undefined;
  /** The parenthesised hint right after the phrase is the detail, and says which client failed. */
  hint?: true;
  client?: LookalikeClient;
  /** The close code the phrase itself implies. */
  code?: number;
  /** A line as OpenClaw prints it, when the rule's firing examples do not show this phrase: the
   * rule's own test (test/lookalike/rule-owns-phrases.test.ts) finds the cause in it. */
  example?: string;
}

/** A look-alike the asker describes in a sentence instead of pasting, found by its rule's patterns. */
export interface Describer {
  /** Lower tiers are tried first: a whole-message finding (an allow-list without the page's port)
   * is surer than any one sentence. Within a tier the earliest line wins. */
  tier: number;
  /** A printed failure of this kind in the message says it exactly; the description adds nothing. */
  unlessPrinted?: RegExp;
  find(paste: Paste, context: DescribedContext): DescribedFinding | undefined;
}

export interface DescribedFinding {
  /** The line the description was read on (the fact may point at a better one). */
  seenAt: number;
  fact: LookalikeFact;
}

export interface DescribedContext {
  /** How many of the message's first lines to read (a description is never deep in a log). */
  lines: number;
}

/** What one look-alike rule declares about how its failure shows in text. */
export interface LookalikeSigns {
  /** The rule's id, for tests and error messages. */
  rule: string;
  causes: readonly LookalikeCause[];
  phrases?: readonly LookalikePhrase[];
  /** The gateway's `authReason` (`reason=token_mismatch`, `"authReason":"…"`) → cause. A key ending
   * in `*` is a prefix. */
  authReasons?: Readonly<Record<string, LookalikeCause>>;
  /** The close context's `cause` (`"cause":"origin-mismatch"`, `cause=…`) → cause; `*` as above. */
  closeCauses?: Readonly<Record<string, LookalikeCause>>;
  /** Read the close context's `"reason"` as the detail (its own words for what was invalid). */
  closeReasonIsDetail?: true;
  /** A detail the line gives when the hit itself gave none (the browser origin on a close line). */
  lineDetail?: (line: string) => string | undefined;
  /** Facts about the whole message that change the advice (a TLS endpoint named near a ws failure). */
  refine?: (fact: LookalikeFact, text: string) => void;
  described?: readonly Describer[];
}

// --- The kit: checks that phrases share. ---

/** Text right after the hit, lowercased, bounded so per-hit work stays constant on huge lines. */
export function ahead(x: PhraseSite, n: number): string {
  return x.low.slice(x.col, x.col + n);
}

/** The detail is a constant: the phrase alone says which variant it is. */
export const fixed = (s: string) => (): string => s;

/** The detail is the first group of `re`, run on the text right after the needle. */
export const afterRegex =
  (re: RegExp) =>
  (x: PhraseSite): string | undefined => {
    const m = re.exec(x.line.text.slice(x.col + x.needle.length, x.col + x.needle.length + 300));
    return m ? m[1]!.trim() : undefined;
  };

/** The line also holds one of `markers` (a close code, a log prefix). */
export function onLineWith(...markers: string[]): (x: PhraseSite) => boolean {
  const key = `on:${markers.join('|')}`;
  return (x) => x.perLine(key, () => markers.some((m) => x.low.includes(m)));
}

const MACHINE_MARKERS = [
  '1008',
  '1002',
  '1009',
  '1012',
  '1013',
  '4001',
  '4008',
  '4013',
  'reason',
  'error',
  'closed',
  'disconnected',
  'failed',
  '[ws]',
  '"cause"',
  'code=',
  'message=',
  'not_paired',
];

/** CJK text or full-width punctuation: a Chinese or Japanese sentence that quotes an English error
 * inline (`面板报错origin not allowed`, `提示device identity required`) is quoting what it saw. */
const CJK = /[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

const QUOTES = new Set(['"', "'", '`', '“', '”', '‘', '’', '「', '」']);

/** For phrases a person could also write in a sentence: the line must look printed by OpenClaw. */
export function machine(x: PhraseSite): boolean {
  if (x.perLine('machine', () => MACHINE_MARKERS.some((m) => x.low.includes(m)))) return true;
  // The message printed at the start of its line (the Control UI shows the raw server message), or
  // carrying its parenthesised hint: a person's sentence rarely does either.
  if (/^\s*\(/.test(x.low.slice(x.col + x.needle.length, x.col + x.needle.length + 4))) return true;
  if (CJK.test(x.line.text.slice(Math.max(0, x.col - 2), x.col))) return true;
  // Quoted whole in a sentence (`the UI shows "origin not allowed"`): the words of the message, as seen.
  const open = x.line.text.charAt(x.col - 1);
  const close = x.line.text.charAt(x.col + x.needle.length);
  if (QUOTES.has(open) && QUOTES.has(close)) return true;
  return /^[\s>*`'"-]{0,6}$/.test(x.low.slice(Math.max(0, x.col - 6), x.col)) && x.col <= 6;
}
