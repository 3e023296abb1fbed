#!/usr/bin/env node
/**
 * Offline diagnosis: `claw-triage [--json] [--full] [--at ISO-8601] FILE...`. Each FILE is one message of a
 * thread, oldest first; `-` (or no FILE) reads standard input as one message. The contract is in
 * README.md: exit 0 whenever a diagnosis was produced, 2 on bad usage or an unreadable file, and
 * never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { diagnose, type ThreadMessage } from './diagnose.ts';

const USAGE = 'usage: claw-triage [--json] [--full] [--at ISO-8601] [FILE|-]...';

class UsageError extends Error {}

interface Args {
  json: boolean;
  /** Print the full explanation (what the Details button shows) instead of the short reply. */
  full: boolean;
  at?: number;
  files: string[];
}

function parseArgs(argv: readonly string[]): Args | 'help' {
  const args: Args = { json: false, full: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--full') args.full = true;
    else if (a === '--help' || a === '-h') return 'help';
    else if (a === '--at' || a.startsWith('--at=')) {
      const value = a === '--at' ? argv[++i] : a.slice('--at='.length);
      if (value === undefined) throw new UsageError('--at needs an ISO-8601 time, e.g. --at 2026-04-19T16:02:00Z');
      const t = Date.parse(value);
      if (Number.isNaN(t)) throw new UsageError(`--at: not an ISO-8601 time: ${value}`);
      args.at = t;
    } else if (a === '--') args.files.push(...argv.slice(i + 1).splice(0));
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option: ${a}`);
    else args.files.push(a);
    if (a === '--') break;
  }
  if (args.files.length === 0) args.files.push('-');
  return args;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readMessage(file: string): Promise<ThreadMessage> {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await readStdin() : await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new UsageError(`${file}: ${why}`);
  }
  // Invalid UTF-8 becomes U+FFFD, which the engine counts towards "binary".
  return { text: bytes.toString('utf8') };
}

async function main(argv: readonly string[]): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
    if (args === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const messages: ThreadMessage[] = [];
    for (const f of args.files) messages.push(await readMessage(f));
    const d = diagnose(messages, { at: args.at });
    if (args.json) {
      const out = {
        stage: d.stage,
        findings: d.findings,
        asks: d.asks,
        language: d.language,
        reply: args.full ? (d.details ?? d.messages).join('\n\n') : d.reply,
        messages: args.full ? d.details : d.messages,
        details: d.details,
      };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    } else {
      process.stdout.write(`${args.full ? (d.details ?? d.messages).join('\n\n') : d.reply}\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`claw-triage: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`claw-triage: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
