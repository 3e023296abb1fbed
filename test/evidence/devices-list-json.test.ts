import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devicesListJson, joinSplitLists } from '../../src/evidence/devices-list-json.ts';
import { asDeviceId, asRequestId } from '../../src/evidence/ids.ts';
import { normalise } from '../../src/evidence/paste.ts';
import { OC414, only, read, run, SEED_000, walk } from './devices-fixtures.ts';

const CLI_DEVICE = 'a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60';
const UI_DEVICE = '0a715a56a4241ae1583ed2dfa153726634094b49692da187dfa8c94e58ddfd13';
const STALE_JSON = `${OC414}/stale-baseline/devices-list.json`;

function lists(text: string) {
  return only(run(devicesListJson, text), 'devices-list');
}

describe('devices-list-json: fixtures', () => {
  const files = walk(OC414).filter((f) =>
    /(?:devices-list|list)[^/]*\.json$|pairing-store[^/]*\.json$|store[^/]*\.json$/.test(basename(f)),
  );

  it('finds the fixture files', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files.map((f) => [f.slice(OC414.length + 1), f]))('%s parses as one complete list', (_name, file) => {
    const text = read(file);
    const facts = lists(text);
    expect(facts).toHaveLength(1);
    const f = facts[0]!;
    expect(f.format).toBe('json');
    // The store wrapper of these fixtures holds both files, so both lists are known.
    expect(f.complete).toBe(true);
    for (const p of f.pending) expect(p.requestId).toBeDefined();
    for (const d of f.paired) expect(d.deviceId).toBeDefined();
    // Token values are secrets and never copied into facts.
    expect(JSON.stringify(f)).not.toContain('REDACTED');
  });

  it('reads the seed 000 list pasted as one line inside prose', () => {
    const facts = lists(read(SEED_000));
    expect(facts).toHaveLength(1);
    const f = facts[0]!;
    expect(f.complete).toBe(true);
    expect(f.localFallback).toBe(true);
    expect(f.pending).toHaveLength(1);
    const p = f.pending[0]!;
    expect(p.requestId).toBe('8b796ecc-ba50-427a-b3ff-19c4c5377692');
    expect(p.deviceId).toBe(CLI_DEVICE);
    expect(p.isRepair).toBe(true);
    expect(p.ts).toBe(1776614440458);
    expect(p.scopes).toContain('operator.admin');
    const cli = f.paired.find((d) => d.deviceId === CLI_DEVICE)!;
    expect(cli.approvedScopes).toEqual(['operator.read']);
    expect(cli.clientMode).toBe('probe');
    const ui = f.paired.find((d) => d.deviceId === UI_DEVICE)!;
    expect(ui.clientId).toBe('openclaw-control-ui');
    expect(ui.scopes).toContain('operator.admin');
    expect(ui.tokens?.[0]?.lastUsedAtMs).toBe(1776610466097);
  });

  it('maps store tokens (keyed by role) to summaries without the token value', () => {
    const f = lists(read(`${OC414}/stale-baseline/pairing-store-before-approve.json`))[0]!;
    expect(f.paired[0]!.tokens).toEqual([{ role: 'operator', scopes: ['operator.read'], createdAtMs: 1795242769859 }]);
    expect(f.pending[0]!.displayName).toBe('OpenClaw MCP');
  });
});

