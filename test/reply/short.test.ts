/**
 * Short first (issue 7): the posted reply keeps what this thread makes likely and leaves the rest
 * to Details; the lead and the steps are in the first message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose.ts';
import { rules } from '../../src/rules/index.ts';
import { headInFirstMessage } from './first-message.ts';
import { runExampleAs } from './run-example-as.ts';

const SEED = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds', '000-5-devices-list.txt'), 'utf8');
const section = (reply: string, heading: string) => reply.split('\n\n').find((s) => s.startsWith(`**${heading}`));

describe('the short reply', () => {
  it('has at most three "will not help" items, the lead and steps in its first message, and Details holds more', () => {
    for (const rule of rules) {
      rule.examples.fires.forEach((ex, i) => {
        for (const lang of ['en', 'zh-Hans'] as const) {
          const d = runExampleAs(ex, lang);
          const notFixes = d.reply.split('\n\n').find((s) => /^\*\*(What will not help|这些没有用)/.test(s));
          expect(notFixes?.split('\n').length ?? 0, `${rule.id} #${i + 1}`).toBeLessThanOrEqual(4);
          expect(headInFirstMessage(d), `${rule.id} #${i + 1}`).toBe(true);
          expect((d.details ?? []).join('\n').length).toBeGreaterThanOrEqual(d.reply.length - 40);
        }
      });
    }
  });

  it('answers "is it safe?" only when asked', () => {
    const plainThread = diagnose([{ text: SEED }]);
    expect(section(plainThread.reply, 'Is this safe')).toBeUndefined();
    expect((plainThread.details ?? []).join('\n')).toContain('**Is this safe?');
    const asked = diagnose([{ text: SEED }, { text: 'Is it safe to approve this? Will I need to do it again after every update?' }]);
    expect(section(asked.reply, 'Is this safe')).toBeDefined();
    const askedZh = diagnose([{ text: SEED }, { text: '批准这个请求安全吗？以后还要再批准吗？' }]);
    expect(askedZh.language).toBe('zh-Hans');
    expect(askedZh.reply).toContain('这样安全吗');
  });

  it('answers "is it safe?" unasked when approving gives admin to a device from another address', () => {
    const F = join(import.meta.dirname, '..', 'fixtures', 'openclaw-2026.4.14', 'stale-baseline');
    const error = { text: readFileSync(join(F, 'cli-error.txt'), 'utf8') };
    const doc = JSON.parse(readFileSync(join(F, 'devices-list-after-supersede.json'), 'utf8')) as { pending: { remoteIp?: string }[] };
    const withIp = (ip: string) => {
      doc.pending[0]!.remoteIp = ip;
      return diagnose([error, { text: JSON.stringify(doc, null, 2) }]);
    };
    expect(section(withIp('127.0.0.1').reply, 'Is this safe')).toBeUndefined();
    expect(section(withIp('203.0.113.7').reply, 'Is this safe')).toBeDefined();
  });

  it('names what the asker says they tried, and not the generic list otherwise', () => {
    const plainThread = diagnose([{ text: SEED }]);
    expect(plainThread.reply).not.toContain('openclaw gateway restart` on its own');
    const tried = diagnose([{ text: SEED }, { text: 'I already restarted the gateway twice and rotated the token, still the same.' }]);
    const notFixes = section(tried.reply, 'What will not help')!;
    expect(notFixes).toContain('`openclaw gateway restart` on its own');
    expect(notFixes).toContain('`openclaw devices rotate`');
    expect(notFixes).not.toContain('Deleting all of');
  });

  it('the footer carries the stage, no rule ids, and never stands alone', () => {
    const d = diagnose([{ text: SEED }]);
    const last = d.messages.at(-1)!;
    expect(last).toMatch(/-# claw-triage · `fresh-approve`/);
    expect(last).not.toMatch(/approve-pending-upgrade/);
    expect(last.split('\n\n').length).toBeGreaterThan(1);
  });
});
