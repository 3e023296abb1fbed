/**
 * The real-thread corpus as data: loading, the labels' allowed stages, and the one judgement that
 * `npm run eval` and the vitest suite share, so the figure in the README and the CI gate cannot
 * drift apart. Mirrors the scorer the project is judged by (shared/corpus/score.mjs): a case is
 * right when the stage is allowed, every must_mention substring is in the reply and no
 * must_not_mention substring is; a must_not_mention hit is harmful.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Diagnosis } from '../../src/diagnose.ts';
import type { Stage } from '../../src/triage/stage.ts';

export const LABEL_STAGES = {
  'pre-fix-version': ['version-check'],
  // version-check too: on 2026.4.2–4.24 the next step is approve-now-and-upgrade; must_mention holds the commands.
  'stale-baseline-scope-upgrade': ['baseline-inspection', 'fresh-approve', 'version-check'],
  'pending-request-approve': ['fresh-approve'],
  'superseded-request-id': ['fresh-approve', 'remove-repair'],
  'needs-remove-repair': ['remove-repair'],
  resolved: ['resolved'],
  'other-1008-cause': ['other-cause'],
  unrelated: ['other-cause', 'no-match'],
  'insufficient-evidence': ['need-evidence'],
} as const satisfies Record<string, readonly Stage[]>;

export type Label = keyof typeof LABEL_STAGES;
const labels = Object.keys(LABEL_STAGES) as [Label, ...Label[]];

const CorpusCase = z.object({
  id: z.string(),
  source: z.string(),
  title: z.string().optional(),
  version: z.string().nullable().optional(),
  language: z.string().optional(),
  tags: z.array(z.string()).optional(),
  messages: z.array(z.string()).min(1),
  resolution: z.string().nullable().optional(),
  expected: z.object({
    problem: z.enum(labels),
    stages: z.array(z.string()).optional(),
    must_mention: z.array(z.string()),
    must_not_mention: z.array(z.string()),
    notes: z.string().optional(),
  }),
});
export type CorpusCase = z.infer<typeof CorpusCase> & { kind: CorpusKind; file: string };

export const CORPUS_DIR = import.meta.dirname;
export const KINDS = ['real', 'lab', 'seeds'] as const;
export type CorpusKind = (typeof KINDS)[number];

export function loadCase(file: string, kind: CorpusKind): CorpusCase {
  const parsed = CorpusCase.parse(JSON.parse(readFileSync(file, 'utf8')));
  return { ...parsed, kind, file };
}

export function loadDir(dir: string, kind: CorpusKind): CorpusCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => loadCase(join(dir, f), kind));
}

export function loadCorpus(kinds: readonly CorpusKind[] = KINDS): CorpusCase[] {
  return kinds.flatMap((kind) => loadDir(join(CORPUS_DIR, kind), kind));
}

/** Case id → why the engine still gets it wrong. */
export function loadKnownFailures(): Map<string, string> {
  const raw = JSON.parse(readFileSync(join(CORPUS_DIR, 'known-failures.json'), 'utf8')) as Record<string, string>;
  return new Map(Object.entries(raw));
}

export interface Verdict {
  ok: boolean;
  harmful: boolean;
  stageOk: boolean;
  allowed: readonly string[];
  missing: string[];
  wrong: string[];
}

export function allowedStages(c: CorpusCase): readonly string[] {
  return c.expected.stages ?? LABEL_STAGES[c.expected.problem];
}

export function judge(c: CorpusCase, d: Pick<Diagnosis, 'stage' | 'reply'>): Verdict {
  const allowed = allowedStages(c);
  const stageOk = allowed.includes(d.stage);
  const missing = c.expected.must_mention.filter((s) => !d.reply.includes(s));
  const wrong = c.expected.must_not_mention.filter((s) => d.reply.includes(s));
  return { ok: stageOk && !missing.length && !wrong.length, harmful: wrong.length > 0, stageOk, allowed, missing, wrong };
}

export function why(v: Verdict, stage: string): string {
  const parts: string[] = [];
  if (!v.stageOk) parts.push(`stage ${stage}, wanted ${v.allowed.join('|')}`);
  if (v.missing.length) parts.push(`missing ${JSON.stringify(v.missing)}`);
  if (v.wrong.length) parts.push(`HARMFUL ${JSON.stringify(v.wrong)}`);
  return parts.join('; ');
}
