import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/discord/bot.ts';
import { alice, botMessages, eventually, launch, scriptedEngine, startWorld, type World } from './harness.ts';

describe('attachments in help threads', () => {
  let world: World;
  let bot: Bot | undefined;
  const script = scriptedEngine();
  const lastText = () =>
    script.calls
      .at(-1)!
      .map((m) => m.text)
      .join('\n');

  beforeAll(async () => {
    world = await startWorld();
    bot = await launch(world, { engine: script.engine });
  });
  afterAll(async () => {
    await bot?.stop();
    await world.fake.close();
  });

  it('reads a .log file into the message text, after the typed content', async () => {
    const { fake, forum } = world;
    const log = '17:42:10 [gateway] security audit: device access upgrade requested reason=scope-upgrade openclaw\n';
    const { threadId } = await fake.createThread(forum.id, {
      name: 'log file',
      owner: alice,
      content: 'here are my logs',
      attachments: [{ filename: 'gateway.log', contentType: 'text/plain; charset=utf-8', body: log }],
    });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    expect(script.calls.at(-1)).toHaveLength(1);
    expect(lastText()).toBe(`here are my logs\n${log}`);
    expect(fake.requests.some((r) => r.method === 'GET' && r.path.startsWith('/attachments/'))).toBe(true);
  });

  it('reads a file with no content type when it holds text, and skips a binary one with a note', async () => {
    const { fake, forum } = world;
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const { threadId } = await fake.createThread(forum.id, {
      name: 'mixed',
      owner: alice,
      content: 'see attached',
      attachments: [
        { filename: 'devices', body: '{"pending":[],"paired":[]} openclaw' },
        { filename: 'screenshot.png', contentType: 'image/png', body: png },
        { filename: 'dump.bin', body: Buffer.concat([Buffer.from('openclaw'), Buffer.alloc(64)]) },
      ],
    });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    expect(lastText()).toBe('see attached\n{"pending":[],"paired":[]} openclaw');
    const reply = botMessages(fake, threadId)[0]!.content;
    expect(reply).toContain('I skipped screenshot.png: not a text file (image/png)');
    expect(reply).toContain('I skipped dump.bin: not a text file (binary content)');
    // The image was judged by its type alone: never downloaded.
    const downloads = fake.requests.filter((r) => r.path.startsWith('/attachments/')).map((r) => r.path);
    expect(downloads.some((p) => p.endsWith('/screenshot.png'))).toBe(false);
  });

  it('keeps the head and tail of a file over 10 MB, with a marker line between', async () => {
    const { fake, forum } = world;
    const line = 'noise noise noise noise noise noise noise noise noise noise noise noise noise\n';
    const filler = line.repeat(Math.ceil((12 * 1024 * 1024) / line.length));
    const body = `OpenClaw 2026.4.14 (323493f) HEAD-LINE\n${filler}TAIL-LINE unknown requestId\n`;
    const { threadId } = await fake.createThread(forum.id, {
      name: 'huge',
      owner: alice,
      content: '',
      attachments: [{ filename: 'huge.log', contentType: 'text/plain', body }],
    });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1), 15_000);
    const text = lastText();
    expect(text.startsWith('OpenClaw 2026.4.14 (323493f) HEAD-LINE\n')).toBe(true);
    expect(text.endsWith('TAIL-LINE unknown requestId\n')).toBe(true);
    expect(text).toMatch(/\n\[… [\d.]+ MB cut from the middle of huge\.log: only its first and last 5\.0 MB were read …\]\n/);
    expect(text.length).toBeLessThanOrEqual(10 * 1024 * 1024 + 200);
    expect(botMessages(fake, threadId)[0]!.content).toContain('huge.log is large');
  });
});
