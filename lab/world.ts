/**
 * One scenario's world: a gateway host (its own HOME, state in ~/.openclaw, a gateway on loopback)
 * and, when a scenario needs a second machine, a "laptop" with its own HOME that reaches the gateway
 * through a lab proxy on loopback which adds `X-Forwarded-For`, so the gateway treats it as remote
 * (as it would a real second machine) without anything listening beyond 127.0.0.1.
 */
import { randomBytes } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Build } from './install.ts';
import { alive, type CommandResult, isLoopback, listenersOf, processTree, runShell, startDetached, stopTree } from './proc.ts';

export type ActorName = 'host' | 'laptop' | 'phone';

export interface Actor {
  name: ActorName;
  home: string;
  env: Record<string, string>;
}

/** Stable names for the temporary homes, so transcripts do not depend on where the lab ran. */
export const SHOWN_HOME: Record<ActorName, string> = { host: '/home/lab', laptop: '/home/lab-laptop', phone: '/home/lab-phone' };

export interface PairedDevice {
  deviceId: string;
  clientId?: string;
  clientMode?: string;
  scopes?: string[];
  approvedScopes?: string[];
  tokens?: Record<string, { token?: string; scopes?: string[]; revokedAtMs?: number }>;
}

export interface PendingRequest {
  requestId: string;
  deviceId: string;
  scopes?: string[];
  isRepair?: boolean;
  ts?: number;
}

export class World {
  readonly root: string;
  readonly token = randomBytes(24).toString('hex');
  readonly port: number;
  readonly proxyPort: number;
  readonly actors = new Map<ActorName, Actor>();
  readonly secrets = new Set<string>();
  /** The gateway's shared tokens (the first, and any the scenario rotates to). */
  readonly gatewayTokens = new Set<string>();
  gatewayPid: number | undefined;
  private logPath: string;
  private proxy: net.Server | undefined;
  private proxySockets = new Set<net.Socket>();
  private background: number[] = [];
  readonly notes: string[] = [];

  readonly build: Build;
  readonly extraConfig: Record<string, unknown>;

  constructor(build: Build, root: string, port: number, extraConfig: Record<string, unknown> = {}) {
    this.build = build;
    this.extraConfig = extraConfig;
    this.root = root;
    this.port = port;
    this.proxyPort = port + 7;
    this.logPath = join(root, 'gateway.log');
    this.secrets.add(this.token);
    this.gatewayTokens.add(this.token);
    const bin = join(root, 'bin');
    mkdirSync(bin, { recursive: true });
    // Only what a user's shell needs: node and openclaw first; npm/npx are shadowed so nothing the
    // gateway starts can fetch packages.
    const openclaw = join(bin, 'openclaw');
    writeFileSync(openclaw, `#!/bin/sh\nexec "${build.node}" "${build.entry}" "$@"\n`);
    chmodSync(openclaw, 0o755);
    symlinkSync(build.node, join(bin, 'node'));
    for (const blocked of ['npm', 'npx', 'pnpm', 'yarn']) {
      writeFileSync(join(bin, blocked), `#!/bin/sh\necho "${blocked} is disabled inside the claw-triage lab" >&2\nexit 127\n`);
      chmodSync(join(bin, blocked), 0o755);
    }
    // OpenClaw finds npm through `npm_execpath` before PATH when it installs plugin dependencies.
    writeFileSync(join(bin, 'npm-cli.js'), "console.error('npm is disabled inside the claw-triage lab');\nprocess.exit(1);\n");
    this.addActor('host');
    this.writeConfig('host', this.hostConfig());
  }

  private baseEnv(home: string): Record<string, string> {
    const tmp = join(home, '.tmp');
    mkdirSync(tmp, { recursive: true });
    return {
      HOME: home,
      PATH: `${join(this.root, 'bin')}:/usr/local/bin:/usr/bin:/bin`,
      TMPDIR: tmp,
      LANG: 'C.UTF-8',
      TERM: 'dumb',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      OPENCLAW_DISABLE_BONJOUR: '1',
      NO_UPDATE_NOTIFIER: '1',
      COLUMNS: '160',
      npm_execpath: join(this.root, 'bin', 'npm-cli.js'),
      ...(this.build.stageDir ? { OPENCLAW_PLUGIN_STAGE_DIR: this.build.stageDir } : {}),
    };
  }

