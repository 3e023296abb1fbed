/**
 * The bot as a process, the way a container runs it: configuration errors end it with one line,
 * a gateway close Discord will not let it resume ends it with one line naming cause and fix (exit
 * 1, health endpoint gone with it), and SIGTERM ends it cleanly (exit 0) within seconds.
 */

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, makeFakeToken, startFakeDiscord } from '../../testkit/fake-discord/server.ts';
import { alice, eventually } from './harness.ts';
import { freePort, processEnv, run } from './process-harness.ts';

describe('configuration errors', () => {
  it('a missing DISCORD_TOKEN stops the bot with one line naming it', async () => {
    const p = run({ HELP_FORUM_IDS: '123' });
    const { code } = await p.exited;
    expect(code).toBe(1);
    expect(p.err().trim().split('\n')).toHaveLength(1);
    expect(p.err()).toMatch(/^claw-triage: configuration error: DISCORD_TOKEN: /);
    expect(p.out()).toBe('');
  });

  it('a malformed HELP_FORUM_IDS is named, and the token is never echoed', async () => {
    const token = makeFakeToken();
    const p = run({ DISCORD_TOKEN: token, HELP_FORUM_IDS: '123,#help' });
    expect((await p.exited).code).toBe(1);
    expect(p.err()).toMatch(/^claw-triage: configuration error: HELP_FORUM_IDS: expected comma-separated forum channel ids/);
    expect(p.err()).not.toContain(token);
    expect(p.err()).not.toMatch(/\n\s+at /);
  });
});

describe('the running process', () => {
  let fake: FakeDiscord;
  let forumId: string;

  beforeAll(async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
    forumId = fake.createForum({ name: 'help', tags: [{ name: 'Solved' }] }).id;
  });
  afterAll(async () => {
    await fake.close();
  });

  it('serves /healthz and /readyz, and exits 0 within seconds of SIGTERM', async () => {
    const port = await freePort();
    const token = makeFakeToken();
    const p = run({
      DISCORD_TOKEN: token,
      HELP_FORUM_IDS: forumId,
      DISCORD_API_URL: fake.apiUrl,
      HEALTH_PORT: String(port),
      LOG_LEVEL: 'info',
    });
    try {
      await fake.waitForIdentify(15_000);
      const status = async (path: string) => {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        await res.body?.cancel();
        return res.status;
      };
      expect(await status('/healthz')).toBe(200);
      await eventually(async () => expect(await status('/readyz')).toBe(200), 5_000);
      await eventually(() => expect(p.out()).toContain('connected to Discord'));

      // Events in flight when the signal lands are let finish.
      await fake.createThread(forumId, { name: 'late', owner: alice, content: 'hello' });
      // A shutdown that waited for ever would fail on the test timeout, not on a clock reading here.
      p.child.kill('SIGTERM');
      const { code } = await p.exited;
      expect(code).toBe(0);
      const lines = p
        .out()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { msg: string });
      expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'disconnected from Discord', 'stopped']));
      expect(p.out()).not.toContain(token);
      expect(p.err()).toBe('');
    } finally {
      p.child.kill('SIGKILL');
    }
  });
});

describe('gateway closes Discord will not let the bot resume', () => {
  let fake: FakeDiscord;
  let forumId: string;

  beforeAll(async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
    forumId = fake.createForum({ name: 'help' }).id;
  });
  afterAll(async () => {
    await fake.close();
  });

  const start = async () => {
    const port = await freePort();
    const p = run({
      DISCORD_TOKEN: makeFakeToken(),
      HELP_FORUM_IDS: forumId,
      DISCORD_API_URL: fake.apiUrl,
      HEALTH_PORT: String(port),
      LOG_LEVEL: 'info',
    });
    return { p, port };
  };
  const logLines = (out: string) =>
    out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { level: number; msg: string; code?: number });

  it.each([
    [4004, /rejected the bot token.*Fix: reset the token in the Developer Portal.*DISCORD_TOKEN/],
    [4014, /refused a privileged intent.*Fix: turn on Message Content Intent under the Developer Portal/],
    [4011, /requires sharding.*Fix: /],
  ])('%i at login: one line naming cause and fix, exit 1, nothing left listening', async (code, says) => {
    fake.rejectIdentify(code);
    const { p, port } = await start();
    try {
      const { code: exit } = await p.exited;
      expect(exit).toBe(1);
      const errors = logLines(p.out()).filter((l) => l.level >= 50);
      expect(errors, p.out()).toHaveLength(1);
      expect(errors[0]!.code).toBe(code);
      expect(errors[0]!.msg).toContain(`(${code})`);
      expect(errors[0]!.msg).toMatch(says);
      expect(p.err()).toBe('');
      // The health endpoint went with the process: no zombie answering /healthz.
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    } finally {
      fake.rejectIdentify(null);
      p.child.kill('SIGKILL');
    }
  });

  it('a fatal close after ready ends a running bot too, /readyz 200 until then', async () => {
    const { p, port } = await start();
    try {
      await eventually(async () => {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        await res.body?.cancel();
        expect(res.status).toBe(200);
      }, 15_000);
      fake.closeGateway(4004, 'Authentication failed.');
      const { code } = await p.exited;
      expect(code).toBe(1);
      const errors = logLines(p.out()).filter((l) => l.level >= 50);
      expect(errors.map((l) => l.code)).toEqual([4004]);
    } finally {
      p.child.kill('SIGKILL');
    }
  });
});

describe('deploy-commands', () => {
  let fake: FakeDiscord;
  const deploy = fileURLToPath(new URL('../../commands/deploy.ts', import.meta.url));

  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake.close();
  });

  const runDeploy = async (env: Record<string, string>) => {
    const child = spawn(process.execPath, [deploy], {
      env: processEnv({ DISCORD_TOKEN: makeFakeToken(), DISCORD_API_URL: fake.apiUrl, ...env }),
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    return { code, out, err };
  };

  it('registers the commands in one guild when DISCORD_GUILD_ID is set', async () => {
    const r = await runDeploy({ DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Registered 3 commands in guild ${fake.guildId}`);
    const stored = fake.commands(fake.guildId);
    expect(stored.map((c) => c.name).sort()).toEqual(['Diagnose message', 'diagnose', 'verify']);
    const verify = stored.find((c) => c.name === 'verify')!;
    expect(verify.default_member_permissions).toBe(String(1n << 34n));
    expect(stored.find((c) => c.name === 'Diagnose message')!.type).toBe(3);
    expect(fake.commands()).toHaveLength(0);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const r = await runDeploy({ DISCORD_APPLICATION_ID: fake.applicationId });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Registered 3 commands globally');
    expect(
      fake
        .commands()
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Diagnose message', 'diagnose', 'verify']);
  });

  it('needs DISCORD_APPLICATION_ID and says so', async () => {
    const r = await runDeploy({});
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^deploy-commands: configuration error: DISCORD_APPLICATION_ID: required by deploy-commands/);
  });
});
