/**
 * Case-insensitive search for many needles in a huge paste, at the cost of one regex pass.
 *
 * Lowercasing a 10 MB paste and calling indexOf once per needle costs a full pass per needle. Here
 * one case-insensitive pass looks for rare anchors (every needle contains one), and only the lines
 * holding an anchor are lowercased and searched for the needles themselves. The pass is fastest
 * when the anchors start with few distinct characters (a space, mostly): the regex then rejects
 * most positions on their first character.
 */
import type { Paste, PasteLine } from './paste.ts';
import { escapeRegExp } from './regex-escape.ts';

const NON_ASCII = /[^\x00-\x7f]/;
const UPPER_RUN = /[A-Z]+/g;

/** ASCII-only lowercasing: offsets stay aligned with the original text. */
export function asciiLower(s: string): string {
  // toLowerCase is native and, on ASCII text, exactly this.
  return NON_ASCII.test(s) ? s.replace(UPPER_RUN, (run) => run.toLowerCase()) : s.toLowerCase();
}

export interface NeedleLine {
  line: PasteLine;
  /** The line, ASCII-lowercased. */
  low: string;
  /** Columns of each needle on the line, ascending; one needle's hits never overlap (as indexOf
   * stepping by the needle's length finds them). */
  cols: ReadonlyMap<string, number[]>;
}

export class NeedleIndex {
  /** Case-insensitive alternation of the anchors, run over the whole text. */
  private readonly anchors: RegExp;
  /** Alternation of the needles, run over lowercased candidate lines only. */
  private readonly needles: RegExp;
  private readonly byFirst = new Map<string, string[]>();

  /**
   * `needles` are lowercase (one with an upper-case letter could never match lowercased text and is
   * dropped). A needle that contains none of `anchors` becomes its own anchor, so the index never
   * misses a line, whatever the two lists say.
   */
  constructor(needles: readonly string[], anchors: readonly string[]) {
    const list = [...new Set(needles)].filter((n) => n !== '' && !/[A-Z]/.test(n));
    const anchorList = anchors.map((a) => a.toLowerCase());
    for (const n of list) if (!anchorList.some((a) => n.includes(a))) anchorList.push(n);
    this.anchors = new RegExp(anchorList.map(escapeRegExp).join('|'), 'gi');
    this.needles = new RegExp(list.map(escapeRegExp).join('|'), 'g');
    for (const n of list) {
      const same = this.byFirst.get(n[0]!) ?? [];
      same.push(n);
      this.byFirst.set(n[0]!, same);
    }
  }

  /** Every line holding at least one needle, in order. */
  lines(paste: Paste): NeedleLine[] {
    const text = paste.text;
    const out: NeedleLine[] = [];
    const re = this.anchors;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const line = paste.lineAt(m.index);
      const low = asciiLower(line.text);
      const cols = this.columns(low);
      if (cols.size > 0) out.push({ line, low, cols });
      if (line.end >= text.length) break;
      re.lastIndex = line.end + 1;
    }
    return out;
  }

  private columns(low: string): Map<string, number[]> {
    const cols = new Map<string, number[]>();
    const re = this.needles;
    re.lastIndex = 0;
    // The regex stops at each column where some needle starts; every needle starting there is
    // checked, so needles inside other needles are found too.
    for (let m = re.exec(low); m; m = re.exec(low)) {
      const at = m.index;
      for (const n of this.byFirst.get(low[at]!) ?? []) {
        if (!low.startsWith(n, at)) continue;
        let list = cols.get(n);
        if (!list) cols.set(n, (list = []));
        if (list.length === 0 || at >= list[list.length - 1]! + n.length) list.push(at);
      }
      re.lastIndex = at + 1;
    }
    return cols;
  }
}
