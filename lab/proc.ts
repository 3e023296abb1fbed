/**
 * Processes for the lab: run a shell command in a clean environment, start long-running ones,
 * find a process's descendants and listening sockets in /proc, and stop processes by their PID
 * (never by name). Linux only, like the lab.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export interface CommandResult {
  command: string;
  exit: number;
  /** stdout and stderr interleaved as they arrived, the way a terminal shows them. */
  output: string;
  ms: number;
  timedOut?: boolean;
}

export interface RunOptions {
  cwd: string;
  env: Record<string, string>;
  timeoutMs?: number;
}

/** Runs `bash -c command`; on timeout the whole process group is stopped by its id. */
export function runShell(command: string, opts: RunOptions): Promise<CommandResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('/bin/bash', ['-c', command], { cwd: opts.cwd, env: opts.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => chunks.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopTree(child.pid!, 3000);
    }, opts.timeoutMs ?? 120_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        command,
        exit: code ?? (signal ? 128 + signalNumber(signal) : 1),
        output: Buffer.concat(chunks).toString('utf8'),
        ms: Date.now() - started,
        ...(timedOut ? { timedOut } : {}),
      });
    });
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  return signal === 'SIGKILL' ? 9 : signal === 'SIGTERM' ? 15 : signal === 'SIGINT' ? 2 : 1;
}

/** Starts a long-running process in its own process group, output appended to a file descriptor. */
export function startDetached(
  file: string,
  args: string[],
  opts: { cwd: string; env: Record<string, string>; logFd: number },
): ChildProcess {
  const child = spawn(file, args, { cwd: opts.cwd, env: opts.env, detached: true, stdio: ['ignore', opts.logFd, opts.logFd] });
  child.unref();
  return child;
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // pid (comm) state ppid …; comm may contain spaces or parentheses, so split after the last ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(rest[1]);
  } catch {
    return undefined;
  }
}

/** The process and every descendant still alive, parents first. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const ppid = parentOf(pid);
    if (ppid === undefined) continue;
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    if (pid === root && !alive(pid)) continue;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM the process and its descendants by PID; SIGKILL whatever is left after `graceMs`. */
export function stopTree(root: number, graceMs = 10_000): Promise<void> {
  const pids = processTree(root);
  if (!pids.includes(root) && alive(root)) pids.unshift(root);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  return new Promise((resolve) => {
    const deadline = Date.now() + graceMs;
    const tick = () => {
      const left = pids.filter(alive);
      if (left.length === 0) return resolve();
      if (Date.now() > deadline) {
        for (const pid of left) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            /* gone */
          }
        }
        return resolve();
      }
      setTimeout(tick, 200);
    };
    tick();
  });
}

export interface Listener {
  pid: number;
  address: string;
  port: number;
}

function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m) inodes.add(m[1]!);
      } catch {
        /* fd closed meanwhile */
      }
    }
  } catch {
    /* process gone */
  }
  return inodes;
}

function decodeAddress(hex: string): string {
  if (hex.length === 8) {
    const b = Buffer.from(hex, 'hex');
    return `${b[3]}.${b[2]}.${b[1]}.${b[0]}`;
  }
  // IPv6: four little-endian 32-bit words.
  const words = hex.match(/.{8}/g)!.map((w) => Buffer.from(w, 'hex').reverse().toString('hex'));
  const groups = words
    .join('')
    .match(/.{4}/g)!
    .map((g) => g.replace(/^0+(?=.)/, ''));
  const full = groups.join(':');
  if (full === '0:0:0:0:0:0:0:1') return '::1';
  if (full === '0:0:0:0:0:0:0:0') return '::';
  const v4 = /^0:0:0:0:0:ffff:([0-9a-f]+):([0-9a-f]+)$/.exec(full);
  if (v4) {
    const n = (parseInt(v4[1]!, 16) << 16) | parseInt(v4[2]!, 16);
    return `::ffff:${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  }
  return full;
}

/** Every TCP socket in LISTEN state owned by one of `pids`. */
export function listenersOf(pids: readonly number[]): Listener[] {
  const byInode = new Map<string, number>();
  for (const pid of pids) for (const inode of socketInodes(pid)) byInode.set(inode, pid);
  const out: Listener[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10 || f[3] !== '0A') continue;
      const pid = byInode.get(f[9]!);
      if (pid === undefined) continue;
      const [addr, port] = f[1]!.split(':');
      out.push({ pid, address: decodeAddress(addr!), port: parseInt(port!, 16) });
    }
  }
  return out;
}

export const isLoopback = (address: string) => address === '::1' || /^(::ffff:)?127\./.test(address);
