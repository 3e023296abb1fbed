/**
 * The registry is the rule files: a rule that is written but not registered would never run, and a
 * rule whose id or stage disagrees with its file's place could not be found by its name. Precedence
 * is each rule's own `priority`, so no two rules of a stage may share one.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackRule, rules } from '../../src/rules/index.ts';
import type { AnyRule } from '../../src/triage/rule.ts';
import { stages } from '../../src/triage/stage.ts';

const RULES_DIR = join(import.meta.dirname, '..', '..', 'src', 'rules');

/** Each rule file, rules/<stage>/<id>.ts, with its default export. A folder's index.ts registers and
 * its subfolders hold helpers; neither is a rule. */
const files = await Promise.all(
  stages.flatMap((stage) =>
    readdirSync(join(RULES_DIR, stage), { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && e.name !== 'index.ts')
      .map(async (e) => {
        const mod = (await import(join(RULES_DIR, stage, e.name))) as { default?: AnyRule };
        return { stage, name: e.name.replace(/\.ts$/, ''), rule: mod.default };
      }),
  ),
);

describe('the rule registry', () => {
  it('every stage has its folder of rules', () => {
    expect(stages.filter((s) => !files.some((f) => f.stage === s))).toEqual([]);
  });

  it('every rule file is registered, with its id equal to its file name and its stage to its folder', () => {
    const wrong = files.flatMap(({ stage, name, rule }) => {
      if (!rule) return [`src/rules/${stage}/${name}.ts exports no rule`];
      const problems: string[] = [];
      if (!rules.includes(rule)) problems.push(`src/rules/${stage}/${name}.ts is not registered in src/rules/index.ts`);
      if (rule.id !== name) problems.push(`src/rules/${stage}/${name}.ts has id ${rule.id}`);
      if (rule.stage !== stage) problems.push(`src/rules/${stage}/${name}.ts has stage ${rule.stage}`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('every registered rule is a rule file, registered once', () => {
    const fromFiles = new Set(files.map((f) => f.rule));
    expect(rules.filter((r) => !fromFiles.has(r)).map((r) => r.id)).toEqual([]);
    expect(new Set(rules).size).toBe(rules.length);
    expect(rules).toContain(fallbackRule);
    expect(fallbackRule.stage).toBe('no-match');
  });

  it('every rule a rule quiets is a registered rule', () => {
    const registered = [...rules, fallbackRule];
    const ids = new Set(registered.map((r) => r.id));
    for (const r of registered) for (const q of r.quiets ?? []) expect(ids, `${r.id} quiets ${q}`).toContain(q);
  });

  it('priorities are integers in their bands (0–999), and no two rules of a stage share one', () => {
    const outOfBand = rules.filter((r) => !Number.isInteger(r.priority) || r.priority < 0 || r.priority > 999);
    expect(outOfBand.map((r) => `${r.id}: ${r.priority}`)).toEqual([]);
    const shared: string[] = [];
    for (const stage of stages) {
      const seen = new Map<number, string>();
      for (const r of rules.filter((x) => x.stage === stage)) {
        const other = seen.get(r.priority);
        if (other) shared.push(`${stage}: ${other} and ${r.id} both ${r.priority}`);
        seen.set(r.priority, r.id);
      }
    }
    expect(shared).toEqual([]);
  });
});
