import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LookalikeFact } from '../../src/evidence/facts.ts';
import { makePaste } from '../../src/evidence/paste.ts';
import { lookalikeExtractors, lookalikeSigns } from '../../src/rules/other-cause/index.ts';

/** The extractor as diagnose runs it: built from the registered rules' declarations. */
const lookalike = lookalikeExtractors[0]!;

/** Every cause a registered look-alike rule declares. */
const CAUSES = new Set<string>(lookalikeSigns.flatMap((s) => s.causes));
const CLIENTS = new Set(['cli', 'cli-local', 'cli-remote', 'control-ui', 'other']);

/** Real fragments, so mutations land near the interesting code paths. */
const SEEDS = [
  'gateway closed (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\nSource: config gateway.remote.url',
  '[ws] unauthorized conn=1 remote=127.0.0.1 client=cli cli reason=token_mismatch',
  '{"cause":"unauthorized","authReason":"rate_limited","origin":"https://x"}',
  '\\"cause\\":\\"origin-mismatch\\"',
  '$ openclaw devices approve 8b796ecc-ba50-427a-b3ff-19c4c5377692\nmissing scope: operator.admin',
  '{"status":"forbidden","error":"agentId is not allowed for sessions_spawn (allowed: none)"}',
  'sessions_spawn is not allowed at this depth (current depth: 1, max: 1)',
  'SECURITY ERROR: Cannot connect to "10.0.0.1" over plaintext ws://',
  '{"error":{"message":"Unauthorized","type":"unauthorized"}}',
  'disconnected (4001): device removed',
  'gateway closed (1013): gateway starting',
  'http://10.0.0.5:18789/#token=0123456789abcdef0123456789abcdef0123456789abcdef',
  'device identity required (use HTTPS or localhost)',
  '[ws] → close code=1008 reason=unauthorized cause=unauthorized handshake=failed',
];

const fragment = fc.oneof(
  fc.constantFrom(...SEEDS),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'unauthorized',
    'unauthorized:',
    '"cause"',
    ' cause=',
    'missing scope: ',
    '(allowed:',
    'reason=',
    '\n',
    '\\n',
    '"',
    '(',
    ')',
    '1008',
    'Source: ',
    'openclaw ',
  ),
);

/** Concatenations of seeds, cut, spliced and garbled. */
const mutated = fc
  .tuple(fc.array(fragment, { maxLength: 12 }), fc.nat(), fc.nat(), fc.string({ maxLength: 10 }))
  .map(([parts, a, b, junk]) => {
    const s = parts.join('');
    if (s.length === 0) return junk;
    const i = a % s.length;
    const j = b % s.length;
    return s.slice(0, Math.min(i, j)) + junk + s.slice(Math.max(i, j));
  });

function check(text: string): void {
  let out: unknown;
  expect(() => {
    out = lookalike.extract(makePaste(text, 2));
  }).not.toThrow();
  expect(Array.isArray(out)).toBe(true);
  for (const f of out as LookalikeFact[]) {
    expect(f.kind).toBe('lookalike');
    expect(CAUSES.has(f.cause)).toBe(true);
    expect(typeof f.text).toBe('string');
    expect(f.text.length).toBeLessThanOrEqual(302);
    expect(f.at.message).toBe(2);
    expect(Number.isInteger(f.at.line) && f.at.line >= 1).toBe(true);
    if (f.detail !== undefined) expect(typeof f.detail).toBe('string');
    if (f.code !== undefined) expect(Number.isInteger(f.code)).toBe(true);
    if (f.client !== undefined) expect(CLIENTS.has(f.client)).toBe(true);
    if (f.time !== undefined) expect(Number.isFinite(f.time)).toBe(true);
    // No 48-hex gateway token ever survives into a fact.
    const runs = f.text.replace(/device=[0-9a-f]{64}/g, '').match(/[0-9a-f]{48,}/g) ?? [];
    expect(runs.filter((r) => /\d/.test(r) && /[a-f]/.test(r))).toEqual([]);
  }
}

describe('lookalike extractor properties', () => {
  it('never throws on arbitrary strings, and facts are well-typed', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), check), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 300 });
  });

  it('never throws on mutated real fragments', () => {
    fc.assert(fc.property(mutated, check), { numRuns: 1500 });
  });

  // Large adversarial inputs (needle floods, open parentheses, endless details) run through this
  // extractor in test/properties/adversarial.test.ts at 1 MB, and at 5 MB in `npm run bench`.
});
