import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact, LookalikeCause, LookalikeClient, LookalikeFact, Platform } from '../../src/evidence/facts.ts';
import { extractEvidence } from '../../src/evidence/index.ts';
import { docs } from '../../src/openclaw/docs.ts';
import { lookalikeExtractors, lookalikeSigns, otherCauseRules } from '../../src/rules/other-cause/index.ts';
import { Case } from '../../src/triage/case.ts';
import type { Advice, AnyRule, Example, ExampleMessage } from '../../src/triage/rule.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const FORBIDDEN = ['devices approve', 'devices remove', 'devices clear'];
const KNOWN_DOCS = new Set<string>(Object.values(docs).map((d) => d.url));

function messageText(m: ExampleMessage): string {
  return typeof m === 'string' ? readFileSync(join(FIXTURES, m), 'utf8') : m.text;
}

function caseOf(ex: Example): Case {
  const facts: Fact[] = [];
  ex.thread.forEach((m, i) => {
    facts.push(...extractEvidence(messageText(m), i, lookalikeExtractors));
  });
  return new Case(facts, { messageCount: ex.thread.length });
}

function render(a: Advice): string {
  return [
    a.summary,
    ...a.steps.flatMap((s) => [s.text, s.command ?? '']),
    ...(a.ifFails ?? []).flatMap((s) => [s.text, s.command ?? '']),
    ...(a.notFixes ?? []),
    ...(a.notes ?? []),
    ...(a.safety ?? []),
    ...(a.asks ?? []),
  ].join('\n');
}

function checkAdvice(rule: AnyRule, a: Advice): void {
  const text = render(a);
  for (const f of FORBIDDEN) expect(text, `${rule.id} advice contains ${f}`).not.toContain(f);
  expect(a.summary.length).toBeGreaterThan(20);
  expect(a.summary).not.toContain('\n');
  expect(a.steps.length).toBeGreaterThan(0);
  expect(a.notFixes?.length ?? 0, `${rule.id} has notFixes`).toBeGreaterThan(0);
  expect(a.asks?.length ?? 0, `${rule.id} has asks`).toBeGreaterThan(0);
  for (const s of [...a.steps, ...(a.ifFails ?? [])]) {
    if (s.command) {
      expect(s.command).not.toContain('\n');
      if (s.command.startsWith('openclaw ')) expect(s.command).not.toMatch(/devices (approve|remove|clear)/);
    }
  }
  // No secret-shaped value ever appears in advice.
  expect(text).not.toMatch(/[0-9a-f]{48}/);
}

describe('other-cause rules: contract', () => {
  it('has rules with unique ids', () => {
    const ids = otherCauseRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(10);
  });

  for (const rule of otherCauseRules) {
    describe(rule.id, () => {
      it('is a well-formed other-cause rule', () => {
        expect(rule.stage).toBe('other-cause');
        expect(rule.id).toMatch(/^[a-z0-9-]+$/);
        expect(readFileSync(join(import.meta.dirname, '../../src/rules/other-cause', `${rule.id}.ts`), 'utf8')).toContain(
          `id: '${rule.id}'`,
        );
        expect(rule.title.length).toBeGreaterThan(10);
        expect(rule.title).not.toContain('\n');
        expect(rule.docs.length).toBeGreaterThan(0);
        for (const d of rule.docs) expect(KNOWN_DOCS.has(d.url), d.url).toBe(true);
        expect(rule.examples.fires.length).toBeGreaterThan(0);
        expect(rule.examples.silent.length).toBeGreaterThan(0);
      });

      rule.examples.fires.forEach((ex, i) => {
        it(`fires: ${ex.name ?? i}`, () => {
          expect(ex.expect?.stage).toBe('other-cause');
          expect(ex.expect?.absent).toEqual(expect.arrayContaining(['devices approve', 'devices remove']));
          const c = caseOf(ex);
          const m = rule.match(c);
          expect(m, JSON.stringify(c.all('lookalike'))).toBeDefined();
          const advice = rule.advise(m, c);
          checkAdvice(rule, advice);
          const text = render(advice);
          for (const s of ex.expect?.mentions ?? []) expect(text, `${rule.id} mentions ${s}`).toContain(s);
          for (const s of ex.expect?.absent ?? []) expect(text).not.toContain(s);
          expect(rule.aside?.(m, c) ?? '').not.toMatch(/devices (approve|remove|clear)/);
        });
      });

      rule.examples.silent.forEach((ex, i) => {
        it(`silent: ${ex.name ?? i}`, () => {
          expect(rule.match(caseOf(ex))).toBeUndefined();
        });
      });
    });
  }
});

/** Every cause a registered look-alike rule declares: a new rule file is covered without editing this test. */
const ALL_CAUSES: LookalikeCause[] = lookalikeSigns.flatMap((s) => s.causes);
const CLIENTS: (LookalikeClient | undefined)[] = [undefined, 'cli', 'cli-local', 'cli-remote', 'control-ui', 'other'];
const PLATFORMS: Platform[][] = [[], ['windows'], ['linux'], ['macos'], ['windows', 'wsl2']];
const DETAILS: (string | undefined)[] = [
  undefined,
  'Control UI: This Gateway expects its token',
  'token_mismatch',
  'device signature expired',
  'operator.admin',
  'none',
  'https://x.example',
];

