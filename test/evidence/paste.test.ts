import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldValue, lineTime, makePaste, normalise, unescapeJsonOnce } from '../../src/evidence/paste.ts';

const fixture = (p: string): string => readFileSync(new URL(`../fixtures/openclaw-2026.4.14/${p}`, import.meta.url), 'utf8');

describe('normalise', () => {
  it('rewrites file-log JSON lines to the console shape, keeping one line per entry', () => {
    const raw = fixture('stale-baseline/gateway.jsonl');
    const text = normalise(raw);
    expect(text.split('\n').length).toBe(raw.split('\n').length);
    expect(text).toContain(
      '2026-11-21T06:32:51.254+00:00 [gateway] security audit: device access upgrade requested reason=scope-upgrade device=a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3',
    );
    // The close-context meta object stays inline JSON, then the message.
    expect(text).toMatch(
      /\[ws\] \{"cause":"pairing-required",.*"requestId":"dc4f76b2-9651-46f8-8d23-9954d47b4a6a","reason":"scope-upgrade"\} closed before connect conn=ccf07f72/,
    );
    // A message with newlines keeps them escaped so line numbers do not move.
    expect(text).toContain('gateway closed (1008): pairing required\\nGateway target: ws://127.0.0.1:28789\\nSource: local loopback');
    expect(text).not.toContain('"_meta"');
  });

  it('reads a subsystem tag with escapes as JSON does', () => {
    const line = (tag: string) => JSON.stringify({ 0: tag, 1: 'ready', time: '2026-11-21T06:32:43.655+00:00' });
    expect(normalise(line('{"subsystem":"gateway/ws"}'))).toBe('2026-11-21T06:32:43.655+00:00 [ws] ready');
    expect(normalise(line('{"subsystem":"gateway\\/ws"}'))).toBe('2026-11-21T06:32:43.655+00:00 [ws] ready');
    expect(normalise(line('{"subsystem":"a\\u0062c"}'))).toBe('2026-11-21T06:32:43.655+00:00 [abc] ready');
  });

  it('leaves JSON lines that are not file-log entries alone', () => {
    const s = '{"0":"a"}\n{"0": broken\n{"pending":[]}';
    expect(normalise(s)).toBe(s);
  });

  it('strips Discord quote markers, code fences, ANSI with and without ESC, CRLF', () => {
    const raw = '> unknown requestId\r\n>>> quoted block\r\n```bash\r\n\u001b[90m17:42:10\u001b[39m [90m[ws][39m closed\r\n```';
    expect(normalise(raw)).toBe('unknown requestId\nquoted block\n\n17:42:10 [ws] closed\n');
  });

  it('strips journald prefixes', () => {
    expect(normalise('Apr 05 14:16:13 host node[2060494]: 2026-04-05T14:16:13.663+01:00 [gateway] x')).toBe(
      '2026-04-05T14:16:13.663+01:00 [gateway] x',
    );
  });
});

describe('line helpers', () => {
  it('lineTime reads full ISO dates only', () => {
    expect(lineTime('2026-04-05T14:16:13.663+01:00 [gateway] x')).toBe(Date.parse('2026-04-05T13:16:13.663Z'));
    expect(lineTime('2026-11-21T06:32:51.254Z x')).toBe(Date.parse('2026-11-21T06:32:51.254Z'));
    expect(lineTime('2026-04-05 14:16:13 x')).toBe(Date.parse('2026-04-05T14:16:13Z'));
    expect(lineTime('17:42:10 [gateway] x')).toBeUndefined();
    expect(lineTime('01:19:56+00:00 warn gateway/ws')).toBeUndefined();
    expect(lineTime('Apr 05 14:16:13 host x')).toBeUndefined();
  });

  it('fieldValue reads whole keys and stops at quotes and backslashes', () => {
    expect(fieldValue('a xconn=1 conn=2', 'conn')).toBe('2');
    expect(fieldValue('"client=cli", x', 'client')).toBe('cli');
    expect(fieldValue('client=cli\\n', 'client')).toBe('cli');
    expect(fieldValue('nothing', 'conn')).toBeUndefined();
  });

  it('unescapeJsonOnce undoes one level', () => {
    expect(unescapeJsonOnce('\\"a\\": \\"b\\\\nc\\"')).toBe('"a": "b\\nc"');
    expect(unescapeJsonOnce('x\\ny')).toBe('x\ny');
    expect(unescapeJsonOnce('trailing\\')).toBe('trailing\\');
  });

  it('lineAt and linesWith on a paste', () => {
    const p = makePaste('one\ntwo needle\nthree needle needle\n');
    expect(p.linesWith('needle').map((l) => l.line)).toEqual([2, 3]);
    const l = p.lineAt(5);
    expect(l).toEqual({ line: 2, text: 'two needle', start: 4, end: 14 });
    expect(p.lineAt(p.text.length).line).toBe(4);
  });
});
