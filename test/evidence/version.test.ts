import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { VersionFact } from '../../src/evidence/facts.ts';
import { makePaste } from '../../src/evidence/paste.ts';
import { compareVersions, parseVersion, version } from '../../src/evidence/version.ts';

const run = (text: string): VersionFact[] => version.extract(makePaste(text)) as VersionFact[];
const short = (f: VersionFact) => ({ v: f.version.raw, role: f.role, source: f.source, build: f.build, line: f.at.line });
const fixture = (p: string): string => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');

describe('parseVersion', () => {
  it('parses every scheme of §5.1', () => {
    expect(parseVersion('2026.4.14')).toEqual({ raw: '2026.4.14', year: 2026, month: 4, patch: 14 });
    expect(parseVersion('v2026.4.15')?.raw).toBe('2026.4.15');
    expect(parseVersion('2026.5.3-1')).toMatchObject({ patch: 3, correction: 1 });
    expect(parseVersion('2026.4.1-beta.1')).toMatchObject({ patch: 1, pre: { channel: 'beta', n: 1 } });
    expect(parseVersion('2026.7.2-alpha.3')?.pre).toEqual({ channel: 'alpha', n: 3 });
    expect(parseVersion('2026.6.33')?.patch).toBe(33);
  });
  it('rejects dates and garbage', () => {
    for (const s of ['2026-04-14', '2026.04.14', '2026.13.1', '2026.4', '2026.4.14.1', '20264.1.1', '', 'x2026.4.1', '2026.0.1']) {
      expect(parseVersion(s), s).toBeUndefined();
    }
  });
});

describe('compareVersions', () => {
  it('orders alpha < beta < final < correction, numerically', () => {
    const order = [
      '2026.3.28',
      '2026.4.1-alpha.2',
      '2026.4.1-beta.1',
      '2026.4.1-beta.2',
      '2026.4.1',
      '2026.4.1-1',
      '2026.4.1-2',
      '2026.4.2',
      '2026.4.10',
      '2026.4.25',
      '2026.6.11',
      '2026.6.33',
      '2026.7.1',
    ];
    const parsed = order.map((s) => parseVersion(s)!);
    for (let i = 0; i < parsed.length; i++) {
      for (let j = 0; j < parsed.length; j++) {
        expect(Math.sign(compareVersions(parsed[i]!, parsed[j]!)), `${order[i]} vs ${order[j]}`).toBe(Math.sign(i - j));
      }
    }
  });
});

describe('version extractor', () => {
  it('reads openclaw --version output', () => {
    expect(run(fixture('openclaw-2026.4.14/stale-baseline/version.txt')).map(short)).toEqual([
      { v: '2026.4.14', role: 'cli', source: 'version-command', build: '323493f', line: 1 },
    ]);
    expect(run('$ openclaw --version\nOpenClaw 2026.9.6').map(short)).toEqual([
      { v: '2026.9.6', role: 'cli', source: 'version-command', build: undefined, line: 2 },
    ]);
    // The fixture SUMMARY prints it after a label.
    expect(run('openclaw: OpenClaw 2026.4.14 (323493f)   node: v22.23.3   port: 28789').map(short)[0]).toMatchObject({
      source: 'version-command',
      build: '323493f',
    });
    // Seed 002: the output pasted without the name.
    expect(run('OpenClaw version\n\n2026.4.1 (213a704)').map(short)).toEqual([
      { v: '2026.4.1', role: 'cli', source: 'version-command', build: '213a704', line: 3 },
    ]);
  });

  it('reads the banner (seed 000 approve paste and help output)', () => {
    const facts = run(fixture('seeds/000-6-approve-unknown.txt'));
    expect(facts.map(short)).toEqual([{ v: '2026.4.14', role: 'cli', source: 'banner', build: '323493f', line: 3 }]);
    expect(run('🦞 OpenClaw 2026.4.1 (da64a97) — I read logs so you do not have to.').map(short)[0]).toMatchObject({
      source: 'banner',
      build: 'da64a97',
    });
    expect(run('🦞 OpenClaw 2026.3.11 (unknown) — tagline').map(short)[0]).toMatchObject({ source: 'banner', build: 'unknown' });
  });

  it('reads ws connect lines and probe output', () => {
    expect(run('[ws] ← connect client=cli version=2026.5.4 mode=cli clientId=cli platform=linux auth=token').map(short)[0]).toMatchObject({
      v: '2026.5.4',
      role: 'cli',
      source: 'ws-connect',
    });
    expect(run('[ws] ← connect client=openclaw-control-ui version=2026.5.4 mode=webchat').map(short)[0]).toMatchObject({
      role: 'client',
      source: 'ws-connect',
    });
    const probe = run(fixture('openclaw-2026.4.14/stale-baseline/probe.txt'));
    expect(probe.map(short)).toEqual([{ v: '2026.4.14', role: 'gateway', source: 'probe', build: undefined, line: 13 }]);
  });

  it('reads versions named in prose', () => {
    const text =
      'I am on 2026.4.12. Tried v2026.4.15 too.\nOpenClaw version: 2026.4.14\nbeta 2026.4.1-beta.1 and 2026.5.3-1, extended 2026.6.33';
    expect(run(text).map((f) => [f.version.raw, f.role, f.source])).toEqual([
      ['2026.4.12', 'unknown', 'prose'],
      ['2026.4.15', 'unknown', 'prose'],
      ['2026.4.14', 'unknown', 'prose'],
      ['2026.4.1-beta.1', 'unknown', 'prose'],
      ['2026.5.3-1', 'unknown', 'prose'],
      ['2026.6.33', 'unknown', 'prose'],
    ]);
    expect(run('OpenClaw 2026.4.12, macOS, node 25.8.1').map(short)[0]).toMatchObject({ source: 'prose' });
  });

  it('does not read dates, timestamps, IPs or file names as versions', () => {
    const text = [
      '2026-04-14',
      '2026-11-21T06:32:43.660+00:00 [gateway] starting',
      '/tmp/openclaw/openclaw-2026-11-21.log',
      'Node v22.23.3, linux 6.18.44-fc-v669',
      'host 2026.4.14.7 and 12026.4.1',
      'date 2026.04.14',
      'fixtures/openclaw-2026.4.14/',
    ].join('\n');
    expect(run(text)).toEqual([]);
  });

  it('sets time from a full timestamp and dedupes per line', () => {
    const f = run('2026-11-21T06:32:50.087+00:00   Gateway: vm (192.0.2.2) · linux 6.18.44-fc-v669 · app 2026.4.14');
    expect(f).toHaveLength(1);
    expect(f[0]!.time).toBe(Date.parse('2026-11-21T06:32:50.087Z'));
  });
});
