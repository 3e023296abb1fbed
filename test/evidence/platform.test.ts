import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlatformFact } from '../../src/evidence/facts.ts';
import { makePaste } from '../../src/evidence/paste.ts';
import { platform } from '../../src/evidence/platform.ts';

const run = (text: string) => (platform.extract(makePaste(text)) as PlatformFact[]).map((f) => f.platform).sort();

describe('platform', () => {
  it("an issue form's choices are not the asker's platform; the answer after them is", () => {
    expect(run('- Install method (pnpm/npx/docker/etc):')).toEqual([]);
    expect(run('- Install method (pnpm/npx/docker/etc): pnpm')).toEqual([]);
    expect(run('- Install method (pnpm/npx/docker/etc): docker compose')).toEqual(['docker']);
    expect(run('volumes live in /var/lib/docker/volumes/openclaw')).toEqual(['docker']);
  });

  it('windows', () => {
    for (const t of [
      'PS C:\\Users\\kevin> openclaw devices list',
      'Config: C:\\Users\\kevin\\.openclaw\\openclaw.json',
      '"platform":"win32"',
      'OS: Windows 10',
      'on Windows 11',
      '%USERPROFILE%\\.openclaw',
      'C:\\\\Users\\\\kevin\\\\.openclaw',
      'os: windows11',
    ]) {
      expect(run(t), t).toEqual(['windows']);
    }
  });
  it('macos', () => {
    for (const t of [
      '"platform":"darwin"',
      'OpenClaw 2026.4.12, macOS, node 25.8.1',
      'Config: /Users/alex/.openclaw/openclaw.json',
      'Restarted LaunchAgent: gui/501/ai.openclaw.gateway',
    ]) {
      expect(run(t), t).toEqual(['macos']);
    }
  });
  it('linux', () => {
    for (const t of [
      'OS: Linux 6.8.0',
      'Restarted systemd service: openclaw-gateway.service',
      'Config: /home/alex/.openclaw/openclaw.json',
      'Debian 13 (Trixie)',
      'Ubuntu 24.04',
      '"platform":"linux"',
    ]) {
      expect(run(t), t).toEqual(['linux']);
    }
  });
  it('wsl2, docker, android, ios', () => {
    expect(run('running in WSL2')).toEqual(['wsl2']);
    expect(run('cd /mnt/c/Users/kevin')).toEqual(['wsl2']);
    expect(run('Linux 5.15.153.1-microsoft-standard-WSL2')).toEqual(['linux', 'wsl2']);
    expect(run('docker exec -it openclaw openclaw devices list')).toEqual(['docker']);
    expect(run('docker compose up -d')).toEqual(['docker']);
    expect(run('I run it inside a container')).toEqual(['docker']);
    expect(run('ls /.dockerenv')).toEqual(['docker']);
    expect(run('client=openclaw-android')).toEqual(['android']);
    expect(run('the iOS app, iPhone 15')).toEqual(['ios']);
  });
  it('several at once, once each, at the first sign', () => {
    const facts = platform.extract(makePaste('Windows 11 host\nWSL2 Ubuntu\n/home/me\nWindows again')) as PlatformFact[];
    expect(facts.map((f) => [f.platform, f.at.line])).toEqual([
      ['windows', 1],
      ['linux', 2],
      ['wsl2', 2],
    ]);
  });
  it('not fooled by hints, C:/Users paths in WSL, or words', () => {
    expect(run("Start with: If you're in a container, run it in the foreground.")).toEqual([]);
    expect(run("Start with: If you're in a container, run the gateway in the foreground instead of `openclaw gateway`.")).toEqual([]);
    expect(run('Start with: systemctl --user start openclaw-gateway.service')).toEqual(['linux']);
    expect(run('/mnt/c/Users/kevin')).toEqual(['wsl2']);
    expect(run('the window is open; a container of ideas; ios-like')).toEqual([]);
  });
  it('seeds and fixtures', () => {
    const seed = (n: string) => readFileSync(new URL(`../fixtures/seeds/${n}`, import.meta.url), 'utf8');
    expect(run(seed('000-1-opening-post.txt'))).toEqual(['windows']);
    expect(run(seed('004_ace882d2ada0a49a.txt'))).toEqual(['macos']);
    expect(
      run(readFileSync(new URL('../fixtures/openclaw-2026.4.14/repair-options/f/10-gateway-restart.txt', import.meta.url), 'utf8')),
    ).toEqual(['linux']);
  });
});
