import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksTextual, readAttachment } from '../../src/discord/attachment.ts';

/** A tiny file host on 127.0.0.1: path → bytes (and an optional content type). */
const files = new Map<string, { body: Buffer; type?: string; status?: number }>();
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const f = files.get(req.url ?? '');
    if (!f) return res.writeHead(404).end();
    res.writeHead(f.status ?? 200, f.type ? { 'content-type': f.type } : {});
    // Several chunks, as a real download arrives.
    for (let i = 0; i < f.body.length; i += 64 * 1024) res.write(f.body.subarray(i, i + 64 * 1024));
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const host = (path: string, body: string | Buffer, type?: string) => {
  files.set(path, { body: Buffer.from(body), ...(type ? { type } : {}) });
  return `${base}${path}`;
};

describe('looksTextual', () => {
  it.each([
    [{ name: 'a.log', contentType: 'text/plain; charset=utf-8' }, 'text'],
    [{ name: 'a.json', contentType: 'application/json' }, 'text'],
    [{ name: 'a.log', contentType: null }, 'sniff'],
    [{ name: 'devices', contentType: undefined }, 'sniff'],
    [{ name: 'gateway.log', contentType: 'application/octet-stream' }, 'sniff'],
    [{ name: 'shot.png', contentType: 'image/png' }, 'binary'],
    [{ name: 'notes.txt', contentType: 'application/pdf' }, 'binary'],
    [{ name: 'backup.tar', contentType: 'application/x-tar' }, 'binary'],
  ] as const)('%j → %s', (ref, verdict) => expect(looksTextual({ url: '', ...ref })).toBe(verdict));
});

describe('readAttachment', () => {
  it('reads text whole when under the cap', async () => {
    const url = host('/small.log', 'line 1\nline 2\n', 'text/plain');
    expect(await readAttachment({ name: 'small.log', url, contentType: 'text/plain' })).toEqual({
      kind: 'text',
      name: 'small.log',
      text: 'line 1\nline 2\n',
      bytes: 14,
      cut: false,
    });
  });

  it('skips a binary without a content type, by its NUL bytes', async () => {
    const url = host('/blob', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100), Buffer.from('text')]));
    const r = await readAttachment({ name: 'blob', url });
    expect(r).toEqual({ kind: 'skipped', name: 'blob', reason: { why: 'not-text' } });
  });

  it('reads UTF-16 (Windows PowerShell redirection) as text', async () => {
    const text = 'OpenClaw 2026.4.14 (323493f)\r\nunknown requestId\r\n';
    const url = host('/ps.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await readAttachment({ name: 'ps.txt', url });
    expect(r.kind === 'text' && r.text).toBe(text);
    const bare = host('/ps-nobom.txt', Buffer.from(text, 'utf16le'));
    const r2 = await readAttachment({ name: 'ps-nobom.txt', url: bare });
    expect(r2.kind === 'text' && r2.text).toBe(text);
  });

  it('keeps the head and tail of a file over the cap, on line boundaries, with a marker between', async () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `line ${String(i).padStart(5, '0')} ${'x'.repeat(40)}`);
    const url = host('/big.log', `${lines.join('\n')}\n`);
    const r = await readAttachment({ name: 'big.log', url }, { maxBytes: 64 * 1024 });
    if (r.kind !== 'text') throw new Error('expected text');
    expect(r.cut).toBe(true);
    const out = r.text.split('\n');
    expect(out[0]).toBe(lines[0]);
    const marker = out.findIndex((l) => l.startsWith('[… '));
    expect(out[marker]).toMatch(/^\[… [\d.]+ KB cut from the middle of big\.log: only its first and last 32\.0 KB were read …\]$/);
    expect(out.slice(0, marker).every((l) => lines.includes(l))).toBe(true);
    expect(out.slice(marker + 1, -1).every((l) => lines.includes(l))).toBe(true);
    expect(out.at(-2)).toBe(lines.at(-1));
    expect(Buffer.byteLength(r.text)).toBeLessThanOrEqual(64 * 1024 + 200);
  });

  it('says so when the download fails, rather than throwing', async () => {
    const r = await readAttachment({ name: 'gone.log', url: `${base}/missing` });
    expect(r).toEqual({ kind: 'skipped', name: 'gone.log', reason: { why: 'download-failed', detail: 'HTTP 404' } });
  });
});
