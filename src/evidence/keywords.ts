/**
 * One keyword index per paste. Extractors register the literal words that anchor them (at module
 * load, with `keywords`), and the first extractor to ask makes one pass over the text that finds
 * the lines of every registered word at once; the others read those lines instead of scanning the
 * text again with their own regex or indexOf. Twenty-odd anchor scans over a 10 MB log cost far
 * more than one, and an alternation regex of many literals cannot skip ahead the way indexOf does.
 *
 * Words are case-sensitive literals of at least two characters: the pass looks up each pair of
 * adjacent characters in a table of pairs taken from the words, and compares a word only there.
 */

/** A set of words an extractor anchors on; registered for every paste's index. */
export interface Keywords {
  readonly words: readonly string[];
}

const registered: string[] = [];
const known = new Set<string>();

/** Registers `words` (module load time) so every paste's index finds them in its one pass. */
export function keywords(words: readonly string[]): Keywords {
  for (const w of words) {
    if (w.length < 2 || w.indexOf('\n') !== -1) throw new Error(`keyword "${w}" is not one line of two characters or more`);
    if (!known.has(w)) {
      known.add(w);
      registered.push(w);
    }
  }
  return { words: [...words] };
}

/** Texts shorter than this are read word by word with indexOf (see the constructor). */
const SMALL_TEXT = 64 * 1024;
const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const pairHash = (a: number, b: number): number => ((a * 31) ^ b) & TABLE_MASK;
/** How common each pair of characters is, is counted in this many pieces of the text, this long. */
const SAMPLE_PIECES = 16;
const SAMPLE_PIECE = 4096;

/**
 * Where the pass looks for each word: at the pair of its characters that is rarest in a sample of
 * the text, so a word is checked at few places (`connect` is found by `nn`, not by
 * `co`, on a log full of `conn=`). Words are grouped by that pair's hash.
 */
interface Matcher {
  words: readonly string[];
  /** Offset of each word's chosen pair within the word. */
  offsets: Int32Array;
  /** pairHash → 1 + bucket, 0 when no word is looked for at such a pair. */
  table: Int32Array;
  /** Bucket b's word ids are ids[starts[b]] up to ids[starts[b + 1]]. */
  starts: Int32Array;
  ids: Int32Array;
}

function matcherFor(text: string, words: readonly string[]): Matcher {
  const seen = new Int32Array(1 << TABLE_BITS);
  // Pieces from all over the text: a paste is often a log after a few lines of prose, or the reverse.
  const step = Math.max(SAMPLE_PIECE, Math.floor(text.length / SAMPLE_PIECES));
  for (let from = 0; from < text.length; from += step) {
    const to = Math.min(text.length, from + SAMPLE_PIECE);
    for (let i = from; i + 1 < to; i++) seen[pairHash(text.charCodeAt(i), text.charCodeAt(i + 1))]!++;
  }
  const offsets = new Int32Array(words.length);
  const buckets: number[][] = [];
  const table = new Int32Array(1 << TABLE_BITS);
  words.forEach((w, id) => {
    let best = 0;
    for (let k = 1; k + 1 < w.length; k++) {
      if (seen[pairHash(w.charCodeAt(k), w.charCodeAt(k + 1))]! < seen[pairHash(w.charCodeAt(best), w.charCodeAt(best + 1))]!) best = k;
    }
    offsets[id] = best;
    const h = pairHash(w.charCodeAt(best), w.charCodeAt(best + 1));
    if (table[h] === 0) {
      buckets.push([]);
      table[h] = buckets.length;
    }
    buckets[table[h]! - 1]!.push(id);
  });
  const starts = new Int32Array(buckets.length + 1);
  const ids = new Int32Array(words.length);
  let at = 0;
  buckets.forEach((b, i) => {
    starts[i] = at;
    for (const id of b) ids[at++] = id;
  });
  starts[buckets.length] = at;
  return { words, offsets, table, starts, ids };
}

/**
 * Line numbers (1-based, ascending, distinct) of each registered word in `text`, from one pass.
 * Words registered after the pass are looked up on their own when asked (`linesOf`).
 */
export class KeywordIndex {
  readonly #text: string;
  readonly #lines = new Map<string, number[]>();

  /** `passFrom`: below this many characters no pass is made and each word asked for is found by
   * indexOf. The pass's two 256 KB tables and its sampling cost more than a few indexOf scans of a
   * short paste (a forum message is a few KB; the pass made small pastes 2–11× slower). */
  constructor(text: string, passFrom = SMALL_TEXT) {
    this.#text = text;
    if (text.length < passFrom) return;
    const { words, offsets, table, starts, ids } = matcherFor(text, [...registered]);
    const hits: number[][] = words.map(() => []);
    // Where the line of each word's last hit ends: another hit before it adds nothing, and on a
    // 1 MB line of repeats it is not even compared.
    const lineEnd = new Float64Array(words.length).fill(-1);
    const n = text.length;
    // Lines are counted only up to each hit, by indexOf: most characters are no hit.
    let line = 1;
    let nl = text.indexOf('\n');
    let next = n > 0 ? text.charCodeAt(0) : 0;
    for (let i = 0; i + 1 < n; i++) {
      const c = next;
      next = text.charCodeAt(i + 1);
      const bucket = table[((c * 31) ^ next) & TABLE_MASK]!;
      if (bucket === 0) continue;
      for (let j = starts[bucket - 1]!, last = starts[bucket]!; j < last; j++) {
        const id = ids[j]!;
        const at = i - offsets[id]!;
        if (at < 0 || at < lineEnd[id]! || !text.startsWith(words[id]!, at)) continue;
        while (nl !== -1 && nl < at) {
          line++;
          nl = text.indexOf('\n', nl + 1);
        }
        hits[id]!.push(line);
        lineEnd[id] = nl === -1 ? n : nl;
      }
    }
    for (let id = 0; id < words.length; id++) this.#lines.set(words[id]!, hits[id]!);
  }

  /** Lines holding `word`. */
  linesOfWord(word: string): readonly number[] {
    let lines = this.#lines.get(word);
    if (!lines) {
      lines = scan(this.#text, word);
      this.#lines.set(word, lines);
    }
    return lines;
  }

  /** Lines holding any of `k`'s words, ascending, each once. */
  linesOf(k: Keywords): readonly number[] {
    if (k.words.length === 1) return this.linesOfWord(k.words[0]!);
    const lists = k.words.map((w) => this.linesOfWord(w)).filter((l) => l.length > 0);
    if (lists.length <= 1) return lists[0] ?? [];
    let size = 0;
    for (const l of lists) size += l.length;
    const all = new Int32Array(size);
    let k2 = 0;
    for (const l of lists) for (const n of l) all[k2++] = n;
    all.sort();
    const out: number[] = [];
    for (const n of all) if (out.length === 0 || out[out.length - 1] !== n) out.push(n);
    return out;
  }
}

/** A word's lines by indexOf, for a word the pass did not know. */
function scan(text: string, word: string): number[] {
  const out: number[] = [];
  let line = 1;
  let nl = text.indexOf('\n');
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    while (nl !== -1 && nl < i) {
      line++;
      nl = text.indexOf('\n', nl + 1);
    }
    if (out.length === 0 || out[out.length - 1] !== line) out.push(line);
  }
  return out;
}
