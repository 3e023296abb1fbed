import { describe, expect, it } from 'vitest';
import { FileBytes, fileText, sniffEncoding } from '../../src/intake/file.ts';

const text = 'OpenClaw 2026.4.14 (323493f)\r\nunknown requestId\r\n';
const textOf = (bytes: Buffer, max?: number) => {
  const r = fileText('f.txt', bytes, max);
  if (r.kind !== 'text') throw new Error(`skipped: ${JSON.stringify(r.reason)}`);
  return r;
};

describe('fileText', () => {
  it('drops a UTF-8 byte order mark', () => {
    expect(textOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text).toBe(text);
  });

  it('reads UTF-16LE with or without its mark (Windows PowerShell `>`), and UTF-16BE', () => {
    const le = Buffer.from(text, 'utf16le');
    expect(textOf(Buffer.concat([Buffer.from([0xff, 0xfe]), le])).text).toBe(text);
    expect(textOf(le).text).toBe(text);
    const be = Buffer.from(le).swap16();
    expect(textOf(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe(text);
    expect(textOf(be).text).toBe(text);
  });

  it('skips a binary file by its bytes', () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100), Buffer.from('text')]);
    expect(fileText('a.exe', exe)).toEqual({ kind: 'skipped', name: 'a.exe', reason: { why: 'not-text' } });
  });

  it('reads an empty file as empty text', () => {
    expect(fileText('empty.txt', Buffer.alloc(0))).toEqual({ kind: 'text', name: 'empty.txt', text: '', bytes: 0, cut: false });
  });

  it('keeps the head and tail of a UTF-16 file over the cap, on whole lines, with a marker between', () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => `line ${String(i).padStart(5, '0')} ${'x'.repeat(40)}`);
    const r = textOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf16le')]), 64 * 1024);
    expect(r.cut).toBe(true);
    const out = r.text.split('\r\n').join('\n').split('\n');
    expect(out[0]).toBe(lines[0]);
    const marker = out.findIndex((l) => l.startsWith('[… '));
    expect(out[marker]).toMatch(/^\[… [\d.]+ KB cut from the middle of f\.txt: only its first and last 32\.0 KB were read …\]$/);
    expect([...out.slice(0, marker), ...out.slice(marker + 1, -1)].every((l) => lines.includes(l))).toBe(true);
    expect(out.at(-2)).toBe(lines.at(-1));
  });

  it('reads the same text whether the bytes come at once or in chunks of any size', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.repeat(2_000), 'utf16le')]);
    const whole = fileText('f.txt', bytes, 32 * 1024);
    for (const size of [1, 7, 4096, 10_000]) {
      const file = new FileBytes('f.txt', 32 * 1024);
      for (let i = 0; i < bytes.length; i += size) file.push(bytes.subarray(i, i + size));
      expect(file.text(), `chunks of ${size}`).toEqual(whole);
    }
  });

  it('stops taking bytes once they are known to be binary', () => {
    const file = new FileBytes('blob');
    expect(file.push(Buffer.alloc(8192, 1).fill(0, 0, 4000))).toBe(false);
    expect(file.push(Buffer.from('more'))).toBe(false);
    expect(file.text()).toEqual({ kind: 'skipped', name: 'blob', reason: { why: 'not-text' } });
  });
});

describe('sniffEncoding', () => {
  it('tells UTF-8 text, UTF-16 and binary apart', () => {
    expect(sniffEncoding(Buffer.from('plain'))).toBe('utf-8');
    expect(sniffEncoding(Buffer.from('hi there', 'utf16le'))).toBe('utf-16le');
    expect(sniffEncoding(Buffer.from([1, 0, 0, 0, 2, 0, 0, 0]))).toBe('binary');
  });
});
