/**
 * The false statements issue 7 found in replies, each pinned: if one comes back, its test fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose.ts';
import { rules } from '../../src/rules/index.ts';
import { loadCorpus } from '../corpus/cases.ts';
import { runExampleAs } from './run-example-as.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'openclaw-2026.4.14', 'stale-baseline');
const read = (f: string) => ({ text: readFileSync(join(FIX, f), 'utf8') });

/** Every reply the engine gives on its own examples and the corpus, short and full. */
function allReplies(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const rule of rules) {
    rule.examples.fires.forEach((ex, i) => {
      const d = runExampleAs(ex, 'en');
      out.push({ where: `${rule.id} #${i + 1}`, text: [d.reply, ...(d.details ?? [])].join('\n') });
    });
  }
  for (const c of loadCorpus()) {
    const d = diagnose(c.messages.map((text) => ({ text })));
    out.push({ where: c.id, text: [d.reply, ...(d.details ?? [])].join('\n') });
  }
  return out;
}

const replies = allReplies();
const offenders = (test: (text: string) => boolean) => replies.filter((r) => test(r.text)).map((r) => r.where);

describe('issue 7: statements that were false', () => {
  it("after `Approved <deviceId> (<requestId>)` the reply does not claim the old list's narrow scopes", () => {
    // The old list shows the CLI at operator.read; on 2026.4.14 it holds all six operator scopes after the approve.
    const d = diagnose([read('cli-error.txt'), read('devices-list.json'), read('approve-fresh.txt')]);
    expect(d.stage).toBe('resolved');
    const lead = d.reply.split('\n')[0]!;
    expect(lead).not.toMatch(/operator\.read/);
    expect(lead).toMatch(/devices list/);
  });

  it('a list newer than the approve is what the reply quotes', () => {
    const d = diagnose([read('cli-error.txt'), read('approve-fresh.txt'), read('devices-list-after-approve.json')]);
    expect(d.stage).toBe('resolved');
    expect(d.reply.split('\n')[0]).toMatch(/operator\.admin/);
  });

  it('"Direct scope access failed; using local fallback." is called normal only for approve, never for `devices list --json`', () => {
    const bad = offenders((text) =>
      text.split('\n').some((line) => /Direct scope access failed/.test(line) && /normal/.test(line) && !/approve/.test(line)),
    );
    expect(bad).toEqual([]);
  });

  it('no recipe reads or moves `identity/device.json` unguarded on a 2026.8+ build', () => {
    const sqliteBuild = 'OpenClaw 2026.9.6\n';
    const thread = [
      { text: `${sqliteBuild}openclaw devices approve 1b2c3d4e-0000-4000-8000-000000000001\nunknown requestId` },
      {
        text: 'openclaw devices approve 1b2c3d4e-0000-4000-8000-000000000002\nunknown requestId\nopenclaw devices approve 1b2c3d4e-0000-4000-8000-000000000003\nunknown requestId',
      },
    ];
    const d = diagnose(thread);
    const text = [d.reply, ...(d.details ?? [])].join('\n');
    expect(text).not.toMatch(/mv [^\n]*identity\/device\.json/);
    // Anywhere else, reading the identity file is guarded by its existence.
    const unguarded = offenders((t) =>
      /require\([^)]*identity\/device\.json"?\)\.deviceId/.test(t.replace(/existsSync\(f\)\?r\.deviceId===require\(f\)\.deviceId/g, '')),
    );
    expect(unguarded).toEqual([]);
  });

  it('no placeholder from a paste is echoed as an id, and no sentence has a missing id', () => {
    expect(offenders((t) => /`(?:<REDACTED>|\.\.\.|…)`/.test(t))).toEqual([]);
    expect(offenders((t) => /(device|request|id) \.(\s|$)/.test(t))).toEqual([]);
    expect(offenders((t) => /openclaw devices (approve|remove|reject) (<REDACTED>|\.\.\.|…)/.test(t))).toEqual([]);
  });

  it('never points to another bot\'s "Mark Solution" app command', () => {
    expect(offenders((t) => /Mark Solution|right-click[^\n]*Apps/i.test(t))).toEqual([]);
  });

  it('rule ids are not in the visible reply, and the footer never stands alone in a message', () => {
    for (const r of replies) expect(r.text).not.toMatch(/-# claw-triage[^\n]*·[^\n]*[a-z]+-[a-z]+-[a-z]+,/);
    for (const rule of rules) {
      rule.examples.fires.forEach((ex) => {
        const d = runExampleAs(ex, 'en');
        for (const m of [...d.messages, ...(d.details ?? [])]) expect(m.trim().startsWith('-# claw-triage')).toBe(false);
      });
    }
  });
});