  addActor(name: ActorName): Actor {
    const home = join(this.root, name);
    mkdirSync(join(home, '.openclaw'), { recursive: true });
    const env = this.baseEnv(home);
    // A second machine on a private network: 2026.8+ clients refuse plain ws:// to a non-loopback
    // name without this break-glass (docs/openclaw-facts.md §11); older builds ignore it.
    if (name !== 'host') env.OPENCLAW_ALLOW_INSECURE_PRIVATE_WS = '1';
    const actor = { name, home, env };
    this.actors.set(name, actor);
    return actor;
  }

  actor(name: ActorName): Actor {
    const a = this.actors.get(name);
    if (!a) throw new Error(`no actor ${name}`);
    return a;
  }

  hostConfig(): Record<string, unknown> {
    return deepMerge(
      {
        gateway: {
          mode: 'local',
          port: this.port,
          bind: 'loopback',
          auth: { mode: 'token', token: this.token },
          tailscale: { mode: 'off' },
          tools: { allow: ['sessions_spawn'] },
        },
        discovery: { mdns: { mode: 'off' } },
        update: { checkOnStart: false },
        plugins: { entries: { acpx: { enabled: false } } },
      },
      this.extraConfig,
    );
  }

  /** A second machine's config: remote mode through the lab proxy with the given token. */
  remoteConfig(token: string): Record<string, unknown> {
    return {
      gateway: { mode: 'remote', remote: { url: `ws://${this.proxyHost}:${this.proxyPort}`, token } },
      discovery: { mdns: { mode: 'off' } },
      update: { checkOnStart: false },
    };
  }

  configPath(name: ActorName): string {
    return join(this.actor(name).home, '.openclaw', 'openclaw.json');
  }

  readConfig(name: ActorName): Record<string, unknown> {
    return JSON.parse(readFileSync(this.configPath(name), 'utf8')) as Record<string, unknown>;
  }

  writeConfig(name: ActorName, config: Record<string, unknown>): void {
    writeFileSync(this.configPath(name), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  }

  stateDir(name: ActorName = 'host'): string {
    return join(this.actor(name).home, '.openclaw');
  }

  async run(name: ActorName, command: string, timeoutMs = 90_000): Promise<CommandResult> {
    const a = this.actor(name);
    const r = await runShell(command, { cwd: a.home, env: a.env, timeoutMs });
    this.collectSecrets();
    return r;
  }

  /** Starts a background shell loop (a retrying client) and remembers its PID. */
  startBackground(name: ActorName, script: string, extraEnv: Record<string, string> = {}): number {
    const a = this.actor(name);
    const fd = openSync(join(this.root, `background-${this.background.length}.log`), 'a');
    const child = startDetached('/bin/bash', ['-c', script], { cwd: a.home, env: { ...a.env, ...extraEnv }, logFd: fd });
    closeSync(fd);
    this.background.push(child.pid!);
    return child.pid!;
  }

  async stopBackground(pid?: number): Promise<number[]> {
    const stopped: number[] = [];
    for (const p of [...this.background]) {
      if (pid !== undefined && p !== pid) continue;
      await stopTree(p, 3000);
      stopped.push(p);
      this.background = this.background.filter((x) => x !== p);
    }
    return stopped;
  }

  get backgroundRunning(): boolean {
    return this.background.some(alive);
  }

  // ── the gateway ──────────────────────────────────────────────────────────────────────────────

  /** Log lines written since `offset` (the gateway's own console output, not the shared file log). */
  logSince(offset: number): string {
    if (!existsSync(this.logPath)) return '';
    return readFileSync(this.logPath).subarray(offset).toString('utf8');
  }

  get logOffset(): number {
    return existsSync(this.logPath) ? readFileSync(this.logPath).length : 0;
  }

  async startGateway(timeoutMs = 120_000): Promise<void> {
    const host = this.actor('host');
    const offset = this.logOffset;
    const fd = openSync(this.logPath, 'a');
    const child = startDetached(join(this.root, 'bin', 'openclaw'), ['gateway', 'run'], { cwd: host.home, env: host.env, logFd: fd });
    closeSync(fd);
    this.gatewayPid = child.pid!;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      await sleep(500);
      if (!alive(this.gatewayPid)) throw new Error(`gateway exited during start:\n${this.logSince(offset).slice(-3000)}`);
      const log = this.logSince(offset);
      if (/\[gateway\] (ready|http server listening|listening)/.test(log) && (await portOpen(this.port))) break;
    }
    if (!(await portOpen(this.port)))
      throw new Error(`gateway not listening on 127.0.0.1:${this.port} after ${Math.round(timeoutMs / 1000)} s`);
    this.checkListeners();
  }

