/**
 * Precedence is data (stage rank, then each rule's own priority), so the registry's order decides
 * nothing: with the rules shuffled, every rule example and every corpus case gets the same
 * diagnosis. The look-alike extractors are rebuilt from a shuffled registry too, since two phrases at
 * one column of a line are read in the rules' order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../src/evidence/extractor.ts';
import type { Fact } from '../../src/evidence/facts.ts';
import { extractThread } from '../../src/evidence/thread.ts';
import { fallbackRule, rules } from '../../src/rules/index.ts';
import { extractorsOf, lookalikeExtractors, otherCauseRules, signsOf } from '../../src/rules/other-cause/index.ts';
import { Case } from '../../src/triage/case.ts';
import { triage } from '../../src/triage/engine.ts';
import type { AnyRule } from '../../src/triage/rule.ts';
import { loadCorpus } from '../corpus/cases.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

interface Thread {
  name: string;
  messages: string[];
  at?: number;
}

const threads: Thread[] = [
  ...rules.flatMap((r) =>
    [...r.examples.fires, ...r.examples.silent].map((ex, i) => ({
      name: `${r.id} example ${ex.name ?? i}`,
      messages: ex.thread.map((m) => (typeof m === 'string' ? readFileSync(join(FIXTURES, m), 'utf8') : m.text)),
      at: ex.at ? Date.parse(ex.at) : undefined,
    })),
  ),
  ...loadCorpus().map((c) => ({ name: `corpus ${c.id}`, messages: c.messages })),
];

/** A seeded permutation (mulberry32 driving Fisher–Yates): the same shuffles on every run. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const factsOf = (t: Thread, extractors: readonly Extractor[]) =>
  extractThread(
    t.messages.map((text) => ({ text })),
    extractors,
  );

/** What a diagnosis is made of: the leading rule, every finding in order, and the asides. */
function outcome(t: Thread, facts: readonly Fact[], registry: readonly AnyRule[]): string {
  const result = triage(new Case(facts, { messageCount: t.messages.length, at: t.at }), registry, fallbackRule);
  return `${result.stage}: ${result.findings.map((f) => f.rule.id).join(' > ')} | ${result.asides.join(' | ')}`;
}

const SEEDS = [1, 2, 3, 0x9e3779b9];

describe('precedence does not depend on the registry order', () => {
  const facts = threads.map((t) => factsOf(t, lookalikeExtractors));
  const baseline = threads.map((t, i) => outcome(t, facts[i]!, rules));

  it('reads every rule example and every corpus case', () => {
    expect(threads.length).toBeGreaterThan(400);
  });

  for (const seed of [...SEEDS, 'reversed' as const]) {
    it(`the same diagnosis with the rules ${seed === 'reversed' ? 'reversed' : `shuffled (seed ${seed})`}`, () => {
      const registry = seed === 'reversed' ? [...rules].reverse() : shuffled(rules, seed);
      const changed = threads.filter((t, i) => outcome(t, facts[i]!, registry) !== baseline[i]).map((t) => t.name);
      expect(changed).toEqual([]);
    });
  }

  it('the same diagnosis with the look-alike extractors built from a shuffled registry', () => {
    const extractors = extractorsOf(signsOf(shuffled(otherCauseRules, 7)));
    const changed = threads.filter((t, i) => outcome(t, factsOf(t, extractors), rules) !== baseline[i]).map((t) => t.name);
    expect(changed).toEqual([]);
  });
});

describe('a rule that yields', () => {
  it('leads alone, and is an aside when the thread shows the failure the attempt was for', async () => {
    const { diagnose } = await import('../../src/diagnose.ts');
    const alone = diagnose([{ text: '[openclaw] Reason: device token rotation denied' }]);
    expect(alone.findings[0]!.rule).toBe('device-token-rotation-denied');
    const withFailure = diagnose([
      {
        text: 'OpenClaw 2026.4.14\nsessions_spawn: gateway closed (1008): pairing required\nI tried `openclaw devices rotate --device abc --role operator` and got: device token rotation denied',
      },
    ]);
    expect(withFailure.findings[0]!.rule).not.toBe('device-token-rotation-denied');
    expect(withFailure.findings.map((f) => f.rule)).toContain('device-token-rotation-denied');
  });
});
