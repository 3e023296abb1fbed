/**
 * An English sentence's skeleton: the words a translator translates, with every dynamic part
 * (code spans and runs of them, links, versions, PR numbers, numbers, client labels) replaced by
 * `{0}`, `{1}`, … in order. The catalog is keyed by skeletons, so one entry covers every id,
 * version and scope list a rule can put in that sentence; `fill` puts the parts back.
 */

export interface Skeleton {
  key: string;
  parts: string[];
}

/** Client labels (src/openclaw/clients.ts) that name a device in a sentence: a part of their own. */
export const clientLabels = [
  "gateway's internal client (what `sessions_spawn`, cron and tools use)",
  'Control UI (browser) device',
  'CLI device',
  'web chat device',
  'TUI device',
  'macOS app',
  'iOS app',
  'Android app',
  'node host',
  'status probe',
] as const;

// One pass, left to right, no backtracking on user text: code span runs (`a`, `b` and `c`), markdown
// links, then versions, PR refs and bare numbers.
const TOKEN =
  /```[^`]*```|https?:\/\/[^\s)>\]`]*[^\s)>\]`.,;:!?]|`[^`\n]*`(?:(?:, | and | or |, and |, or |\/)`[^`\n]*`)*|\[[^\]\n]*\]\(<?[^)\s>]*>?\)|\b\d{4}\.\d{1,2}\.\d{1,2}(?:[-.][\w.]+)?\+?|#\d+|\b\d+(?:\.\d+)?(?:\s?(?:MB|KB|ms|s|%))?\b/g;

export function toSkeleton(sentence: string): Skeleton {
  const parts: string[] = [];
  let text = sentence;
  // Client labels first (one holds a code span of its own), never inside a code span.
  for (const label of clientLabels) {
    if (!text.includes(label)) continue;
    const mark = `\u0000L${parts.length}\u0000`;
    text = label.includes('`')
      ? text.split(label).join(mark)
      : text
          .split(/(`[^`\n]*`)/)
          .map((piece, i) => (i % 2 === 1 ? piece : piece.split(label).join(mark)))
          .join('');
    if (text.includes(mark)) parts.push(label);
  }
  const key = text.replace(TOKEN, (m) => {
    parts.push(m);
    return `\u0000${parts.length - 1}\u0000`;
  });
  // Labels were numbered first: renumber every part in the order it appears.
  const order: number[] = [];
  const renumbered = key.replace(/\u0000L?(\d+)\u0000/g, (_m, n: string) => {
    order.push(Number(n));
    return `{${order.length - 1}}`;
  });
  return { key: renumbered, parts: order.map((i) => parts[i]!) };
}

/** Puts the parts back into a translated skeleton; `part` may rewrite a part (a label, a joiner). */
export function fill(template: string, parts: readonly string[], part: (p: string) => string = (p) => p): string {
  return template.replace(/\{(\d+)\}/g, (m, n: string) => {
    const p = parts[Number(n)];
    return p === undefined ? m : part(p);
  });
}