describe('devices-list-json: shapes', () => {
  const entry = (id: string, dev: string, extra = '') =>
    `{"requestId":"${id}","deviceId":"${dev}","role":"operator","scopes":["operator.admin","operator.read"],"isRepair":false,"ts":1${extra}}`;
  const REQ = '11111111-2222-4333-8444-555555555555';
  const DEV = 'b'.repeat(64);

  it('reads empty lists as a complete, empty list', () => {
    const f = lists('{"pending":[],"paired":[]}')[0]!;
    expect(f).toMatchObject({ pending: [], paired: [], complete: true, localFallback: false });
  });

  it('reads CRLF, fences and surrounding prose', () => {
    const text = `here you go\r\n\`\`\`json\r\n{\r\n  "pending": [${entry(REQ, DEV)}],\r\n  "paired": []\r\n}\r\n\`\`\`\r\nthanks!`;
    const f = lists(text)[0]!;
    expect(f.pending[0]!.requestId).toBe(REQ);
    expect(f.complete).toBe(true);
  });

  it('reads smart quotes after normalisation', () => {
    const f = lists(`{\u201cpending\u201d:[],\u201cpaired\u201d:[]}`)[0];
    expect(f?.complete).toBe(true);
  });

  it('gives each of several documents its own fact', () => {
    const text = `before:\n{"pending":[${entry(REQ, DEV)}],"paired":[]}\nafter approve:\n{"pending":[],"paired":[{"deviceId":"${DEV}","scopes":["operator.admin"]}]}`;
    const facts = lists(text);
    expect(facts).toHaveLength(2);
    expect(facts[0]!.pending).toHaveLength(1);
    expect(facts[1]!.paired[0]!.deviceId).toBe(DEV);
    expect(facts[1]!.at.line).toBe(4);
  });

  it('accepts newer fields and drops wrong-typed optional ones without losing the entry', () => {
    const text = `{"pending":[],"paired":[{"deviceId":"${DEV}","operatorLabel":"laptop","lastSeenAtMs":5,"connected":true,"browserOrigin":"http://x","scopes":"operator.admin","remoteIp":42,"approvedAtMs":"soon"}]}`;
    const f = lists(text)[0]!;
    expect(f.complete).toBe(true);
    expect(f.paired).toEqual([{ deviceId: DEV }]);
  });

  it('marks a list with only one of its keys as incomplete', () => {
    const onlyPaired = lists(`{"paired":[{"deviceId":"${DEV}"}]}`)[0]!;
    expect(onlyPaired.complete).toBe(false);
    expect(onlyPaired.paired).toHaveLength(1);
    const onlyPending = lists(`{"pending":[${entry(REQ, DEV)}]}`)[0]!;
    expect(onlyPending.complete).toBe(false);
    expect(onlyPending.pending).toHaveLength(1);
  });

  it('tolerates trailing commas, comments and Python-style quoting', () => {
    const json5 = `{\n  // from my box\n  "pending": [${entry(REQ, DEV)},],\n  /* none */ "paired": [],\n}`;
    expect(lists(json5)[0]).toMatchObject({ complete: true });
    const py = `{'pending': [{'requestId': '${REQ}', 'deviceId': '${DEV}', 'isRepair': True, 'silent': False}], 'paired': []}`;
    const f = lists(py)[0]!;
    expect(f.pending[0]).toMatchObject({ requestId: REQ, isRepair: true, silent: false });
  });

  it('keeps a cut or placeholder id as a fragment, never as an id', () => {
    const f = lists(`{"pending":[{"requestId":"8b796ecc-…","deviceId":"a2db8970…","ts":1}],"paired":[]}`)[0]!;
    expect(f.pending[0]!.requestId).toBeUndefined();
    expect(f.pending[0]!.requestIdFragment).toBe('8b796ecc-…');
    expect(f.pending[0]!.deviceIdFragment).toBe('a2db8970…');
  });

  it('sets localFallback from the notice or from approvedScopes', () => {
    expect(lists(`Direct scope access failed; using local fallback.\n{"pending":[],"paired":[]}`)[0]!.localFallback).toBe(true);
    expect(lists(`{"pending":[],"paired":[{"deviceId":"${DEV}","approvedScopes":[]}]}`)[0]!.localFallback).toBe(true);
  });

  it('recognises a pasted paired.json / pending.json (keyed by id)', () => {
    const paired = `{"${DEV}":{"deviceId":"${DEV}","tokens":{"operator":{"token":"<REDACTED>","role":"operator"}}}}`;
    const f = lists(paired)[0]!;
    expect(f.paired[0]!.deviceId).toBe(DEV);
    expect(f.paired[0]!.tokens).toEqual([{ role: 'operator' }]);
    expect(f.complete).toBe(false);
    const pending = `{"${REQ}":${entry(REQ, DEV)}}`;
    expect(lists(pending)[0]!.pending[0]!.requestId).toBe(REQ);
  });

  it('does not take other JSON for a devices list', () => {
    expect(lists(read(`${OC414}/stale-baseline/approve-latest-json.json`))).toEqual([]);
    expect(lists(`{"requestId":"${REQ}","device":{"deviceId":"${DEV}"}}`)).toEqual([]);
    expect(lists(`{"removedDevices":["${DEV}"],"rejectedPending":[]}`)).toEqual([]);
    expect(lists(`{"${'c'.repeat(64)}":{"name":"not a device"}}`)).toEqual([]);
    expect(lists(`{"0":"{\\"subsystem\\":\\"gateway\\"}","1":"device pairing requested deviceId=x"}`)).toEqual([]);
  });
});