  async stopGateway(): Promise<void> {
    if (this.gatewayPid !== undefined) await stopTree(this.gatewayPid, 15_000);
    this.gatewayPid = undefined;
  }

  get gatewayAlive(): boolean {
    return this.gatewayPid !== undefined && alive(this.gatewayPid);
  }

  /** Refuses to go on if any process of the gateway listens beyond loopback. */
  checkListeners(): { address: string; port: number }[] {
    if (this.gatewayPid === undefined) return [];
    const pids = processTree(this.gatewayPid);
    for (const p of this.background) pids.push(...processTree(p));
    const listeners = listenersOf(pids);
    const bad = listeners.filter((l) => !isLoopback(l.address));
    if (bad.length) {
      throw new Error(
        `SAFETY: a lab process listens beyond loopback: ${bad.map((l) => `${l.address}:${l.port} (pid ${l.pid})`).join(', ')}`,
      );
    }
    return listeners.map(({ address, port }) => ({ address, port }));
  }

  // ── the second machine's path in ─────────────────────────────────────────────────────────────

  /** The name a second machine uses for the gateway: this machine's host name when it resolves to
   * loopback (so clients treat the URL as another machine's, as they would a LAN name), else 127.0.0.1. */
  proxyHost = '127.0.0.1';
  private proxyAddress = '127.0.0.1';

  async resolveProxyHost(): Promise<void> {
    const name = hostname();
    try {
      const { address } = await lookup(name);
      if (isLoopback(address) && name !== 'localhost') {
        this.proxyHost = name;
        this.proxyAddress = address;
        return;
      }
    } catch {
      /* no such name */
    }
    this.notes.push(`host name ${name} does not resolve to loopback: remote clients use ws://127.0.0.1, which 2026.8+ CLIs treat as local`);
  }

  async startProxy(forwardedFor = '192.0.2.10'): Promise<void> {
    await this.resolveProxyHost();
    const server = net.createServer((client) => {
      const upstream = net.connect(this.port, '127.0.0.1');
      this.proxySockets.add(client).add(upstream);
      client.on('close', () => this.proxySockets.delete(client));
      upstream.on('close', () => this.proxySockets.delete(upstream));
      let head = Buffer.alloc(0);
      let passed = false;
      client.on('data', (d: Buffer) => {
        if (passed) return void upstream.write(d);
        head = Buffer.concat([head, d]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        const lines = head.subarray(0, end).toString('latin1').split('\r\n');
        lines.splice(1, 0, `X-Forwarded-For: ${forwardedFor}`);
        upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
        upstream.write(head.subarray(end + 4));
        passed = true;
      });
      upstream.on('data', (d: Buffer) => client.write(d));
      const close = () => {
        client.destroy();
        upstream.destroy();
      };
      upstream.on('close', close);
      client.on('close', close);
      upstream.on('error', close);
      client.on('error', close);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.proxyPort, this.proxyAddress, () => resolve());
    });
    const addr = server.address();
    if (typeof addr !== 'object' || !addr || !isLoopback(addr.address)) throw new Error('SAFETY: lab proxy not on loopback');
    this.proxy = server;
  }

  async stop(): Promise<void> {
    await this.stopBackground();
    await this.stopGateway();
    for (const sock of this.proxySockets) sock.destroy();
    if (this.proxy) await new Promise<void>((r) => this.proxy!.close(() => r()));
    this.proxy = undefined;
  }

