/**
 * The offline CLI is a contract (README): run it as a user would, with the project's Node 24.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'test', 'fixtures', 'seeds');

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [join(ROOT, 'src', 'cli.ts'), ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const DEVICES_LIST = join(SEEDS, '000-5-devices-list.txt');
let devicesListJson: ReturnType<typeof cli> | undefined;
/** `--json` on the devices-list seed, which several tests compare against: run once, not once each. */
const devicesList = () => (devicesListJson ??= cli(['--json', DEVICES_LIST]));

const STAGES = [
  'version-check',
  'baseline-inspection',
  'fresh-approve',
  'remove-repair',
  'resolved',
  'other-cause',
  'need-evidence',
  'no-match',
];

describe('claw-triage CLI', () => {
  it('--json prints one object with the contract fields and nothing else', () => {
    const r = devicesList();
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['asks', 'details', 'findings', 'language', 'messages', 'reply', 'stage']);
    expect(out.language).toBe('en');
    expect(STAGES).toContain(out.stage);
    for (const f of out.findings) expect(Object.keys(f).sort()).toEqual(['rule', 'stage', 'title']);
    expect(out.reply).toContain('openclaw devices approve 8b796ecc-ba50-427a-b3ff-19c4c5377692');
    for (const m of out.messages) expect(m.length).toBeLessThanOrEqual(2000);
  });

  it("--full prints the full explanation (what Details shows), which holds the short reply's steps and more", () => {
    const json = JSON.parse(devicesList().stdout);
    const full = cli(['--full', join(SEEDS, '000-5-devices-list.txt')]);
    expect(full.code).toBe(0);
    expect(full.stdout).toBe(`${json.details.join('\n\n')}\n`);
    expect(full.stdout.length).toBeGreaterThan(json.reply.length);
    expect(full.stdout).toContain('openclaw devices approve 8b796ecc-ba50-427a-b3ff-19c4c5377692');
  });

  it('without --json prints the reply exactly as the bot posts it', () => {
    const json = JSON.parse(devicesList().stdout);
    const text = cli([join(SEEDS, '000-5-devices-list.txt')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(`${json.reply}\n`);
  });

  it('treats several files as one thread, oldest first', () => {
    const out = JSON.parse(
      cli(['--json', join(SEEDS, '000-4-logs.txt'), join(SEEDS, '000-5-devices-list.txt'), join(SEEDS, '000-6-approve-unknown.txt')])
        .stdout,
    );
    expect(out.reply).not.toContain('openclaw devices approve 8b796ecc');
    expect(out.reply).toContain('a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60');
  });

  it('reads standard input for - and for no file', () => {
    const paste = 'gateway closed (1008): pairing required\n';
    expect(JSON.parse(cli(['--json', '-'], paste).stdout).stage).toBe('need-evidence');
    expect(JSON.parse(cli(['--json'], paste).stdout).stage).toBe('need-evidence');
  });

  it('--at judges an old request expired; without it nothing expires', () => {
    expect(JSON.parse(devicesList().stdout).reply).toContain('openclaw devices approve 8b796ecc');
    const late = JSON.parse(cli(['--json', '--at', '2026-04-19T17:00:00Z', DEVICES_LIST]).stdout);
    expect(late.reply).not.toContain('openclaw devices approve 8b796ecc');
  });

  it('exits 2 with one line naming a missing file, and on bad usage; never a stack trace', () => {
    const missing = cli(['/no/such/file.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('/no/such/file.txt');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(cli(['--bogus']).code).toBe(2);
    expect(cli(['--at', 'yesterday', '-']).code).toBe(2);
    expect(cli(['--at']).code).toBe(2);
    expect(cli([ROOT]).code).toBe(2);
  });

  it('an empty or binary file is a message with no evidence, not an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claw-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bin.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3]));
    for (const f of ['empty.txt', 'bin.png']) {
      const r = cli(['--json', join(dir, f)]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).stage).toBe('no-match');
    }
  });

  it('handles a file of more than 10 MB', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claw-'));
    const line = '2026-04-19T17:42:10.000Z [gateway] heartbeat ok conn=6faf72c8-34a2-4149-ae2b-3436fd1c83a0\n';
    const big = `${line.repeat(Math.ceil((11 * 1024 * 1024) / line.length))}gateway closed (1008): pairing required\n`;
    writeFileSync(join(dir, 'big.log'), big);
    const r = cli(['--json', join(dir, 'big.log')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).stage).toBe('need-evidence');
  });

  it('reads --title as the bot reads a forum post title', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claw-'));
    writeFileSync(join(dir, 'body.txt'), 'see the screenshot, what do I do?\n');
    const titled = JSON.parse(cli(['--json', '--title', 'disconnected (1008): pairing required', join(dir, 'body.txt')]).stdout);
    expect(titled.stage).toBe('fresh-approve');
    expect(JSON.parse(cli(['--json', join(dir, 'body.txt')]).stdout).stage).toBe('no-match');
  });

  it('names an unknown option, and takes --at=TIME and files after --', () => {
    const bogus = cli(['--verbose', '-']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toBe(
      "claw-triage: Unknown option '--verbose'\nusage: claw-triage [--json] [--full] [--at ISO-8601] [--title TEXT] [FILE|-]...\n",
    );
    const file = join(SEEDS, '000-5-devices-list.txt');
    const late = JSON.parse(cli(['--json', '--at=2026-04-19T17:00:00Z', '--', file]).stdout);
    expect(late.reply).not.toContain('openclaw devices approve 8b796ecc');
  });

  it('reads a UTF-16LE file (PowerShell `>`) as its text, and says under the reply which file it skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claw-'));
    const text = readFileSync(join(SEEDS, '000-5-devices-list.txt'), 'utf8');
    writeFileSync(join(dir, 'ps.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]));
    writeFileSync(join(dir, 'shot.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const plain = JSON.parse(cli(['--json', join(SEEDS, '000-5-devices-list.txt')]).stdout);
    const utf16 = JSON.parse(cli(['--json', join(dir, 'ps.txt')]).stdout);
    expect(utf16.reply).toBe(plain.reply);
    const withBinary = cli([join(dir, 'ps.txt'), join(dir, 'shot.png')]);
    expect(withBinary.stdout).toContain('\n-# I skipped shot.png: not a text file (binary content).');
  });

  it('--help prints usage', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('usage: claw-triage');
  });
});