describe('devices-list-json: truncation', () => {
  const full = read(STALE_JSON);
  const seedLine = read(SEED_000)
    .split('\n')
    .find((l) => l.startsWith('{"pending"'))!;

  it('salvages the complete entries of a cut paste and says it is cut', () => {
    const cut = seedLine.slice(0, seedLine.indexOf('{"deviceId":"0a715a56'));
    const facts = run(devicesListJson, cut);
    const f = only(facts, 'devices-list')[0]!;
    expect(f.complete).toBe(false);
    expect(f.pending).toHaveLength(1);
    expect(f.paired.map((d) => d.deviceId)).toEqual([CLI_DEVICE]);
    expect(only(facts, 'input-note').map((n) => n.note)).toEqual(['truncated-json']);
  });

  it('drops an entry whose scopes were cut instead of showing fewer scopes', () => {
    const cut = full.slice(0, full.indexOf('"operator.write"'));
    const f = lists(cut)[0]!;
    expect(f.pending).toEqual([]);
    expect(f.complete).toBe(false);
  });

  for (const [name, text] of [
    ['pretty', full],
    ['single-line seed', seedLine],
  ] as const) {
    it(`at every 97th cut of the ${name} JSON: no throw, no invented entry, whole ids`, () => {
      const whole = lists(text)[0]!;
      const knownReq = new Set(whole.pending.map((p) => p.requestId));
      const knownDev = new Set([...whole.pending.map((p) => p.deviceId), ...whole.paired.map((p) => p.deviceId)]);
      for (let cut = 0; cut <= text.length; cut += 97) {
        const facts = lists(text.slice(0, cut));
        expect(facts.length).toBeLessThanOrEqual(1);
        const f = facts[0];
        if (!f) continue;
        if (text.slice(cut).trim() !== '') expect(f.complete).toBe(false);
        expect(f.pending.length).toBeLessThanOrEqual(whole.pending.length);
        expect(f.paired.length).toBeLessThanOrEqual(whole.paired.length);
        for (const p of f.pending) {
          expect(knownReq.has(p.requestId)).toBe(true);
          expect(asRequestId(p.requestId)).toBe(p.requestId);
          expect(p).toEqual(whole.pending.find((w) => w.requestId === p.requestId));
        }
        for (const d of f.paired) {
          expect(knownDev.has(d.deviceId)).toBe(true);
          expect(asDeviceId(d.deviceId)).toBe(d.deviceId);
        }
      }
    });
  }
});

describe('joinSplitLists', () => {
  const full = read(STALE_JSON);
  /** The two messages as extraction reads them after the join. */
  const join = (first: string, second: string) => joinSplitLists([normalise(first), normalise(second)]);

  it('moves a list split at any point into the second message, whole', () => {
    for (let cut = 20; cut < full.length - 5; cut += 41) {
      const [a, b] = join(`my list:\n${full.slice(0, cut)}`, full.slice(cut));
      expect(a, `cut at ${cut}`).toBe('my list:\n');
      const found = lists(b!);
      expect(found, `cut at ${cut}`).toHaveLength(1);
      expect(found[0]!.complete).toBe(true);
    }
  });

  it('joins when the continuation message is fenced', () => {
    const cut = full.indexOf('"paired"');
    const [a, b] = join(`\`\`\`json\n${full.slice(0, cut)}`, `${full.slice(cut)}\n\`\`\``);
    expect(lists(a!)).toEqual([]);
    expect(lists(b!)[0]!.complete).toBe(true);
  });

  it('leaves unrelated second messages alone', () => {
    const cut = full.indexOf('"paired"');
    const unchanged = (first: string, second: string) => expect(join(first, second)).toEqual([normalise(first), normalise(second)]);
    unchanged(full.slice(0, cut), 'thanks, what now?');
    unchanged(full.slice(0, cut), '{"pending":[],"paired":[]}');
    unchanged(full, '"paired": []}');
    unchanged('no json here', full);
  });
});
