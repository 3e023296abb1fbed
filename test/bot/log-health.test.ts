import { Writable } from 'node:stream';
import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { startHealthServer } from '../../src/health.ts';
import { createLogger, excerpt, scrubRoute } from '../../src/log.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  return { log: createLogger({ level: 'debug', destination: stream }), lines };
}

describe('log', () => {
  it('redacts tokens and message content by path', () => {
    const { log, lines } = capture();
    log.info(
      { token: 'abc', config: { DISCORD_TOKEN: 'def' }, headers: { authorization: 'Bot ghi' }, message: { content: 'pasted' } },
      'x',
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ['abc', 'def', 'Bot ghi', 'pasted']) expect(text).not.toContain(secret);
  });

  it('drops the request body and the interaction token from Discord API errors', () => {
    const { log, lines } = capture();
    const err = new DiscordAPIError(
      { message: 'Missing Permissions', code: 50013 },
      50013,
      403,
      'PATCH',
      'https://discord.com/api/v10/webhooks/123/aW50ZXJhY3Rpb246c2VjcmV0/messages/@original',
      { body: { content: 'reply with the user text' }, files: undefined },
    );
    log.warn({ err }, 'refused');
    const text = JSON.stringify(lines[0]);
    expect(text).toContain('Missing Permissions');
    expect(text).not.toContain('reply with the user text');
    expect(text).not.toContain('aW50ZXJhY3Rpb246c2VjcmV0');
    expect(text).toContain('/webhooks/123/:token/messages/@original');
  });

  it('scrubs interaction tokens from routes', () => {
    expect(scrubRoute('/interactions/1/tok-en_1/callback')).toBe('/interactions/1/:token/callback');
    expect(scrubRoute('/channels/1/messages')).toBe('/channels/1/messages');
  });

  it("excerpts user text short, through the engine's secret redaction", () => {
    expect(excerpt('short')).toBe('short');
    const key = 'sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD';
    expect(excerpt(`OPENAI_API_KEY=${key}`)).not.toContain(key);
    expect(excerpt('y'.repeat(500), 10)).toBe(`${'y'.repeat(10)}…`);
  });
});

describe('health endpoint', () => {
  it('answers /healthz always and /readyz by readiness', async () => {
    let ready = false;
    const { log } = capture();
    const health = await startHealthServer({ port: 0, host: '127.0.0.1', isReady: () => ready, log });
    const get = async (path: string, method = 'GET') => {
      const res = await fetch(`http://127.0.0.1:${health.port}${path}`, { method });
      await res.body?.cancel();
      return res.status;
    };
    try {
      expect(await get('/healthz')).toBe(200);
      expect(await get('/readyz')).toBe(503);
      ready = true;
      expect(await get('/readyz')).toBe(200);
      expect(await get('/readyz?verbose=1')).toBe(200);
      expect(await get('/healthz', 'POST')).toBe(405);
      expect(await get('/')).toBe(404);
    } finally {
      await health.close();
    }
  });
});
