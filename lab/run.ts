/**
 * `npm run lab -- [--scenario NAME]... [--engine REV] [--keep] [--fixtures] VERSION...`
 *
 * Opt-in, never part of `npm test` or CI. Installs each OpenClaw build into a cache outside the
 * repository ($CLAW_TRIAGE_LAB_CACHE, else ~/.cache/claw-triage-lab), runs every scenario against a
 * real gateway on loopback, and writes one transcript per scenario. `--fixtures` also copies the
 * transcripts into test/lab/<version>/ for the golden replay test. `--engine REV` runs a committed
 * revision of the engine (exported into the cache) instead of the working tree, so a lab run is not
 * disturbed by edits in progress. Its last line is
 * `lab: F of N scenarios fixed in ≤ 2 replies (VERSIONS)`.
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { diagnose as Diagnose } from '../src/diagnose.ts';
import { type Build, ensureBuild } from './install.ts';
import { liveWorlds, playScenario } from './play.ts';
import { runShell } from './proc.ts';
import { scenarios } from './scenarios.ts';
import type { Transcript } from './transcript.ts';
import { stageRuntimeDeps } from './world.ts';

const USAGE = 'usage: npm run lab -- [--scenario NAME]... [--engine REV] [--keep] [--fixtures] VERSION...';
const ROOT = resolve(import.meta.dirname, '..');

function parseArgs(argv: string[]) {
  const out = {
    scenarios: [] as string[],
    versions: [] as string[],
    keep: false,
    fixtures: false,
    engine: undefined as string | undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--scenario' || a === '-s') out.scenarios.push(...(argv[++i] ?? '').split(',').filter(Boolean));
    else if (a.startsWith('--scenario=')) out.scenarios.push(...a.slice(11).split(',').filter(Boolean));
    else if (a === '--engine') out.engine = argv[++i];
    else if (a.startsWith('--engine=')) out.engine = a.slice(9);
    else if (a === '--keep') out.keep = true;
    else if (a === '--fixtures') out.fixtures = true;
    else if (a === '--help' || a === '-h') return 'help' as const;
    else if (/^\d{4}\.\d+\.\d+(-[\w.]+)?$/.test(a)) out.versions.push(a);
    else throw new Error(`not a version or option: ${a}`);
  }
  return out;
}

const replies = (n: number) => `${n} repl${n === 1 ? 'y' : 'ies'}`;

function summary(t: Transcript): string {
  switch (t.status) {
    case 'fixed':
      return `fixed in ${replies(t.replies!)} (${t.turns.map((x) => x.stage).join(' → ')})`;
    case 'not-fixed':
      return `NOT fixed${t.note ? `: ${t.note}` : ''} (${t.turns.map((x) => x.stage).join(' → ')})`;
    default:
      return `${t.status}${t.note ? `: ${t.note}` : ''}`;
  }
}

/** The engine the lab talks to: the working tree's `diagnose()`, or a committed revision's. */
async function loadEngine(cache: string, rev: string | undefined): Promise<{ diagnose: typeof Diagnose; label: string }> {
  const git = (cmd: string) => runShell(cmd, { cwd: ROOT, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: homedir() } });
  if (!rev) {
    const head = (await git('git rev-parse --short HEAD')).output.trim();
    const dirty = (await git('git status --porcelain -- src')).output.trim() !== '';
    const mod = (await import(pathToFileURL(join(ROOT, 'src', 'diagnose.ts')).href)) as { diagnose: typeof Diagnose };
    return { diagnose: mod.diagnose, label: `working tree at ${head}${dirty ? ' with uncommitted engine changes' : ''}` };
  }
  const sha = (await git(`git rev-parse --verify ${JSON.stringify(`${rev}^{commit}`)}`)).output.trim();
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`--engine: not a commit: ${rev}`);
  const dir = join(cache, 'engine', sha);
  if (!existsSync(join(dir, 'src', 'diagnose.ts'))) {
    mkdirSync(dir, { recursive: true });
    // Revisions before the rules moved under src/ kept them at the top: take whichever the commit has.
    const top = (await git(`git ls-tree --name-only ${sha}`)).output.split('\n');
    const paths = ['src', ...(top.includes('rules') ? ['rules'] : []), 'package.json'].join(' ');
    const r = await git(`git archive ${sha} ${paths} | tar -x -C ${JSON.stringify(dir)}`);
    if (r.exit !== 0) throw new Error(`--engine: git archive failed: ${r.output}`);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  }
  const mod = (await import(pathToFileURL(join(dir, 'src', 'diagnose.ts')).href)) as { diagnose: typeof Diagnose };
  return { diagnose: mod.diagnose, label: sha.slice(0, 7) };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`lab: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help' || args.versions.length === 0) {
    process.stdout.write(`${USAGE}\nscenarios: ${scenarios.map((s) => s.name).join(', ')}\n`);
    return args === 'help' ? 0 : 2;
  }
  const unknown = args.scenarios.filter((n) => !scenarios.some((s) => s.name === n));
  if (unknown.length) {
    process.stderr.write(`lab: unknown scenario ${unknown.join(', ')}\nscenarios: ${scenarios.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  const chosen = args.scenarios.length ? scenarios.filter((s) => args.scenarios.includes(s.name)) : scenarios;
  const cache = process.env.CLAW_TRIAGE_LAB_CACHE ?? join(homedir(), '.cache', 'claw-triage-lab');
  if (resolve(cache).startsWith(`${ROOT}/`)) {
    process.stderr.write('lab: the cache must be outside the repository\n');
    return 2;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const runDir = join(cache, 'runs', stamp);
  mkdirSync(runDir, { recursive: true });
  const log = (line: string) => process.stdout.write(`${line}\n`);
  let engine: Awaited<ReturnType<typeof loadEngine>>;
  try {
    engine = await loadEngine(cache, args.engine);
  } catch (e) {
    process.stderr.write(`lab: ${(e as Error).message.split('\n')[0]}\n`);
    return 2;
  }
  log(`lab: cache ${cache}; transcripts in ${runDir}; engine ${engine.label}`);

  const all: Transcript[] = [];
  for (const version of args.versions) {
    let build: Build;
    try {
      build = await ensureBuild(cache, version, (l) => log(`lab: ${l}`));
      build = await stageRuntimeDeps(build, cache, log);
    } catch (e) {
      log(`lab: ${version}: install failed: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    log(
      `lab: ${version}: node ${build.nodeVersion}${build.installSeconds !== undefined ? `, installed in ${build.installSeconds} s` : ''}`,
    );
    for (const scenario of chosen) {
      log(`lab: ${version} ${scenario.name} …`);
      const t = await playScenario(build, scenario, { diagnose: engine.diagnose, engine: engine.label, runDir, keep: args.keep, log });
      all.push(t);
      const json = `${JSON.stringify(t, null, 2)}\n`;
      mkdirSync(join(runDir, version, scenario.name), { recursive: true });
      writeFileSync(join(runDir, version, scenario.name, 'transcript.json'), json);
      if (args.fixtures) {
        const dir = join(ROOT, 'test', 'lab', version);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${scenario.name}.json`), json);
      }
      log(`lab: ${version} ${scenario.name}: ${summary(t)} [${t.seconds} s]`);
    }
  }
  writeFileSync(
    join(runDir, 'summary.json'),
    `${JSON.stringify(
      all.map(({ version, scenario, status, replies: r, note, approveAdvice }) => ({
        version,
        scenario,
        status,
        replies: r,
        note,
        approveAdvice,
      })),
      null,
      2,
    )}\n`,
  );
  const reproduced = all.filter((t) => t.status === 'fixed' || t.status === 'not-fixed');
  const fixed = reproduced.filter((t) => t.status === 'fixed' && t.replies! <= 2);
  const other = all.filter((t) => !reproduced.includes(t));
  if (other.length) log(`lab: not counted: ${other.map((t) => `${t.version} ${t.scenario} (${t.status})`).join(', ')}`);
  log(`lab: ${fixed.length} of ${reproduced.length} scenarios fixed in ≤ 2 replies (${args.versions.join(', ')})`);
  return fixed.length === reproduced.length && !all.some((t) => t.status === 'lab-error') ? 0 : 1;
}

async function stopAll(): Promise<void> {
  for (const w of liveWorlds) await w.stop();
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    process.stderr.write(`lab: ${sig}: stopping the lab's processes by PID\n`);
    void stopAll().then(() => process.exit(130));
  });
}

process.exitCode = await main();