  // ── the pairing store, read the way the gateway keeps it ─────────────────────────────────────

  get storeKind(): 'files' | 'sqlite' | 'none' {
    const dir = this.stateDir('host');
    if (existsSync(join(dir, 'state', 'openclaw.sqlite'))) return 'sqlite';
    if (existsSync(join(dir, 'devices'))) return 'files';
    return 'none';
  }

  /** Paired devices and pending requests from the host's store (files ≤ 2026.6.x, SQLite after). */
  store(): { paired: PairedDevice[]; pending: PendingRequest[] } {
    const dir = this.stateDir('host');
    if (this.storeKind === 'files') {
      const read = (f: string) => {
        try {
          return Object.values(JSON.parse(readFileSync(join(dir, 'devices', f), 'utf8')) as Record<string, unknown>);
        } catch {
          return [];
        }
      };
      return { paired: read('paired.json') as PairedDevice[], pending: read('pending.json') as PendingRequest[] };
    }
    if (this.storeKind === 'sqlite') return readSqliteStore(join(dir, 'state', 'openclaw.sqlite'));
    return { paired: [], pending: [] };
  }

  /** An actor's own device id: `identity/device.json` (≤ 2026.6.x) or the SQLite `device_identities` row (2026.8+). */
  identity(name: ActorName = 'host'): string | undefined {
    try {
      return (JSON.parse(readFileSync(join(this.stateDir(name), 'identity', 'device.json'), 'utf8')) as { deviceId: string }).deviceId;
    } catch {
      const rows = sqliteRows(join(this.stateDir(name), 'state', 'openclaw.sqlite'), /^device_identities$/);
      const id = rows[0]?.row.device_id;
      return typeof id === 'string' ? id : undefined;
    }
  }

  /** Every device token the lab can see, so transcripts can redact them. */
  collectSecrets(): void {
    for (const a of this.actors.values()) {
      const auth = join(a.home, '.openclaw', 'identity', 'device-auth.json');
      if (existsSync(auth)) {
        try {
          const j = JSON.parse(readFileSync(auth, 'utf8')) as { tokens?: Record<string, { token?: string }> };
          for (const t of Object.values(j.tokens ?? {})) if (t.token) this.secrets.add(t.token);
        } catch {
          /* being written */
        }
      }
    }
    try {
      for (const d of this.store().paired) for (const t of Object.values(d.tokens ?? {})) if (t?.token) this.secrets.add(t.token);
    } catch {
      /* store being written */
    }
    // SQLite builds keep device tokens in tables of their own, on both sides.
    for (const a of this.actors.values()) {
      for (const { row } of sqliteRows(join(a.home, '.openclaw', 'state', 'openclaw.sqlite'), /token/i)) {
        for (const [k, v] of Object.entries(row)) {
          if (typeof v !== 'string' || !/token/i.test(k) || /_id$|_at|kind|role|scope/i.test(k)) continue;
          if (v.startsWith('{') || v.startsWith('[')) {
            for (const m of v.matchAll(/"token"\s*:\s*"([^"]{16,})"/g)) this.secrets.add(m[1]!);
          } else if (v.length >= 16) this.secrets.add(v);
        }
      }
    }
  }
}

/** Rows of the tables whose name matches, read-only; nothing when the file is absent or locked. */
function sqliteRows(file: string, table: RegExp): { table: string; row: Record<string, unknown> }[] {
  if (!existsSync(file)) return [];
  const out: { table: string; row: Record<string, unknown> }[] = [];
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(file, { readOnly: true });
    const tables = db.prepare("select name from sqlite_master where type='table'").all() as { name: string }[];
    for (const { name } of tables) {
      if (!table.test(name)) continue;
      for (const row of db.prepare(`select * from "${name.replace(/"/g, '""')}"`).all() as Record<string, unknown>[])
        out.push({ table: name, row });
    }
  } catch {
    /* locked or absent */
  } finally {
    db?.close();
  }
  return out;
}

