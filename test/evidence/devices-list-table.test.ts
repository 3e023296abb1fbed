import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devicesListTable, wrapLikeOpenClaw } from '../../src/evidence/devices-list-table.ts';
import { asRequestId } from '../../src/evidence/ids.ts';
import { OC414, only, read, run, walk } from './devices-fixtures.ts';

const STALE_TXT = `${OC414}/stale-baseline/devices-list.txt`;
const STALE_DEVICE = 'a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3';
const D1 = 'a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60';
const D2 = '0a715a56a4241ae1583ed2dfa153726634094b49692da187dfa8c94e58ddfd13';

/** 2026.4.20+ pending columns and 4.x paired columns, rendered with OpenClaw's wrapping rules. */
const TABLE_420 = `Pending (2)
┌──────────────────────┬────────────────────┬──────────────────────────┬──────────────────────┬──────────┬────────────────┐
│ Request              │ Device             │ Requested                │ Approved             │ Age      │ Status         │
├──────────────────────┼────────────────────┼──────────────────────────┼──────────────────────┼──────────┼────────────────┤
│ 8b796ecc-ba50-427a-  │ a2db8970aba2b534c3 │ roles: operator;         │ roles: operator;     │ just now │ scope          │
│ b3ff-19c4c5377692    │ ff841ad0f625450251 │ scopes: operator.admin,  │ scopes: operator.    │          │ upgrade,       │
│                      │ c90e83de730f916a0d │ operator.read, operator. │ read                 │          │ repair         │
│                      │ 9aea153d60 · 203.  │ write                    │                      │          │                │
│                      │ 0.113.5            │                          │                      │          │                │
│ 4e1f2a3b-1c2d-4e5f-  │ gateway:sessions.  │ roles: operator;         │ none                 │ 2m ago   │ new pairing    │
│ 8a9b-0c1d2e3f4a5b    │ patch              │ scopes: operator.admin   │                      │          │                │
└──────────────────────┴────────────────────┴──────────────────────────┴──────────────────────┴──────────┴────────────────┘
Paired (2)
┌────────────────────┬────────────┬──────────────────────────────┬────────────────┬────────────────┐
│ Device             │ Roles      │ Scopes                       │ Tokens         │ IP             │
├────────────────────┼────────────┼──────────────────────────────┼────────────────┼────────────────┤
│ a2db8970aba2b534c3 │ operator   │ operator.read                │ operator       │                │
│ ff841ad0f625450251 │            │                              │                │                │
│ c90e83de730f916a0d │            │                              │                │                │
│ 9aea153d60         │            │                              │                │                │
│ Control UI         │ operator   │ operator.admin, operator.    │ operator,      │ 192.168.1.20   │
│                    │            │ read, operator.write,        │ node (revoked) │                │
│                    │            │ operator.approvals,          │                │                │
│                    │            │ operator.pairing             │                │                │
└────────────────────┴────────────┴──────────────────────────────┴────────────────┴────────────────┘`;
/** 2026.9.6 paired table with the `Full device IDs` block. */
const TABLE_96 = `Paired (2)
┌──────────────┬────────────────┬────────────┬──────────────────────────────────┬────────────┬────────┐
│ Device       │ Device ID      │ Roles      │ Scopes                           │ Tokens     │ IP     │
├──────────────┼────────────────┼────────────┼──────────────────────────────────┼────────────┼────────┤
│ cli          │ a2db8970aba2…  │ operator   │ operator.read                    │ operator   │        │
│ Control UI   │ 0a715a56a424…  │ operator   │ operator.admin, operator.read    │ operator   │        │
└──────────────┴────────────────┴────────────┴──────────────────────────────────┴────────────┴────────┘

Full device IDs
  a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60  cli
  0a715a56a4241ae1583ed2dfa153726634094b49692da187dfa8c94e58ddfd13  Control UI`;

function toAscii(t: string): string {
  return t
    .replace(/[┌┬┐├┼┤└┴┘]/g, '+')
    .replace(/─/g, '-')
    .replace(/│/g, '|');
}

function table(text: string) {
  const facts = run(devicesListTable, text);
  return { facts, lists: only(facts, 'devices-list'), notes: only(facts, 'input-note') };
}

