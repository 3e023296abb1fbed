import { describe, expect, it } from 'vitest';
import { extractEvidence } from '../../src/evidence/index.ts';
import { Case } from '../../src/triage/case.ts';

/** Issue 6 §3: the asker's own version is not the last version named. */
const buildOf = (...messages: string[]) =>
  new Case(
    messages.flatMap((m, i) => extractEvidence(m, i)),
    { messageCount: messages.length },
  ).build?.version.raw;

describe('whose version a thread names', () => {
  it('a labelled or stated version beats versions quoted from fixes, ranges and other issues', () => {
    expect(buildOf('Version: 2026.5.12 (and persists from 2026.5.7)')).toBe('2026.5.12');
    expect(buildOf("I'm on 2026.4.14. The fix landed in 2026.4.25 according to the changelog.")).toBe('2026.4.14');
    expect(buildOf('Still broken: 2026.4.15 (per #70195)\nOpenClaw version: 2026.3.28')).toBe('2026.3.28');
    expect(buildOf('running 2026.4.15 (or any version >= 2026.3.28)')).toBe('2026.4.15');
    expect(buildOf('我的版本是 2026.3.13，听说 2026.4.25 修复了')).toBe('2026.3.13');
  });
  it('a version only quoted is never taken as theirs', () => {
    expect(buildOf('upgrading from ghcr.io/openclaw/openclaw:2026.2.6 to the 3.x images broke the dashboard')).toBeUndefined();
    expect(buildOf('this was fixed in 2026.4.25, right?')).toBeUndefined();
  });
  it('an issue form answer under its heading', () => {
    expect(buildOf('### OpenClaw Version\n\n2026.2.23\n\n### Other\n"version": "2026.3.8"')).toBe('2026.2.23');
  });
  it('gateway and CLI named in prose keep their roles', () => {
    expect(buildOf('Gateway 2026.7.1 in Docker, CLI 2026.6.9 on the host')).toBe('2026.7.1');
    expect(buildOf('- CLI: 2026.5.19 (a185ca2)\n- Android app: 2026.4.5')).toBe('2026.5.19');
  });
  it('an HTML table cell is not a comparison', () => {
    expect(buildOf('<td>2026.3.11 (29dc654)</td>')).toBe('2026.3.11');
  });
});
