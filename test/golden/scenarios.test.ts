/**
 * The captured runs replayed as threads, one message per step in the order they ran (steps.tsv):
 * the diagnosis must follow the user through the flow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose.ts';
import { CAPTURES } from './captures.ts';

const read = (f: string) => ({ text: readFileSync(join(CAPTURES, f), 'utf8') });

function replay(files: string[]) {
  const thread = files.map(read);
  return files.map((_, i) => diagnose(thread.slice(0, i + 1)));
}

describe('stale-baseline run (2026.4.14)', () => {
  const steps = replay([
    'stale-baseline/probe.txt',
    'stale-baseline/cli-error.txt',
    'stale-baseline/devices-list.json',
    'stale-baseline/remove-while-narrow.txt',
    'stale-baseline/devices-list-after-supersede.json',
    'stale-baseline/approve-stale.txt',
    'stale-baseline/approve-fresh.txt',
    'stale-baseline/approve-fresh-again.txt',
    'stale-baseline/devices-list-after-approve.json',
    'stale-baseline/post-fix-health.txt',
  ]);
  it('probe alone says nothing pairing-shaped', () => expect(steps[0]!.stage).toBe('no-match'));
  it('the 1008 failure on 2026.4.14 (the probe printed the version): list and approve, upgrade', () => {
    expect(steps[1]!.stage).toBe('version-check');
    expect(steps[1]!.reply).toContain('2026.4.25');
    expect(steps[1]!.asks).toContain('openclaw devices list --json');
  });
  it('the list gives the exact approve', () => {
    expect(steps[2]!.stage).toBe('fresh-approve');
    expect(steps[2]!.reply).toContain('openclaw devices approve dc4f76b2-9651-46f8-8d23-9954d47b4a6a');
  });
  it('a failed remove from the narrow CLI points back to approve', () => {
    expect(steps[3]!.stage).toBe('fresh-approve');
    expect(steps[3]!.reply).toContain('no local fallback');
  });
  it('after the supersede, the new id is the one to approve', () => {
    expect(steps[4]!.reply).toContain('openclaw devices approve 623e404a-c253-43e4-97ff-8a3b320cc7bc');
    expect(steps[4]!.reply).not.toContain('openclaw devices approve dc4f76b2');
  });
  it('approving the stale id is explained, and the fresh one is still offered', () => {
    expect(steps[5]!.stage).toBe('fresh-approve');
    expect(steps[5]!.reply).not.toContain('openclaw devices approve dc4f76b2');
  });
  it('the fresh approve resolves it', () => expect(steps[6]!.stage).toBe('resolved'));
  it('approving twice is still resolved, and explained', () => {
    expect(steps[7]!.stage).toBe('resolved');
    expect(steps[7]!.reply).toContain('approved the same id twice');
  });
  it('the list and the healthy call after the fix stay resolved', () => {
    expect(steps[8]!.stage).toBe('resolved');
    expect(steps[9]!.stage).toBe('resolved');
  });
});

describe('--latest preview run (2026.4.14, scenario B)', () => {
  const steps = replay([
    'stale-baseline/B-cli-error.txt',
    'stale-baseline/approve-latest.txt',
    'stale-baseline/approve-latest-followup.txt',
    'stale-baseline/B-post-latest-health.txt',
  ]);
  it('the preview approves nothing: run the printed command', () => {
    expect(steps[1]!.stage).toBe('fresh-approve');
    expect(steps[1]!.findings[0]!.rule).toBe('latest-preview-only');
    expect(steps[1]!.reply).toContain('openclaw devices approve de643165-0dae-4f4b-a583-870e06ee9eda');
  });
  it('the follow-up approve resolves it', () => {
    expect(steps[2]!.stage).toBe('resolved');
    expect(steps[3]!.stage).toBe('resolved');
  });
});

describe('identity clients run (mcp serve, then acp asks for more)', () => {
  const steps = replay([
    'identity-clients/acp-upgrade.txt',
    'identity-clients/devices-list-2.json',
    'identity-clients/approve-upgrade.txt',
    'identity-clients/approve-upgrade-again.txt',
  ]);
  it('the acp failure alone asks for evidence; the list gives the approve', () => {
    expect(steps[0]!.stage).toBe('need-evidence');
    expect(steps[1]!.stage).toBe('fresh-approve');
    expect(steps[1]!.reply).toContain('openclaw devices approve 3d454166-4604-4439-b766-2ed1311bdbf0');
  });
  it('approve, then approve again: resolved', () => {
    expect(steps[2]!.stage).toBe('resolved');
    expect(steps[3]!.stage).toBe('resolved');
  });
});

describe('remove-repair run', () => {
  const steps = replay([
    'remove-repair/cli-error.txt',
    'remove-repair/devices-list.json',
    'remove-repair/approve.txt',
    'remove-repair/post-approve-health.txt',
    'remove-repair/remove.txt',
    'remove-repair/devices-list-after-remove.json',
  ]);
  it('list then approve', () => {
    expect(steps[1]!.reply).toContain('openclaw devices approve 2f6eb5d0-dcff-42fd-9c68-90df5e067054');
    expect(steps[2]!.stage).toBe('resolved');
  });
  it('after remove, the next full call re-pairs', () => {
    expect(steps[4]!.findings.map((f) => f.rule)).toContain('removed-then-re-pair');
  });
});
