#!/usr/bin/env node
/**
 * Offline diagnosis: `claw-triage [--json] [--full] [--at ISO-8601] [--title TEXT] FILE...`. Each FILE is one message of a
 * thread, oldest first, read as the bot reads an attachment (src/intake/): UTF-16 decoded, binary
 * skipped, over 10 MB cut to its head and tail, each with the same note under the reply. `--title`
 * is the forum post's title, read as the bot reads it (only when the messages alone decide nothing). `-` (or no
 * FILE) reads standard input as one message. The contract is in README.md: exit 0 whenever a
 * diagnosis was produced, 2 on bad usage or an unreadable file, and never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { diagnose, type ThreadMessage } from './diagnose.ts';
import { budgeted } from './intake/budget.ts';
import { FileBytes, type FileText, fileText } from './intake/file.ts';
import { messageOf } from './intake/message.ts';
import { notesBlock, withNotes } from './intake/notes.ts';

const USAGE = 'usage: claw-triage [--json] [--full] [--at ISO-8601] [--title TEXT] [FILE|-]...';
const STDIN = 'standard input';

class UsageError extends Error {}

interface Args {
  json: boolean;
  /** Print the full explanation (what the Details button shows) instead of the short reply. */
  full: boolean;
  at?: number;
  title?: string;
  files: string[];
}

function readArgs(argv: string[]): Args | 'help' {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    const message = (err as Error).message;
    if (/'--at\b/.test(message)) throw new UsageError('--at needs an ISO-8601 time, e.g. --at 2026-04-19T16:02:00Z');
    // parseArgs names the option and what is wrong with it; its hint about `--` is for positionals.
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const args: Args = { json: values.json, full: values.full, title: values.title, files: positionals.length > 0 ? positionals : ['-'] };
  if (values.at !== undefined) {
    const t = Date.parse(values.at);
    if (Number.isNaN(t)) throw new UsageError(`--at: not an ISO-8601 time: ${values.at}`);
    args.at = t;
  }
  return args;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      at: { type: 'string' },
      title: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
}

async function readStdin(): Promise<FileText> {
  const file = new FileBytes(STDIN);
  for await (const chunk of process.stdin) {
    // Binary: the rest is not worth reading; the note says so.
    if (!file.push(chunk as Buffer)) break;
  }
  return file.text();
}

async function readOne({ path, name }: { path: string; name: string }): Promise<FileText> {
  if (path === '-') return readStdin();
  try {
    return fileText(name, await readFile(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot be read';
    throw new UsageError(`${path}: ${why}`);
  }
}

/** Each FILE a message holding just that file, read newest first (as the bot reads a thread) under the same budget. */
async function readMessages(paths: readonly string[]): Promise<{ messages: ThreadMessage[]; notes: string[] }> {
  const read = budgeted(readOne);
  const files: FileText[] = [];
  for (let i = paths.length - 1; i >= 0; i--) {
    const path = paths[i]!;
    files[i] = await read({ path, name: path === '-' ? STDIN : basename(path) });
  }
  const intakes = files.map((f) => messageOf('', [f]));
  return { messages: intakes.map((m) => ({ text: m.text })), notes: intakes.flatMap((m) => m.notes) };
}

async function main(argv: string[]): Promise<number> {
  try {
    const args = readArgs(argv);
    if (args === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const { messages, notes } = await readMessages(args.files);
    const d = diagnose(messages, { at: args.at, title: args.title });
    const parts = withNotes(args.full ? (d.details ?? d.messages) : d.messages, notes);
    const block = notesBlock(notes);
    const reply = args.full ? parts.join('\n\n') : block ? `${d.reply}\n${block}` : d.reply;
    if (args.json) {
      const out = {
        stage: d.stage,
        findings: d.findings,
        asks: d.asks,
        language: d.language,
        reply,
        messages: parts,
        details: d.details,
      };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    } else {
      process.stdout.write(`${reply}\n`);
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