function fakeCase(
  cause: LookalikeCause,
  client: LookalikeClient | undefined,
  platforms: Platform[],
  detail: string | undefined,
  code?: number,
): Case {
  const f: LookalikeFact = { kind: 'lookalike', cause, text: `synthetic ${cause}`, at: { message: 0, line: 1 } };
  if (client) f.client = client;
  if (detail) f.detail = detail;
  if (code) f.code = code;
  const facts: Fact[] = [f, ...platforms.map((p, i): Fact => ({ kind: 'platform', platform: p, at: { message: 0, line: i + 2 } }))];
  return new Case(facts, { messageCount: 1 });
}

describe('other-cause rules: every cause is handled, every variant is safe', () => {
  for (const cause of ALL_CAUSES) {
    it(`${cause} is matched by exactly one rule, whose advice never gives pairing commands`, () => {
      const c0 = fakeCase(cause, undefined, [], undefined);
      const matching = otherCauseRules.filter((r) => r.match(c0) !== undefined);
      expect(matching.map((r) => r.id)).toHaveLength(1);
      const rule = matching[0]!;
      for (const client of CLIENTS) {
        for (const platforms of PLATFORMS) {
          for (const detail of DETAILS) {
            for (const code of [undefined, 429]) {
              const c = fakeCase(cause, client, platforms, detail, code);
              const m = rule.match(c);
              expect(m).toBeDefined();
              checkAdvice(rule, rule.advise(m, c));
            }
          }
        }
      }
    });
  }

  it('uses PowerShell syntax on Windows and sh elsewhere', () => {
    const rule = otherCauseRules.find((r) => r.id === 'insecure-ws')!;
    const win = fakeCase('insecure-ws', undefined, ['windows'], undefined);
    const lin = fakeCase('insecure-ws', undefined, ['linux'], undefined);
    expect(render(rule.advise(rule.match(win), win))).toContain('$env:OPENCLAW_ALLOW_INSECURE_PRIVATE_WS');
    expect(render(rule.advise(rule.match(lin), lin))).toContain('export OPENCLAW_ALLOW_INSECURE_PRIVATE_WS');
  });

  it('gateway token advice differs by client', () => {
    const rule = otherCauseRules.find((r) => r.id === 'gateway-token-mismatch')!;
    const text = (client: LookalikeClient) => {
      const c = fakeCase('gateway-token-mismatch', client, [], undefined);
      return render(rule.advise(rule.match(c), c));
    };
    expect(text('cli-remote')).toContain('gateway.remote.token');
    expect(text('control-ui')).toContain('openclaw dashboard --no-open');
    const uiSteps = (() => {
      const c = fakeCase('gateway-token-mismatch', 'control-ui', [], undefined);
      return rule
        .advise(rule.match(c), c)
        .steps.map((s) => `${s.text} ${s.command ?? ''}`)
        .join('\n');
    })();
    expect(uiSteps).not.toContain('gateway.remote.token');
    expect(text('cli-local')).toContain('OPENCLAW_GATEWAY_TOKEN');
  });

  it('only device-removed talks about a new pairing request as the fix', () => {
    const rule = otherCauseRules.find((r) => r.id === 'device-removed')!;
    const c = fakeCase('device-removed', undefined, [], undefined);
    const text = render(rule.advise(rule.match(c), c));
    expect(text).toContain('openclaw devices list');
    expect(text).toContain('new pairing request');
  });
});

describe('threads with more than one look-alike', () => {
  function threadCase(...texts: string[]): Case {
    return new Case(
      texts.flatMap((t, i) => extractEvidence(t, i, lookalikeExtractors)),
      { messageCount: texts.length },
    );
  }
  const ids = (c: Case) => otherCauseRules.filter((r) => r.match(c) !== undefined).map((r) => r.id);

  it('a fixed old failure does not shadow the new one', () => {
    const c = threadCase(
      'gateway closed (1008): unauthorized: gateway token mismatch (provide gateway auth token)',
      '{"status":"forbidden","error":"agentId is not allowed for sessions_spawn (allowed: none)"}',
    );
    expect(ids(c)).toEqual(['allow-agents']);
  });

  it('a bare client-side unauthorized after the gateway log keeps the logged reason', () => {
    const c = threadCase(
      '[ws] unauthorized conn=1 remote=10.0.0.2 client=cli cli reason=token_mismatch',
      'gateway closed (1008): unauthorized',
    );
    expect(ids(c)).toEqual(['gateway-token-mismatch', 'bare-unauthorized']);
  });

  it('token mismatch and the lockout it causes in one paste: the cause leads', () => {
    const c = threadCase(
      'gateway closed (1008): unauthorized: gateway token mismatch (provide gateway auth token)\ngateway closed (1008): unauthorized: too many failed authentication attempts (retry later)',
    );
    expect(ids(c)).toEqual(['gateway-token-mismatch', 'rate-limited']);
    const rate = otherCauseRules.find((r) => r.id === 'rate-limited')!;
    expect(render(rate.advise(rate.match(c), c))).toContain('gateway token mismatch');
  });
});
