/**
 * One intake: the same file gets the same reply from the CLI, an auto-reply, /diagnose and the
 * Diagnose message menu, notes about skipped or cut files included. The REAL engine and the real
 * CLI process (`node src/cli.ts`), so any path that reads bytes its own way shows up as a diff.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeMarker } from '../../src/discord/reply-marker.ts';
import type { RecordedRequest, StoredMessage } from '../../testkit/fake-discord/server.ts';
import { alice, bob, customIds, eventually, worldWithBot } from './harness.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const seed = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'seeds', name), 'utf8');
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

interface File {
  name: string;
  contentType?: string;
  body: Buffer;
}

const devicesList = seed('000-5-devices-list.txt');
const filler = '2026-04-19T17:42:10.000Z [gateway] heartbeat ok conn=6faf72c8-34a2-4149-ae2b-3436fd1c83a0\n';
const FILES = {
  /** What Windows PowerShell's `>` writes: UTF-16LE with a byte order mark, CRLF. */
  powershell: {
    name: 'devices.txt',
    contentType: 'text/plain',
    body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf(devicesList), 'utf16le')]),
  },
  utf8Bom: { name: 'approve.log', body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed('000-6-approve-unknown.txt'))]) },
  binary: { name: 'dump.bin', body: Buffer.concat([Buffer.from('openclaw'), Buffer.alloc(64), Buffer.from([0x89, 0x50, 0x4e, 0x47])]) },
  oversize: {
    name: 'gateway.log',
    contentType: 'text/plain',
    body: Buffer.from(`${seed('000-4-logs.txt')}${filler.repeat(Math.ceil((11 * 1024 * 1024) / filler.length))}${devicesList}`),
  },
} satisfies Record<string, File>;

const dir = mkdtempSync(join(tmpdir(), 'claw-intake-'));
for (const f of Object.values(FILES)) writeFileSync(join(dir, f.name), f.body);

/** The Discord messages the CLI says the bot would post for these files, one message each, at `at`. */
function cliMessages(files: readonly File[], at: string): string[] {
  const r = spawnSync(process.execPath, [join(ROOT, 'src', 'cli.ts'), '--json', '--at', at, ...files.map((f) => join(dir, f.name))], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout).messages;
}

/** The bot's newest auto-reply in a thread, as its messages. */
function newestReply(messages: StoredMessage[]): string[] {
  const own = messages.filter((m) => !m.interactionId);
  const last = own.findLastIndex((m) => customIds(m).length > 0);
  if (last === -1) return [];
  const marker = decodeMarker(customIds(own[last]!)[0]!)!;
  return own.slice(last - marker.parts + 1, last + 1).map((p) => p.content);
}

describe('one intake: the same file, the same reply everywhere (ENGINE)', () => {
  const running = worldWithBot();

  /** What an interaction answered: its deferred reply's edit, then its follow-ups. */
  function answered(token: string): string[] {
    const { fake } = running.world;
    const ours = (r: RecordedRequest) => !r.injected && r.status < 300;
    const edit = fake.requests
      .filter((r) => ours(r) && r.method === 'PATCH' && r.path === `/webhooks/${fake.applicationId}/${token}/messages/@original`)
      .at(-1);
    const followUps = fake.requests.filter((r) => ours(r) && r.method === 'POST' && r.path === `/webhooks/${fake.applicationId}/${token}`);
    return edit ? [edit.body.content, ...followUps.map((r) => r.body.content)] : [];
  }

  const threads: [string, File[]][] = [
    ['a UTF-16LE file with a byte order mark (PowerShell `>`)', [FILES.powershell]],
    ['a UTF-8 file with a byte order mark', [FILES.utf8Bom]],
    ['a paste, then a binary file', [FILES.powershell, FILES.binary]],
    ['a file over 10 MB', [FILES.oversize]],
  ];

  it.each(threads)(
    '%s: the CLI, the auto-reply and the message menu agree',
    async (name, files) => {
      const { fake, forum } = running.world;
      const [first, ...rest] = files;
      const attach = (f: File) => [{ filename: f.name, body: f.body, ...(f.contentType ? { contentType: f.contentType } : {}) }];
      const { threadId, messageId } = await fake.createThread(forum.id, { name, owner: alice, content: '', attachments: attach(first!) });
      let lastId = messageId;
      for (const f of rest) {
        await eventually(() => expect(newestReply(fake.messages(threadId)).length).toBeGreaterThan(0), 20_000);
        lastId = (await fake.postMessage(threadId, { author: alice, content: '', attachments: attach(f) })).id;
      }
      // The engine judges expiry from the newest message's time; the CLI is told it.
      const expected = cliMessages(files, fake.message(lastId)!.timestamp);
      await eventually(() => expect(newestReply(fake.messages(threadId))).toEqual(expected), 20_000);

      const { token } = await fake.interact({
        type: 2,
        user: bob,
        channelId: threadId,
        data: { name: 'Diagnose message', type: 3, target_id: lastId },
      });
      await eventually(() => expect(answered(token)).toEqual(expected), 20_000);
    },
    60_000,
  );

  it.each(Object.entries(FILES))(
    '/diagnose file:%s answers as the CLI does',
    async (_name, file) => {
      const { fake } = running.world;
      const channel = fake.createTextChannel({ name: `files-${_name.toLowerCase()}` });
      const { id } = await fake.postMessage(channel.id, {
        author: bob,
        content: '',
        attachments: [{ filename: file.name, body: file.body }],
      });
      const stored = fake.message(id)!.attachments[0]!;
      const { token } = await fake.interact({
        type: 2,
        user: bob,
        channelId: channel.id,
        data: {
          name: 'diagnose',
          options: [{ name: 'file', type: 11, value: stored.id }],
          resolved: {
            attachments: {
              [stored.id]: {
                id: stored.id,
                filename: stored.filename,
                url: stored.url,
                proxy_url: stored.url,
                size: stored.size,
                ...('contentType' in file ? { content_type: file.contentType } : {}),
              },
            },
          },
        },
      });
      // The interaction's own time is the paste's: a minute off changes nothing for files months old.
      const expected = cliMessages([file], new Date().toISOString());
      await eventually(() => expect(answered(token)).toEqual(expected), 20_000);
    },
    60_000,
  );
});
