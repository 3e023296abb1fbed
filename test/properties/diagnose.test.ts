/**
 * The whole engine on hostile input: whatever is pasted, `diagnose` answers (never throws), with a
 * known stage, Discord-sized messages, and ids in commands only when the paste holds them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose.ts';
import { stages } from '../../src/triage/stage.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures');
const real = [
  'seeds/000-4-logs.txt',
  'seeds/000-5-devices-list.txt',
  'seeds/000-6-approve-unknown.txt',
  'seeds/004_ace882d2ada0a49a.txt',
  'openclaw-2026.4.14/stale-baseline/devices-list.txt',
  'openclaw-2026.4.14/stale-baseline/approve-latest.txt',
  'openclaw-2026.4.14/stale-baseline/remove-while-narrow.txt',
].map((f) => readFileSync(join(FIX, f), 'utf8'));

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** A real paste cut, spliced with garbage, quoted, or with its line endings changed. */
const mutated = fc
  .tuple(
    fc.constantFrom(...real),
    fc.nat(),
    fc.nat(),
    fc.string({ maxLength: 40 }),
    fc.constantFrom('cut', 'splice', 'crlf', 'quote', 'dup'),
  )
  .map(([text, a, b, junk, how]) => {
    const i = a % (text.length + 1);
    const j = b % (text.length + 1);
    switch (how) {
      case 'cut':
        return text.slice(0, Math.max(i, j));
      case 'splice':
        return text.slice(0, i) + junk + text.slice(i);
      case 'crlf':
        return text.replace(/\n/g, '\r\n');
      case 'quote':
        return text.replace(/^/gm, '> ');
      default:
        return text.slice(Math.min(i, j), Math.max(i, j)).repeat(3);
    }
  });

function check(messages: string[]) {
  const d = diagnose(messages.map((text) => ({ text })));
  expect(stages).toContain(d.stage);
  expect(d.messages.length).toBeGreaterThan(0);
  for (const m of d.messages) expect(m.length).toBeLessThanOrEqual(2000);
  const all = messages.join('\n').toLowerCase();
  for (const line of d.reply.split('\n').filter((l) => l.includes('openclaw devices approve '))) {
    for (const id of line.match(UUID) ?? []) expect(all).toContain(id);
  }
}

describe('diagnose never fails on what people paste', () => {
  it('arbitrary text', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 400 }), { minLength: 1, maxLength: 3 }), check), {
      numRuns: 300,
    });
  });
  it('arbitrary bytes decoded as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => check([Buffer.from(bytes).toString('utf8')])),
      { numRuns: 200 },
    );
  });
  it('mutated real pastes, alone and as threads', () => {
    fc.assert(fc.property(fc.array(mutated, { minLength: 1, maxLength: 4 }), check), { numRuns: 300 });
  });
});
