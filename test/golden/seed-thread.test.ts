/**
 * The canonical forum thread (seeds/000), replayed message by message as the asker posted it: the
 * reply after each message is what the bot would post at that point.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Diagnosis, diagnose } from '../../src/diagnose.ts';

const seed = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds', name), 'utf8');
const thread = [
  '000-1-opening-post.txt',
  '000-2-version.txt',
  '000-3-please-respond.txt',
  '000-4-logs.txt',
  '000-5-devices-list.txt',
  '000-6-approve-unknown.txt',
].map((f) => ({ text: seed(f) }));
const CLI_DEVICE = 'a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60';
const REQUEST = '8b796ecc-ba50-427a-b3ff-19c4c5377692';

const upTo = (n: number): Diagnosis => diagnose(thread.slice(0, n));

describe('seed thread 000, replayed', () => {
  it('opening post alone: asks for the version and the device list together', () => {
    const d = upTo(1);
    // The post describes the audit line (scope-upgrade, operator.read → operator.admin), so the reply
    // may say what it read (baseline-inspection) as long as it asks for the same two outputs.
    expect(['need-evidence', 'baseline-inspection']).toContain(d.stage);
    expect(d.asks).toEqual(['openclaw --version', 'openclaw devices list --json']);
    // No id is known yet: at most the approve template, never an approve with an id.
    expect(d.reply).not.toMatch(/openclaw devices approve (?!<requestId>)/);
    expect(d.relevant).toBe(true);
  });

  it('with the version: 2026.4.14 has the stale-baseline bug, list and approve', () => {
    const d = upTo(3);
    expect(d.stage).toBe('version-check');
    expect(d.reply).toContain('2026.4.25');
    expect(d.reply).toContain('openclaw devices list --json');
    expect(d.asks).toContain('openclaw devices list --json');
  });

  it('with the audit log: names the CLI device and its scopes, still asks for the list', () => {
    const d = upTo(4);
    expect(d.stage).toBe('version-check');
    expect(d.reply).toContain('`operator.read`');
    expect(d.reply).toContain('openclaw devices approve <requestId>');
  });

  it('with the devices JSON: approve the CLI repair request, never the Control UI device', () => {
    const d = upTo(5);
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain(`openclaw devices approve ${REQUEST}`);
    expect(d.reply).not.toContain('0a715a56');
    expect(d.reply).toMatch(/upgrade to 2026\.4\.25/);
  });

  it('after the stale unknown requestId: no more 8b796ecc, stop the retries, list+approve at once, re-pair path naming the stale device', () => {
    const d = upTo(6);
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).not.toContain(`openclaw devices approve ${REQUEST}`);
    expect(d.reply).toContain('Stop whatever keeps reconnecting');
    expect(d.reply).toContain('openclaw devices list --json');
    // The re-pair path that works while the CLI is narrow (docs/openclaw-facts.md §12): a fresh identity, a full
    // CLI call first, then removing the stale device by its full id. It is the fallback, so it sits
    // in the full explanation (Details), one click from the short reply.
    const full = (d.details ?? d.messages).join('\n\n');
    expect(full).toContain('device.json');
    expect(full).toContain(`openclaw devices remove ${CLI_DEVICE}`);
    expect(full.indexOf('device.json')).toBeLessThan(full.indexOf(`openclaw devices remove ${CLI_DEVICE}`));
    expect(full).not.toContain('0a715a56');
    // Windows user (platform win32 in the JSON): PowerShell commands.
    expect(full).toContain('$env:USERPROFILE');
  });

  it('every reply fits Discord messages', () => {
    for (let n = 1; n <= thread.length; n++) {
      for (const m of upTo(n).messages) expect(m.length).toBeLessThanOrEqual(2000);
    }
  });

  it('judges the request expired when the paste is more than 5 minutes after its ts', () => {
    const d = diagnose(thread.slice(0, 5), { at: Date.parse('2026-04-19T16:06:00Z') });
    expect(d.reply).not.toContain(`openclaw devices approve ${REQUEST}`);
    expect(d.reply).toMatch(/expired/);
  });
});

describe('other seeds', () => {
  it('seed 003 (2026.4.1, CLI already at operator.read): upgrade to 2026.4.25+ and approve the pending request now', () => {
    const d = diagnose([{ text: seed('003_d8192a1a40e8be2a.txt') }]);
    expect(d.stage).toBe('version-check');
    expect(d.reply).toContain('2026.4.25');
    expect(d.reply).toContain('openclaw devices approve <requestId>');
    expect(d.reply).toContain('2026.4.2');
  });

  it('seed 004 (2026.4.12, wrapped audit line, gateway-client asking for operator.approvals): list, approve, and #59555 does not widen an old pairing', () => {
    const d = diagnose([{ text: seed('004_ace882d2ada0a49a.txt') }]);
    expect(d.stage).toBe('version-check');
    expect(d.reply).toContain('openclaw devices list');
    expect(d.reply).toContain('openclaw devices approve <requestId>');
    expect(d.reply).toContain('does not widen a device already paired');
    expect(d.reply).toContain('operator.approvals');
  });

  it('seed 001 (2026.4.14, client=cli, device=... redacted): list and approve with <requestId> until the JSON is pasted', () => {
    const d = diagnose([{ text: seed('001_663b5fa20a7db056.txt') }]);
    expect(d.stage).toBe('version-check');
    expect(d.reply).toContain('openclaw devices approve <requestId>');
    expect(d.asks).toContain('openclaw devices list --json');
  });
});