describe('wrapLikeOpenClaw', () => {
  it('reproduces the wrapping seen in real 4.14 output', () => {
    expect(wrapLikeOpenClaw(STALE_DEVICE, 14)).toEqual([
      'a737c285864f34',
      '8d0dbbccbc7c5b',
      '63827e21bacb3a',
      '2dd8a2c3754036',
      'f86490f3',
    ]);
    expect(wrapLikeOpenClaw('operator.admin, operator.read, operator.write, operator.approvals', 16)).toEqual([
      'operator.admin,',
      'operator.read,',
      'operator.write,',
      'operator.',
      'approvals',
    ]);
  });
});

describe('devices-list-table: real 4.14 tables', () => {
  const files = walk(OC414).filter((f) => /list[^/]*\.txt$/.test(basename(f)) && !f.endsWith('stderr.txt') && read(f).includes('│'));

  it.each(files.map((f) => [f.slice(OC414.length + 1), f]))('%s parses', (_n, file) => {
    const { lists } = table(read(file));
    expect(lists).toHaveLength(1);
    const f = lists[0]!;
    expect(f.format).toBe('table');
    expect(f.complete).toBe(true);
    expect(f.pending.length + f.paired.length).toBeGreaterThan(0);
    for (const p of f.pending) expect(asRequestId(p.requestId)).toBe(p.requestId);
  });

  it('reassembles the stale-baseline ids and scopes, and proves the wrapped device id whole', () => {
    // The device id is printed in 14-char pieces; re-wrapping the 64-hex candidate at the column
    // width gives exactly those pieces and the row ends, so nothing can be missing or extra.
    const { lists, notes } = table(read(STALE_TXT));
    const f = lists[0]!;
    expect(f.localFallback).toBe(true);
    expect(f.pending).toEqual([
      {
        requestId: 'dc4f76b2-9651-46f8-8d23-9954d47b4a6a',
        deviceId: STALE_DEVICE,
        role: 'operator',
        scopes: ['operator.admin', 'operator.read', 'operator.write', 'operator.approvals', 'operator.pairing', 'operator.talk.secrets'],
        isRepair: true,
      },
    ]);
    expect(f.paired).toEqual([
      { deviceId: STALE_DEVICE, roles: ['operator'], role: 'operator', scopes: ['operator.read'], tokens: [{ role: 'operator' }] },
    ]);
    expect(notes).toEqual([]);
  });

  it('keeps a display name as a display name', () => {
    const f = table(read(`${OC414}/identity-clients/devices-list-2.txt`)).lists[0]!;
    expect(f.pending[0]).toMatchObject({ requestId: '3d454166-4604-4439-b766-2ed1311bdbf0', displayName: 'ACP' });
    expect(f.pending[0]!.deviceId).toBeUndefined();
    expect(f.paired[0]).toMatchObject({ displayName: 'OpenClaw MCP' });
  });

  it('reads the ASCII-bordered variant the same way', () => {
    for (const file of [
      STALE_TXT,
      `${OC414}/identity-clients/devices-list-1.txt`,
      `${OC414}/stale-baseline/devices-list-after-approve.txt`,
    ]) {
      const box = table(read(file)).lists;
      const ascii = table(toAscii(read(file))).lists;
      expect(ascii).toEqual(box);
    }
  });

  it('does not prove a wrapped id whose pieces do not match the column width', () => {
    // One piece is a character short: something was lost, so the id is only a fragment.
    const text = read(STALE_TXT).replace('│ 63827e21bacb3a │', '│ 63827e21bacb3  │');
    const { lists, notes } = table(text);
    expect(lists[0]!.pending[0]!.deviceId).toBeUndefined();
    expect(lists[0]!.pending[0]!.deviceIdFragment).toBe('a737c285864f348d0dbbccbc7c5b63827e21bacb32dd8a2c3754036f86490f3');
    expect(notes.map((n) => n.note)).toEqual(['wrapped-table-ids']);
  });

  it('does not prove ids in a row the paste cut off', () => {
    const lines = read(STALE_TXT).split('\n');
    const cut = lines.slice(0, lines.findIndex((l) => l.includes('63827e21bacb3a')) + 1).join('\n');
    const { lists, notes } = table(cut);
    const f = lists[0]!;
    expect(f.complete).toBe(false);
    // The request id is one whole UUID on its line: a request cell never holds more.
    expect(f.pending[0]!.requestId).toBe('dc4f76b2-9651-46f8-8d23-9954d47b4a6a');
    expect(f.pending[0]!.deviceId).toBeUndefined();
    expect(f.pending[0]!.scopes).toBeUndefined();
    expect(notes).toEqual([]);
  });

  it('reads "No device pairing entries." as an empty, complete list', () => {
    const f = table('$ openclaw devices list\nNo device pairing entries.\n').lists[0]!;
    expect(f).toMatchObject({ format: 'table', pending: [], paired: [], complete: true });
  });
});

