/**
 * Installs `openclaw@VERSION` into the lab cache (outside the repository), with the overrides the
 * real releases need here, and picks a Node from the `node` package that satisfies the build's
 * `engines.node`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runShell } from './proc.ts';

export interface Build {
  version: string;
  dir: string;
  /** The installed `openclaw` entry (`openclaw.mjs`). */
  entry: string;
  /** The Node binary the build runs on. */
  node: string;
  nodeVersion: string;
  installSeconds?: number;
  /** Where builds that install plugin runtime dependencies at start-up (2026.4.25) keep them once staged. */
  stageDir?: string;
}

export type InstallLog = (line: string) => void;

/** A build's `engines.node` like `>=22.14.0` or `>=24.16.0 <25 || >=26.1.0`. */
export function satisfies(version: string, range: string | undefined): boolean {
  if (!range) return true;
  const v = parse(version);
  return range.split('||').some((alt) =>
    alt
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .every((cmp) => {
        const m = /^(>=|<=|>|<|=|\^|~)?v?(\d+(?:\.\d+){0,2})$/.exec(cmp);
        if (!m) return false;
        const want = parse(m[2]!);
        const c = compare(v, want);
        switch (m[1]) {
          case '>=':
            return c >= 0;
          case '>':
            return c > 0;
          case '<=':
            return c <= 0;
          case '<':
            return c < 0;
          case '^':
            return c >= 0 && v[0] === want[0];
          default:
            return c === 0;
        }
      }),
  );
}

function parse(v: string): [number, number, number] {
  const [a = 0, b = 0, c = 0] = v.replace(/^v/, '').split(/[.-]/).map(Number);
  return [a, b, c];
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if (a[i]! !== b[i]!) return a[i]! - b[i]!;
  return 0;
}

/** OpenClaw versions compare as (year, month, patch); enough for the lab's decisions. */
export function versionAtLeast(version: string, min: string): boolean {
  return compare(parse(version), parse(min)) >= 0;
}

function npmEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  // npm alone gets the machine's registry settings, CA bundle and proxy; the gateways never do.
  const pass =
    /^(PATH|HOME|LANG|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|https?_proxy|HTTPS?_PROXY|no_proxy|NO_PROXY|npm_config_(registry|userconfig|cache))$/;
  for (const k of Object.keys(process.env).filter((n) => pass.test(n))) {
    const v = process.env[k];
    if (v !== undefined) env[k] = v;
  }
  env.NO_UPDATE_NOTIFIER = '1';
  return env;
}

async function npmViewJson(spec: string, field: string, cwd: string): Promise<unknown> {
  const r = await runShell(`npm view ${spec} ${field} --json`, { cwd, env: npmEnv(), timeoutMs: 120_000 });
  if (r.exit !== 0) throw new Error(`npm view ${spec} ${field} failed:\n${r.output.trim()}`);
  return r.output.trim() ? JSON.parse(r.output) : undefined;
}

function stubLibsignal(cache: string): string {
  const dir = join(cache, 'stubs', 'libsignal');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'libsignal', version: '0.0.0-lab-stub', main: 'index.js' })}\n`);
  writeFileSync(
    join(dir, 'index.js'),
    "throw new Error('libsignal is a claw-triage lab stub: the WhatsApp channel is not available in the lab');\n",
  );
  return dir;
}

/** The package.json that installs one build: libsignal stubbed (its git URL cannot be fetched), linkedom held at 0.18.14. */
function buildManifest(version: string, stubDir: string, linkedomSpec: string | undefined): string {
  const overrides: Record<string, string> = { libsignal: `file:${stubDir}` };
  // linkedom@0.18.15 depends on a package the registry lacks; only a range can pick it.
  if (linkedomSpec && /^[~^]|[<>*x]/.test(linkedomSpec)) overrides.linkedom = '0.18.14';
  return `${JSON.stringify({ name: 'claw-triage-lab-build', private: true, dependencies: { openclaw: version }, overrides }, null, 2)}\n`;
}

async function ensureNode(cache: string, range: string | undefined, log: InstallLog): Promise<{ node: string; version: string }> {
  if (satisfies(process.versions.node, range)) return { node: process.execPath, version: process.versions.node };
  // Try the newest major the range allows, from the `node` package.
  for (const major of [24, 22, 26]) {
    if (!satisfies(`${major}.99.99`, range) && !satisfies(`${major}.0.0`, range)) continue;
    const dir = join(cache, 'node', String(major));
    const bin = join(dir, 'node_modules', 'node', 'bin', 'node');
    if (!existsSync(bin)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'claw-triage-lab-node', private: true })}\n`);
      log(`installing node@${major} for engines ${range}`);
      const r = await runShell(`npm install --no-audit --no-fund node@${major}`, { cwd: dir, env: npmEnv(), timeoutMs: 600_000 });
      if (r.exit !== 0) throw new Error(`npm install node@${major} failed:\n${r.output.slice(-2000)}`);
    }
    const v = await runShell(`"${bin}" --version`, { cwd: dir, env: npmEnv() });
    const version = v.output.trim().replace(/^v/, '');
    if (satisfies(version, range)) return { node: bin, version };
  }
  throw new Error(`no Node satisfies ${range}`);
}

export async function ensureBuild(cache: string, version: string, log: InstallLog): Promise<Build> {
  const dir = join(cache, 'builds', version);
  mkdirSync(dir, { recursive: true });
  const stub = stubLibsignal(cache);
  const meta = (await npmViewJson(`openclaw@${version}`, 'engines dependencies', dir)) as
    | { engines?: { node?: string }; dependencies?: Record<string, string> }
    | undefined;
  if (!meta) throw new Error(`openclaw@${version} is not on the package registry`);
  const manifest = buildManifest(version, stub, meta.dependencies?.linkedom);
  const marker = join(dir, '.lab-installed');
  const entry = join(dir, 'node_modules', 'openclaw', 'openclaw.mjs');
  let installSeconds: number | undefined;
  const fresh = existsSync(marker) && readFileSync(marker, 'utf8') === manifest && existsSync(entry);
  if (!fresh) {
    writeFileSync(join(dir, 'package.json'), manifest);
    log(`installing openclaw@${version} into ${dir} (30 s to 5 min)`);
    const started = Date.now();
    const r = await runShell('npm install --no-audit --no-fund --loglevel=error', { cwd: dir, env: npmEnv(), timeoutMs: 1_200_000 });
    writeFileSync(join(dir, 'install.log'), r.output);
    if (r.exit !== 0 || !existsSync(entry))
      throw new Error(`npm install openclaw@${version} failed (exit ${r.exit}); see ${join(dir, 'install.log')}`);
    installSeconds = Math.round((Date.now() - started) / 1000);
    writeFileSync(marker, manifest);
  }
  const installed = JSON.parse(readFileSync(join(dir, 'node_modules', 'openclaw', 'package.json'), 'utf8')) as { version: string };
  if (installed.version !== version) throw new Error(`installed openclaw is ${installed.version}, wanted ${version}`);
  const node = await ensureNode(cache, meta.engines?.node, log);
  return { version, dir, entry, node: node.node, nodeVersion: node.version, ...(installSeconds !== undefined ? { installSeconds } : {}) };
}
