#!/usr/bin/env node
/**
 * `npm run eval [-- --verbose] [--show CASE.json...] [--dir DIR] [--messages-only]`: the engine, in
 * process, over the real-thread corpus, or (`--dir`) over a held-out batch kept outside it, to measure
 * first-sight accuracy on threads no rule was written against before they join the corpus. Each thread
 * is read as the bot reads a forum post: its messages and its title; `--messages-only` reads the
 * messages alone, as the CLI contract (and the shared score.mjs) does. Prints accuracy per label and per kind, a confusion table (label → stage), the harmful
 * count, reply length percentiles and the one-message share, then every failing case with why.
 * The last line is `eval: C of N correct, H harmful (P%)` over every case (real, lab and seeds).
 */
import { parseArgs } from 'node:util';
import { type Diagnosis, diagnose } from '../../src/diagnose.ts';
import { stages as STAGES } from '../../src/triage/stage.ts';
import { headInFirstMessage } from '../reply/first-message.ts';
import {
  type CorpusCase,
  judge,
  KINDS,
  LABEL_STAGES,
  loadCase,
  loadCorpus,
  loadDir,
  loadKnownFailures,
  type Verdict,
  why,
} from './cases.ts';

const { values, positionals } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v' },
    show: { type: 'boolean' },
    dir: { type: 'string' },
    'messages-only': { type: 'boolean' },
  },
  allowPositionals: true,
});

const run = (c: CorpusCase): Diagnosis =>
  diagnose(
    c.messages.map((text) => ({ text })),
    values['messages-only'] ? {} : { title: c.title },
  );

if (values.show) {
  // One or more case files: the reply as the asker would read it, and the verdict.
  for (const file of positionals) {
    const c = loadCase(file, 'real');
    const d = run(c);
    const v = judge(c, d);
    console.log(
      `── ${c.id}: ${v.ok ? 'correct' : `WRONG (${why(v, d.stage)})`}  stage=${d.stage}  rules=${d.findings.map((f) => f.rule).join(',')}`,
    );
    console.log(d.messages.join('\n──── (next Discord message) ────\n'));
    console.log();
  }
  process.exit(0);
}

const cases = values.dir ? loadDir(values.dir, 'real') : loadCorpus();
const known = loadKnownFailures();
const results = cases.map((c) => {
  const d = run(c);
  return { c, d, v: judge(c, d) };
});

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '-');
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const rpad = (s: string | number, n: number) => String(s).padStart(n);

function tally(rows: typeof results, key: (r: (typeof results)[number]) => string): void {
  const groups = new Map<string, typeof results>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  for (const [k, rs] of [...groups].sort()) {
    const ok = rs.filter((r) => r.v.ok).length;
    console.log(`  ${pad(k, 30)} ${rpad(ok, 4)} of ${rpad(rs.length, 3)}  ${rpad(pct(ok, rs.length), 4)}`);
  }
}

console.log('accuracy by label');
tally(results, (r) => r.c.expected.problem);
console.log('accuracy by kind');
tally(results, (r) => r.c.kind);
console.log('accuracy by language (real)');
tally(
  results.filter((r) => r.c.kind === 'real'),
  (r) => r.c.language ?? 'en',
);

console.log('\nconfusion: label (rows) → stage the engine chose (columns)');
const short = (s: string) =>
  s
    .replace('baseline-inspection', 'baseline')
    .replace('fresh-approve', 'approve')
    .replace('remove-repair', 'remove')
    .replace('version-check', 'version')
    .replace('need-evidence', 'need-ev');
console.log(`  ${pad('', 30)}${STAGES.map((s) => rpad(short(s), 9)).join('')}`);
for (const label of Object.keys(LABEL_STAGES)) {
  const rs = results.filter((r) => r.c.expected.problem === label);
  if (!rs.length) continue;
  console.log(`  ${pad(label, 30)}${STAGES.map((s) => rpad(rs.filter((r) => r.d.stage === s).length || '.', 9)).join('')}`);
}

const real = results.filter((r) => r.c.kind === 'real');
const lengths = real.map((r) => r.d.reply.length).sort((a, b) => a - b);
const q = (p: number) => lengths[Math.min(lengths.length - 1, Math.floor((p / 100) * lengths.length))] ?? 0;
const oneMessage = real.filter((r) => r.d.messages.length === 1).length;
const headFirst = real.filter((r) => headInFirstMessage(r.d)).length;
console.log(
  `\nreply length over ${real.length} real threads (characters): p50 ${q(50)}, p90 ${q(90)}, max ${q(100)}; ` +
    `one Discord message: ${oneMessage} (${pct(oneMessage, real.length)}); lead and steps in the first message: ${headFirst} (${pct(headFirst, real.length)})`,
);
for (const lang of [...new Set(real.map((r) => r.d.language ?? 'en'))].sort()) {
  const rs = real.filter((r) => (r.d.language ?? 'en') === lang);
  const ls = rs.map((r) => r.d.reply.length).sort((a, b) => a - b);
  console.log(`  ${pad(lang, 8)} n=${rpad(rs.length, 3)}  p50 ${ls[Math.floor(ls.length / 2)] ?? 0}`);
}

const harmful = results.filter((r) => r.v.harmful);
const failing = results.filter((r) => !r.v.ok);
if (failing.length) {
  console.log(`\nfailing (${failing.length}):`);
  for (const { c, d, v } of failing) {
    const reason = known.get(c.id);
    console.log(`  ${c.id}: ${why(v as Verdict, d.stage)}${reason ? `  [known: ${reason}]` : '  [NEW]'}`);
    if (values.verbose)
      console.log(
        d.reply
          .split('\n')
          .map((l) => `      | ${l}`)
          .join('\n'),
      );
  }
}
const fixedKnown = [...known.keys()].filter((id) => results.some((r) => r.c.id === id && r.v.ok));
if (fixedKnown.length) console.log(`\nknown failures now correct (remove them from known-failures.json): ${fixedKnown.join(', ')}`);

const correct = results.length - failing.length;
const realOk = real.filter((r) => r.v.ok).length;
console.log(
  `\nreal threads: ${realOk} of ${real.length} correct (${pct(realOk, real.length)}); ${KINDS.map((k) => `${k} ${results.filter((r) => r.c.kind === k).length}`).join(', ')}`,
);
console.log(`eval: ${correct} of ${results.length} correct, ${harmful.length} harmful (${pct(correct, results.length)})`);
