import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/discord/bot.ts';
import type { FakeUser, RecordedRequest } from '../../testkit/fake-discord/server.ts';
import {
  alice,
  bob,
  botMessages,
  eventually,
  isMessageWrite,
  launch,
  moderator,
  scriptedEngine,
  startWorld,
  type World,
} from './harness.ts';

const ephemeral = 64;
const helper: FakeUser = { id: '300000000000000010', username: 'helper' };

describe('commands and moderator actions', () => {
  let world: World;
  let bot: Bot | undefined;
  const script = scriptedEngine();
  const slots = 4;
  let held = 0;
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let roleId = '';

  beforeAll(async () => {
    world = await startWorld();
    roleId = world.fake.addRole({ name: 'Helpers' }).id;
    world.fake.addMember(helper, { roles: [roleId] });
    world.config.MODERATOR_ROLE_IDS = [roleId];
    bot = await launch(world, {
      // A thread saying SLOW holds an engine slot until the test releases it.
      engine: async (messages) => {
        if (messages.some((m) => m.text.includes('SLOW'))) {
          held++;
          await released;
        }
        return script.engine(messages);
      },
      maxInFlight: slots,
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await world.fake.close();
  });

  const original = (token: string) => (r: RecordedRequest) =>
    r.method === 'PATCH' && r.path === `/webhooks/${world.fake.applicationId}/${token}/messages/@original` && !r.injected;

  it('/diagnose defers at once (type 5, ephemeral) and then edits @original with the diagnosis', async () => {
    const { fake } = world;
    const general = fake.createTextChannel({ name: 'general' });
    const calls = script.calls.length;
    const { callback, token } = await fake.interact({
      type: 2,
      user: bob,
      channelId: general.id,
      data: { name: 'diagnose', options: [{ name: 'text', type: 3, value: 'openclaw stage=fresh-approve' }] },
    });
    expect(callback.body.type).toBe(5);
    expect(callback.body.data.flags & ephemeral).toBe(ephemeral);
    const edit = await fake.waitForRequest(original(token));
    expect(edit.body.content).toContain('Stage fresh-approve');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    expect(script.calls.length).toBe(calls + 1);
    expect(script.calls.at(-1)!.map((m) => m.text)).toEqual(['openclaw stage=fresh-approve']);
  });

  it('/diagnose public:true is visible to all; a long answer continues in follow-ups', async () => {
    const { fake } = world;
    const general = fake.createTextChannel({ name: 'general-2' });
    const { callback, token } = await fake.interact({
      type: 2,
      user: bob,
      channelId: general.id,
      data: {
        name: 'diagnose',
        options: [
          { name: 'text', type: 3, value: 'openclaw LONG' },
          { name: 'public', type: 5, value: true },
        ],
      },
    });
    expect(callback.body.type).toBe(5);
    expect((callback.body.data?.flags ?? 0) & ephemeral).toBe(0);
    await fake.waitForRequest(original(token));
    const followUp = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/webhooks/${fake.applicationId}/${token}`);
    expect(followUp.body.content).toContain('(part 2)');
    expect((followUp.body.flags ?? 0) & ephemeral).toBe(0);
  });

  it('/diagnose full:true gives the full explanation', async () => {
    const { fake } = world;
    const general = fake.createTextChannel({ name: 'general-full' });
    const { token } = await fake.interact({
      type: 2,
      user: bob,
      channelId: general.id,
      data: {
        name: 'diagnose',
        options: [
          { name: 'text', type: 3, value: 'openclaw stage=fresh-approve' },
          { name: 'full', type: 5, value: true },
        ],
      },
    });
    const edit = await fake.waitForRequest(original(token));
    expect(edit.body.content).toContain('Details for stage fresh-approve.');
  });

  it('/diagnose reads an attached file', async () => {
    const { fake } = world;
    const general = fake.createTextChannel({ name: 'files' });
    // Stored by the fake so it serves the bytes; the command then references it.
    const { id } = await fake.postMessage(general.id, {
      author: bob,
      content: '',
      attachments: [{ filename: 'approve.txt', contentType: 'text/plain', body: 'openclaw devices approve: unknown requestId' }],
    });
    const stored = fake.message(id)!.attachments[0]!;
    const { callback, token } = await fake.interact({
      type: 2,
      user: bob,
      channelId: general.id,
      data: {
        name: 'diagnose',
        options: [{ name: 'file', type: 11, value: stored.id }],
        resolved: {
          attachments: {
            [stored.id]: {
              id: stored.id,
              filename: stored.filename,
              url: stored.url,
              proxy_url: stored.url,
              size: stored.size,
              content_type: 'text/plain',
            },
          },
        },
      },
    });
    expect(callback.body.type).toBe(5);
    await fake.waitForRequest(original(token));
    expect(script.calls.at(-1)!.map((m) => m.text)).toEqual(['openclaw devices approve: unknown requestId']);
  });

  it('/diagnose with nothing to read outside a thread says what to give it, without deferring', async () => {
    const { fake } = world;
    const general = fake.createTextChannel({ name: 'empty' });
    const { callback } = await fake.interact({ type: 2, user: bob, channelId: general.id, data: { name: 'diagnose' } });
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & ephemeral).toBe(ephemeral);
    expect(callback.body.data.content).toContain('`text`');
  });

  it('Diagnose message in a thread reads the human messages up to and including that one', async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, { name: 'menu', owner: alice, content: 'openclaw first' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    const { id: second } = await fake.postMessage(threadId, { author: alice, content: 'openclaw second stage=fresh-approve' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(2));
    await fake.postMessage(threadId, { author: alice, content: 'openclaw third' });
    await eventually(() => expect(script.calls.at(-1)).toHaveLength(3));

    const { callback, token } = await fake.interact({
      type: 2,
      user: bob,
      channelId: threadId,
      data: { name: 'Diagnose message', type: 3, target_id: second },
    });
    expect(callback.body.type).toBe(5);
    expect(callback.body.data.flags & ephemeral).toBe(ephemeral);
    const edit = await fake.waitForRequest(original(token));
    expect(edit.body.content).toContain('Stage fresh-approve: 2 message(s)');
    expect(script.calls.at(-1)!.map((m) => m.text)).toEqual(['openclaw first', 'openclaw second stage=fresh-approve']);
  });

  it('/verify refuses a plain member politely and runs nothing', async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, { name: 'verify-refused', owner: alice, content: 'openclaw VERIFIED' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    const calls = script.calls.length;
    const { callback } = await fake.interact({ type: 2, user: alice, channelId: threadId, data: { name: 'verify' } });
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & ephemeral).toBe(ephemeral);
    expect(callback.body.data.content).toMatch(/Only moderators/);
    expect(script.calls.length).toBe(calls);
  });

  it('/verify by a moderator says what is missing when the fix is not confirmed', async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, {
      name: 'verify-missing',
      owner: alice,
      content: 'openclaw stage=fresh-approve',
    });
    const { callback, token } = await fake.interact({ type: 2, user: moderator, channelId: threadId, data: { name: 'verify' } });
    expect(callback.body.type).toBe(5);
    const edit = await fake.waitForRequest(original(token));
    expect(edit.body.content).toContain('Not confirmed yet');
    expect(edit.body.content).toContain('openclaw devices list --json');
    expect(edit.body.components ?? []).toEqual([]);
  });

  it('/verify confirmed → Mark solved applies the Solved tag, posts the summary and archives', async () => {
    const { fake, forum } = world;
    const solved = forum.tags.find((t) => t.name === 'Solved')!;
    const pairing = forum.tags.find((t) => t.name === 'pairing')!;
    const { threadId } = await fake.createThread(forum.id, {
      name: 'verify-ok',
      owner: alice,
      content: 'openclaw stage=fresh-approve',
      appliedTags: [pairing.id],
    });
    await fake.postMessage(threadId, { author: alice, content: 'openclaw devices list: VERIFIED' });
    // The member with a moderator role (MODERATOR_ROLE_IDS), not Manage Threads.
    const { callback, token } = await fake.interact({ type: 2, user: helper, channelId: threadId, data: { name: 'verify' } });
    expect(callback.body.type).toBe(5);
    const edit = await fake.waitForRequest(original(token));
    expect(edit.body.content).toContain('**Confirmed.**');
    expect(edit.body.content).toContain('device a2db8970 now holds operator.admin');
    const button = edit.body.components[0].components[0];
    expect(button.custom_id).toBe('ct:solve');

    const verifyMessage = fake.ephemeralMessages(threadId).find((m) => m.interactionId && m.content.includes('Confirmed'))!;
    const refused = await fake.interact({
      type: 3,
      user: alice,
      channelId: threadId,
      data: { custom_id: 'ct:solve' },
      message: { id: verifyMessage.id },
    });
    expect(refused.callback.body.type).toBe(4);
    expect(fake.thread(threadId)!.appliedTags).toEqual([pairing.id]);

    const press = await fake.interact({
      type: 3,
      user: helper,
      channelId: threadId,
      data: { custom_id: 'ct:solve' },
      message: { id: verifyMessage.id },
    });
    expect(press.callback.body.type).toBe(6);
    const tagPatch = await fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path === `/channels/${threadId}` && r.body.applied_tags !== undefined,
    );
    expect(tagPatch.body.applied_tags).toEqual([pairing.id, solved.id]);
    await eventually(() => expect(fake.thread(threadId)!.archived).toBe(true));
    expect(fake.thread(threadId)!.appliedTags).toEqual([pairing.id, solved.id]);
    const summary = botMessages(fake, threadId).find((m) => m.content.startsWith('**Solved**'))!;
    expect(summary.content).toContain('checked by helper');
    expect(summary.content).toContain('Fix: approved the repair request');
    const done = await fake.waitForRequest(original(press.token));
    expect(done.body.content).toContain('Marked solved');
  });

  it('Mark solved in a forum without the tag says so and still posts the summary', async () => {
    const { fake } = world;
    const bare = fake.createForum({ name: 'help-2', tags: [{ name: 'pairing' }] });
    const { threadId } = await fake.createThread(bare.id, { name: 'no-tag', owner: alice, content: 'openclaw VERIFIED' });
    const { token } = await fake.interact({ type: 2, user: moderator, channelId: threadId, data: { name: 'verify' } });
    await fake.waitForRequest(original(token));
    const verifyMessage = fake.ephemeralMessages(threadId).find((m) => m.content.includes('Confirmed'))!;
    const press = await fake.interact({
      type: 3,
      user: moderator,
      channelId: threadId,
      data: { custom_id: 'ct:solve' },
      message: { id: verifyMessage.id },
    });
    const done = await fake.waitForRequest(original(press.token));
    expect(done.body.content).toContain('no "solved" tag');
    expect(botMessages(fake, threadId).some((m) => m.content.startsWith('**Solved**'))).toBe(true);
    expect(fake.thread(threadId)!.appliedTags).toEqual([]);
  });

  it('answers "busy" at once when the diagnosis slots are full', async () => {
    const { fake, forum } = world;
    const threads: string[] = [];
    for (let i = 0; i < slots; i++) {
      const { threadId } = await fake.createThread(forum.id, { name: `slow ${i}`, owner: alice, content: 'openclaw SLOW' });
      threads.push(threadId);
    }
    await eventually(() => expect(held).toBe(slots));
    const { callback } = await fake.interact({
      type: 2,
      user: bob,
      channelId: threads[0]!,
      data: { name: 'diagnose', options: [{ name: 'text', type: 3, value: 'openclaw' }] },
    });
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & ephemeral).toBe(ephemeral);
    expect(callback.body.data.content).toContain('busy, try again in a few seconds');
    release();
    for (const t of threads) await eventually(() => expect(botMessages(fake, t)).toHaveLength(1));
  });

  it('sent allowed_mentions parse [] on every message it created or edited', () => {
    const writes = world.fake.requests.filter(isMessageWrite);
    expect(writes.length).toBeGreaterThan(10);
    for (const w of writes) {
      const mentions = w.path.includes('/callback') ? w.body.data?.allowed_mentions : w.body.allowed_mentions;
      expect(mentions, `${w.method} ${w.path}`).toEqual({ parse: [] });
    }
  });
});