describe('devices-list-table: 4.20+ and 9.6 formats', () => {
  it('reads the 4.20+ pending columns, device · ip, and Status repair', () => {
    const { lists, notes } = table(TABLE_420);
    expect(lists).toHaveLength(1);
    const f = lists[0]!;
    expect(f.complete).toBe(true);
    expect(f.pending).toEqual([
      {
        requestId: '8b796ecc-ba50-427a-b3ff-19c4c5377692',
        deviceId: D1,
        roles: ['operator'],
        role: 'operator',
        scopes: ['operator.admin', 'operator.read', 'operator.write'],
        remoteIp: '203.0.113.5',
        isRepair: true,
      },
      {
        requestId: '4e1f2a3b-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
        displayName: 'gateway:sessions.patch',
        roles: ['operator'],
        role: 'operator',
        scopes: ['operator.admin'],
        isRepair: false,
      },
    ]);
    expect(f.paired).toEqual([
      { deviceId: D1, roles: ['operator'], role: 'operator', scopes: ['operator.read'], tokens: [{ role: 'operator' }] },
      {
        displayName: 'Control UI',
        roles: ['operator'],
        role: 'operator',
        scopes: ['operator.admin', 'operator.read', 'operator.write', 'operator.approvals', 'operator.pairing'],
        tokens: [{ role: 'operator' }],
        remoteIp: '192.168.1.20',
      },
    ]);
    expect(notes).toEqual([]);
    expect(table(toAscii(TABLE_420)).lists).toEqual(lists);
  });

  it('reads the 9.6 paired table and takes whole ids from the Full device IDs block', () => {
    const { lists, notes } = table(TABLE_96);
    const f = lists[0]!;
    expect(f.paired.map((p) => [p.displayName, p.deviceId])).toEqual([
      ['cli', D1],
      ['Control UI', D2],
    ]);
    expect(f.paired.every((p) => p.deviceIdFragment === undefined)).toBe(true);
    expect(notes).toEqual([]);
  });

  it('keeps 9.6 shortened ids as fragments without the block, and says so', () => {
    const text = TABLE_96.slice(0, TABLE_96.indexOf('Full device IDs'));
    const { lists, notes } = table(text);
    expect(lists[0]!.paired.map((p) => p.deviceIdFragment)).toEqual(['a2db8970aba2', '0a715a56a424']);
    expect(lists[0]!.paired.every((p) => p.deviceId === undefined)).toBe(true);
    expect(notes.map((n) => n.note)).toEqual(['wrapped-table-ids']);
  });

  it('separates single-line rows that sit directly under each other', () => {
    const text = [
      'Paired (2)',
      '┌──────────────────┬──────────┬──────────────────┬──────────┬──────┐',
      '│ Device           │ Roles    │ Scopes           │ Tokens   │ IP   │',
      '├──────────────────┼──────────┼──────────────────┼──────────┼──────┤',
      '│ OpenClaw MCP     │ operator │ operator.read    │ operator │      │',
      '│ ACP              │ operator │ operator.read    │ operator │      │',
      '└──────────────────┴──────────┴──────────────────┴──────────┴──────┘',
    ].join('\n');
    const f = table(text).lists[0]!;
    expect(f.paired.map((p) => p.displayName)).toEqual(['OpenClaw MCP', 'ACP']);
    expect(f.complete).toBe(true);
  });
});
