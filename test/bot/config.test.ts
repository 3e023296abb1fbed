import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadDeployConfig, loadDotenv } from '../../src/config.ts';

const token = 'not-a-real-token';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig({ DISCORD_TOKEN: token })).toEqual({
      DISCORD_TOKEN: token,
      HELP_FORUM_IDS: [],
      MODERATOR_ROLE_IDS: [],
      SOLVED_TAG: 'Solved',
      HEALTH_PORT: 8080,
      LOG_LEVEL: 'info',
      DISCORD_API_URL: undefined,
      DISCORD_GUILD_ID: undefined,
      DISCORD_APPLICATION_ID: undefined,
      CATCH_UP_HOURS: 24,
      DOWNLOAD_CONCURRENCY: 4,
      DOWNLOAD_TIMEOUT_SECONDS: 15,
      THREAD_IDLE_MINUTES: 60,
    });
  });

  it('parses id lists with spaces and stray commas, and treats empty values as unset', () => {
    const c = loadConfig({
      DISCORD_TOKEN: token,
      HELP_FORUM_IDS: ' 111 , 222,,',
      MODERATOR_ROLE_IDS: '',
      HEALTH_PORT: '0',
      SOLVED_TAG: '',
      DISCORD_API_URL: 'http://127.0.0.1:4000/api/',
    });
    expect(c.HELP_FORUM_IDS).toEqual(['111', '222']);
    expect(c.MODERATOR_ROLE_IDS).toEqual([]);
    expect(c.HEALTH_PORT).toBe(0);
    expect(c.SOLVED_TAG).toBe('Solved');
    expect(c.DISCORD_API_URL).toBe('http://127.0.0.1:4000/api');
  });

  it.each([
    [{}, /^DISCORD_TOKEN: required/],
    [{ DISCORD_TOKEN: '  ' }, /^DISCORD_TOKEN: /],
    [{ DISCORD_TOKEN: token, HELP_FORUM_IDS: 'help' }, /^HELP_FORUM_IDS: expected comma-separated forum channel ids/],
    [{ DISCORD_TOKEN: token, MODERATOR_ROLE_IDS: '1,@mods' }, /^MODERATOR_ROLE_IDS: expected comma-separated role ids/],
    [{ DISCORD_TOKEN: token, HEALTH_PORT: 'eighty' }, /^HEALTH_PORT: /],
    [{ DISCORD_TOKEN: token, HEALTH_PORT: '65536' }, /^HEALTH_PORT: /],
    [{ DISCORD_TOKEN: token, LOG_LEVEL: 'verbose' }, /^LOG_LEVEL: expected one of/],
    [{ DISCORD_TOKEN: token, DISCORD_API_URL: 'discord.com/api' }, /^DISCORD_API_URL: expected an http\(s\) URL/],
    [{ DISCORD_TOKEN: token, DISCORD_GUILD_ID: 'my-server' }, /^DISCORD_GUILD_ID: expected a guild id/],
    [{ DISCORD_TOKEN: token, CATCH_UP_HOURS: '200' }, /^CATCH_UP_HOURS: expected hours from 0 to 168/],
    [{ DISCORD_TOKEN: token, DOWNLOAD_CONCURRENCY: '0' }, /^DOWNLOAD_CONCURRENCY: expected a number of downloads from 1 to 32/],
    [{ DISCORD_TOKEN: token, DOWNLOAD_TIMEOUT_SECONDS: '1.5' }, /^DOWNLOAD_TIMEOUT_SECONDS: expected seconds from 1 to 300/],
    [{ DISCORD_TOKEN: token, THREAD_IDLE_MINUTES: 'an hour' }, /^THREAD_IDLE_MINUTES: expected minutes from 5 to 10080/],
  ])('names the bad variable in one line: %j', (env, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
    expect((error as Error).message).not.toContain(token);
  });

  it('deploy-commands needs DISCORD_APPLICATION_ID as well', () => {
    expect(() => loadDeployConfig({ DISCORD_TOKEN: token })).toThrow(/^DISCORD_APPLICATION_ID: required by deploy-commands/);
    expect(loadDeployConfig({ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: '42' }).DISCORD_APPLICATION_ID).toBe('42');
  });
});

describe('loadDotenv', () => {
  it('fills unset variables from .env in development, never overriding, and prints nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claw-env-'));
    writeFileSync(join(dir, '.env'), 'DISCORD_TOKEN=from-file\nLOG_LEVEL=debug\n');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn' };
      loadDotenv(env);
      expect(env).toEqual({ LOG_LEVEL: 'warn', DISCORD_TOKEN: 'from-file' });
      const prod: NodeJS.ProcessEnv = { NODE_ENV: 'production' };
      loadDotenv(prod);
      expect(prod).toEqual({ NODE_ENV: 'production' });
    } finally {
      process.chdir(cwd);
    }
  });
});