/** SQLite builds (2026.8+): `device_pairing_pending` / `device_pairing_paired`, columns in snake case, lists as `*_json`. */
function readSqliteStore(file: string): { paired: PairedDevice[]; pending: PendingRequest[] } {
  const paired: PairedDevice[] = [];
  const pending: PendingRequest[] = [];
  for (const { table, row } of sqliteRows(file, /^device_pairing_(pending|paired)$/)) {
    const obj = rowObject(row);
    if (typeof obj.deviceId !== 'string') continue;
    if (/pending/.test(table)) pending.push(obj as unknown as PendingRequest);
    else paired.push(obj as unknown as PairedDevice);
  }
  return { paired, pending };
}

function rowObject(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    let key = k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    let value: unknown = v;
    if (key.endsWith('Json') && typeof v === 'string') {
      key = key.slice(0, -4);
      try {
        value = JSON.parse(v) as unknown;
      } catch {
        /* keep the text */
      }
    }
    if (key === 'isRepair' || key === 'silent') value = v === 1 || v === true;
    out[key] = value;
  }
  return out;
}

export function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' && !Array.isArray(cur)
        ? deepMerge(cur as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Some builds (2026.4.25) `npm install` their bundled plugins' runtime dependencies when the gateway
 * starts, which the lab's clean environment forbids (its `npm` is a stub). Stage them once per build,
 * the way an installer would: one gateway start with the machine's npm (via `npm_execpath`), into a
 * directory in the cache that every later world of that build reuses through OPENCLAW_PLUGIN_STAGE_DIR.
 */
export async function stageRuntimeDeps(build: Build, cache: string, log: (line: string) => void): Promise<Build> {
  const dist = join(build.dir, 'node_modules', 'openclaw', 'dist');
  if (!listDir(dist).some((f) => f.startsWith('bundled-runtime-deps-'))) return build;
  const stageDir = join(build.dir, 'plugin-runtime-deps');
  const staged = { ...build, stageDir };
  const marker = join(stageDir, '.lab-staged');
  if (existsSync(marker)) return staged;
  mkdirSync(stageDir, { recursive: true });
  const npmCli = await runShell('readlink -f "$(command -v npm)"', { cwd: cache, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
  const npmExecPath = npmCli.output.trim();
  if (!npmExecPath.endsWith('npm-cli.js')) throw new Error(`cannot find npm-cli.js to stage ${build.version}'s plugin dependencies`);
  const root = join(cache, 'staging', build.version);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const w = new World(staged, root, await freePortBlock());
  const host = w.actor('host');
  host.env.npm_execpath = npmExecPath;
  for (const k of Object.keys(process.env)) {
    if (/^(NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|https?_proxy|HTTPS?_PROXY|no_proxy|NO_PROXY)$/.test(k))
      host.env[k] = process.env[k]!;
  }
  log(`lab: staging ${build.version}'s bundled plugin runtime dependencies into ${stageDir} (a gateway run with npm)`);
  try {
    await w.startGateway(900_000);
    // Some plugins install theirs lazily, on the first operator connect: make those connects happen
    // here, then wait until no npm runs under the gateway any more.
    await w.run('host', 'openclaw gateway call health --timeout 60000', 300_000);
    await w.run('host', 'timeout 60 openclaw mcp serve < <(exec sleep 90 2>/dev/null)', 120_000);
    const deadline = Date.now() + 900_000;
    while (Date.now() < deadline) {
      const npmRunning = processTree(w.gatewayPid!).some((pid) => {
        try {
          return /npm/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
        } catch {
          return false;
        }
      });
      if (!npmRunning) break;
      await sleep(5000);
    }
    const log2 = w.logSince(0);
    if (/failed to stage bundled runtime deps/.test(log2)) throw new Error(`staging failed:\n${log2.slice(-2000)}`);
  } finally {
    await w.stop();
  }
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  rmSync(root, { recursive: true, force: true });
  return staged;
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** A base port with the next ten free on loopback (the gateway also uses port+2 for browser control). */
export async function freePortBlock(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const base = 30000 + Math.floor(Math.random() * 3000) * 10;
    let free = true;
    for (let p = base; p < base + 10 && free; p++) free = !(await portOpen(p));
    if (free) return base;
  }
  throw new Error('no free port block on loopback');
}

export function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
