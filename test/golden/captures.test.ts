/**
 * Every real OpenClaw 2026.4.14 capture gets a golden expectation (captures.golden.json: the stage
 * and the leading rule), and every reply holds the engine's promises: ids only from the evidence,
 * Discord-sized messages. Regenerate the golden file deliberately, never to make a test pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose.ts';
import { captureFiles, FIXTURES } from './captures.ts';

const golden: Record<string, { stage: string; rule: string }> = JSON.parse(
  readFileSync(join(import.meta.dirname, 'captures.golden.json'), 'utf8'),
);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const HEX64 = /\b[0-9a-f]{64}\b/g;

/** The id is in the text whole, or as the pieces a table wrapped it into (each piece ≥ 8 chars, in order). */
function inEvidence(text: string, id: string): boolean {
  if (text.includes(id)) return true;
  let rest = id;
  let from = 0;
  while (rest.length) {
    let n = rest.length;
    while (n >= 8 && text.indexOf(rest.slice(0, n), from) === -1) n--;
    if (n < 8 && n < rest.length) return false;
    from = text.indexOf(rest.slice(0, n), from) + n;
    rest = rest.slice(n);
  }
  return true;
}

describe('captured OpenClaw outputs', () => {
  const files = captureFiles();
  it('every capture has a golden expectation', () => {
    expect(files.filter((f) => !golden[f])).toEqual([]);
  });
  for (const f of files) {
    it(f, () => {
      const text = readFileSync(join(FIXTURES, f), 'utf8');
      const d = diagnose([{ text }]);
      expect({ stage: d.stage, rule: d.findings[0]?.rule ?? '' }).toEqual(golden[f]);
      for (const m of d.messages) expect(m.length).toBeLessThanOrEqual(2000);
      // Every id in a command comes from the evidence.
      const lower = text.toLowerCase();
      for (const id of [...(d.reply.match(UUID) ?? []), ...(d.reply.match(HEX64) ?? [])]) expect(inEvidence(lower, id), id).toBe(true);
    });
  }
});
