/**
 * A look-alike rule file alone (its phrases, its check, its advice) is what makes its cause fire:
 * every phrase it declares shows in its own examples, the extractor built from that one file finds
 * the cause in them, and src/evidence holds no phrase of any cause (the engine only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describedLookalikeExtractor } from '../../src/evidence/described-lookalike.ts';
import type { LookalikeFact } from '../../src/evidence/facts.ts';
import { extractEvidence } from '../../src/evidence/index.ts';
import { lookalikeExtractor } from '../../src/evidence/lookalike.ts';
import type { LookalikeSigns } from '../../src/evidence/lookalike-signs.ts';
import { makePaste } from '../../src/evidence/paste.ts';
import { otherCauseRules } from '../../src/rules/other-cause/index.ts';
import { isLookalikeRule, type LookalikeRule } from '../../src/rules/other-cause/lookalike/rule.ts';
import { Case } from '../../src/triage/case.ts';
import type { ExampleMessage } from '../../src/triage/rule.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const ROOT = join(import.meta.dirname, '..', '..');
const lookalikeRules: LookalikeRule[] = otherCauseRules.filter(isLookalikeRule);

const textOf = (m: ExampleMessage): string => (typeof m === 'string' ? readFileSync(join(FIXTURES, m), 'utf8') : m.text);

function causesIn(signs: LookalikeSigns, text: string): string[] {
  return (lookalikeExtractor([signs]).extract(makePaste(text)) as LookalikeFact[]).map((f) => f.cause);
}

/** A value a `*` key stands for: the prefix and something after it. */
const sample = (key: string): string => (key.endsWith('*') ? `${key.slice(0, -1)}denied` : key);

describe('a look-alike rule owns its phrases', () => {
  it('every look-alike rule declares at least one way to be found', () => {
    for (const r of lookalikeRules) {
      const s = r.signs;
      const ways =
        (s.phrases?.length ?? 0) +
        Object.keys(s.authReasons ?? {}).length +
        Object.keys(s.closeCauses ?? {}).length +
        (s.described?.length ?? 0);
      expect(ways, r.id).toBeGreaterThan(0);
    }
  });

  for (const r of lookalikeRules) {
    describe(r.id, () => {
      const fires = r.examples.fires
        .flatMap((e) => e.thread.map(textOf))
        .join('\n')
        .toLowerCase();

      it('each needle shows in its firing examples or its own example line, and finds its cause there', () => {
        for (const p of r.signs.phrases ?? []) {
          const cause = p.cause ?? r.signs.causes[0]!;
          if (p.example !== undefined) {
            expect(p.example.toLowerCase(), p.needle).toContain(p.needle);
            expect(causesIn(r.signs, p.example), p.example).toContain(cause);
          } else {
            expect(fires, `"${p.needle}" is in none of ${r.id}'s firing examples: add one, or an example line`).toContain(p.needle);
          }
        }
      });

      it("each authReason and close-context cause it declares is found by this file's declarations alone", () => {
        for (const [key, cause] of Object.entries(r.signs.authReasons ?? {})) {
          const line = `[ws] unauthorized conn=1 remote=10.0.0.2 client=cli cli v2026.4.14 reason=${sample(key)}`;
          expect(causesIn(r.signs, line), line).toEqual([cause]);
        }
        for (const [key, cause] of Object.entries(r.signs.closeCauses ?? {})) {
          const line = `[ws] {"cause":"${sample(key)}","handshake":"failed"} closed before connect conn=1 code=1008`;
          expect(causesIn(r.signs, line), line).toEqual([cause]);
        }
      });

      it('its firing examples fire with only its own declarations (no other rule file needed)', () => {
        const own = [lookalikeExtractor([r.signs]), describedLookalikeExtractor([r.signs])];
        for (const ex of r.examples.fires) {
          const facts = ex.thread.flatMap((m, i) => extractEvidence(textOf(m), i, own));
          const c = new Case(facts, { messageCount: ex.thread.length });
          expect(r.match(c), `${r.id}: ${ex.name}`).toBeDefined();
        }
      });
    });
  }

  it("a rule with one cause is named by it (the generic `unauthorized` is the bare-unauthorized rule's)", () => {
    const misnamed = lookalikeRules.filter(
      (r) => r.signs.causes.length === 1 && r.signs.causes[0] !== r.id && r.signs.causes[0] !== 'unauthorized',
    );
    expect(misnamed.map((r) => `${r.id}: ${r.signs.causes[0]}`)).toEqual([]);
  });

  it('each cause is declared by exactly one rule', () => {
    const owners = new Map<string, string[]>();
    for (const r of lookalikeRules) for (const c of r.signs.causes) owners.set(c, [...(owners.get(c) ?? []), r.id]);
    expect([...owners].filter(([, rs]) => rs.length > 1)).toEqual([]);
    expect(() => lookalikeExtractor([...lookalikeRules.map((r) => r.signs), { rule: 'copy', causes: ['origin-not-allowed'] }])).toThrow(
      /declared by both/,
    );
    expect(() =>
      lookalikeExtractor([{ rule: 'stray', causes: ['slow-consumer'], phrases: [{ needle: 'x y', cause: 'device-removed' }] }]),
    ).toThrow(/not one of its causes/);
  });

  it("the look-alike engine in src/evidence holds no rule's phrase, authReason or close cause, and names no cause but the generic one", () => {
    const dir = join(ROOT, 'src/evidence');
    const code = readdirSync(dir)
      // The look-alike engine's files; other extractors read some of the same words for facts of their
      // own (approve-answer.ts reads `missing scope:` as the approver's problem).
      .filter((f) => /^(?:lookalike.*|described-lookalike|needle-lines|facts)\.ts$/.test(f))
      .map(
        (f) =>
          [
            f,
            readFileSync(join(dir, f), 'utf8')
              .split('\n')
              .filter((l) => !/^\s*(?:\*|\/\/|\/\*\*)/.test(l))
              .join('\n')
              .toLowerCase(),
          ] as const,
      );
    const found: string[] = [];
    for (const r of lookalikeRules) {
      const s = r.signs;
      const words = [
        ...(s.phrases ?? []).map((p) => p.needle).filter((n) => n !== 'unauthorized'),
        ...Object.keys(s.authReasons ?? {}),
        ...Object.keys(s.closeCauses ?? {}),
        ...s.causes.filter((c) => c !== 'unauthorized'),
      ];
      for (const [file, text] of code)
        for (const w of words) if (text.includes(`'${w.toLowerCase()}'`)) found.push(`${file}: ${w} (${r.id})`);
    }
    expect(found).toEqual([]);
  });
});
