/**
 * Blanks every secret the `secrets` extractor would flag, before pasted text is echoed back or
 * logged. Everything else stays byte-identical, so quoted log lines still read as pasted.
 */
import { scanSecrets } from './secrets.ts';

export function redactSecrets(text: string): string {
  let spans: ReturnType<typeof scanSecrets>;
  try {
    spans = scanSecrets(text);
  } catch {
    // Failing closed: if the scanner breaks, nothing of the paste may be echoed.
    return '[redacted: unreadable text]';
  }
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let pos = 0;
  for (const s of spans) {
    parts.push(text.slice(pos, s.start), `[redacted ${s.kind}]`);
    pos = s.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}
