import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approvePreview } from '../../src/evidence/approve-preview.ts';
import { devicesListJson, joinSplitLists } from '../../src/evidence/devices-list-json.ts';
import { devicesListTable } from '../../src/evidence/devices-list-table.ts';
import type { Extractor } from '../../src/evidence/extractor.ts';
import type { Fact } from '../../src/evidence/facts.ts';
import { asDeviceId, asRequestId } from '../../src/evidence/ids.ts';
import { redactSecrets } from '../../src/evidence/redact.ts';
import { secrets } from '../../src/evidence/secrets.ts';
import { extractThread } from '../../src/evidence/thread.ts';
import { OC414, read, run, SEED_000 } from './devices-fixtures.ts';

const EXTRACTORS: Extractor[] = [devicesListJson, devicesListTable, approvePreview, secrets];

const REAL = [
  read(`${OC414}/stale-baseline/devices-list.json`),
  read(`${OC414}/stale-baseline/devices-list.txt`),
  read(`${OC414}/stale-baseline/devices-list-after-approve.txt`),
  read(`${OC414}/identity-clients/devices-list-1.txt`),
  read(`${OC414}/stale-baseline/approve-latest.txt`),
  read(`${OC414}/stale-baseline/approve-latest-json.json`),
  read(`${OC414}/stale-baseline/pairing-store-before-approve.json`),
  read(SEED_000),
];

/** Every id in a fact is whole (branded ids only ever hold valid ids). */
function checkFact(f: Fact): void {
  expect(typeof f.at.message).toBe('number');
  expect(f.at.line).toBeGreaterThanOrEqual(1);
  if (f.kind === 'devices-list') {
    expect(['json', 'table']).toContain(f.format);
    expect(typeof f.complete).toBe('boolean');
    expect(typeof f.localFallback).toBe('boolean');
    for (const p of f.pending) {
      if (p.requestId !== undefined) expect(asRequestId(p.requestId)).toBe(p.requestId);
      if (p.deviceId !== undefined) expect(asDeviceId(p.deviceId)).toBe(p.deviceId);
      if (p.scopes !== undefined) for (const s of p.scopes) expect(typeof s).toBe('string');
    }
    for (const d of f.paired) {
      if (d.deviceId !== undefined) expect(asDeviceId(d.deviceId)).toBe(d.deviceId);
      for (const t of d.tokens ?? []) {
        expect(typeof t.role).toBe('string');
        expect(Object.keys(t)).not.toContain('token');
      }
    }
  }
  if (f.kind === 'approve-preview') {
    if (f.requestId !== undefined) expect(asRequestId(f.requestId)).toBe(f.requestId);
    if (f.deviceId !== undefined) expect(asDeviceId(f.deviceId)).toBe(f.deviceId);
  }
  if (f.kind === 'secret') expect(f.label.length).toBeGreaterThan(0);
}

function runAll(text: string): void {
  for (const e of EXTRACTORS) for (const f of run(e, text)) checkFact(f);
}

/** Edits a real paste: cut, duplicate, delete, insert noise, swap box characters. */
const mutated = fc
  .tuple(
    fc.constantFrom(...REAL),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat({ max: 200 }),
        fc.constantFrom('', '{', '}', '[', ']', '"', ',', '\n', '│', '┼', '─', '\\', 'a', '…', ' ', '\u201c'),
      ),
      { maxLength: 8 },
    ),
  )
  .map(([text, edits]) => {
    let t = text;
    for (const [at, len, ins] of edits) {
      const p = at % (t.length + 1);
      t = t.slice(0, p) + ins + t.slice(p + (len % 20));
    }
    return t;
  });

describe('properties: all my extractors', () => {
  it('never throw and stay well-typed on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => runAll(s)),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'{}[]",:│┌┬┐├┼┤└┴┘─+-| \naf0123456789.…'), maxLength: 400 }), (s) => runAll(s)),
      { numRuns: 400 },
    );
  });

  it('never throw and stay well-typed on mutated real pastes', () => {
    fc.assert(
      fc.property(mutated, (s) => runAll(s)),
      { numRuns: 300 },
    );
  });

  it('never invent ids that are not in the paste', () => {
    fc.assert(
      fc.property(mutated, (s) => {
        for (const e of [devicesListJson, devicesListTable, approvePreview]) {
          for (const f of run(e, s)) {
            const ids: (string | undefined)[] = [];
            if (f.kind === 'devices-list') {
              for (const p of f.pending) ids.push(p.requestId, p.deviceId);
              for (const d of f.paired) ids.push(d.deviceId);
            }
            if (f.kind === 'approve-preview') ids.push(f.requestId, f.deviceId);
            for (const id of ids) {
              if (id === undefined) continue;
              // A wrapped table id is in the paste in pieces: its first 8 characters are on one line.
              expect(s.toLowerCase()).toContain(id.slice(0, 8));
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('joinSplitLists and extractThread never throw, and a join loses no character', () => {
    fc.assert(
      fc.property(mutated, fc.nat(), (s, n) => {
        const cut = n % (s.length + 1);
        const [a, b] = joinSplitLists([s.slice(0, cut), s.slice(cut)]);
        // Moved, not rewritten: only the whitespace at the seam may go.
        expect((a! + b!).replace(/\s/g, '')).toBe(s.replace(/\s/g, ''));
        for (const f of extractThread([{ text: s.slice(0, cut) }, { text: s.slice(cut) }])) checkFact(f);
      }),
      { numRuns: 150 },
    );
  });

  it('redactSecrets never throws and never grows a secret-free text', () => {
    fc.assert(
      fc.property(mutated, (s) => {
        expect(typeof redactSecrets(s)).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});

// The adversarial large inputs (keyword floods, unclosed JSON, deep brackets) run against every
// extractor in test/properties/adversarial.test.ts, and at 5 MB in `npm run bench`.
