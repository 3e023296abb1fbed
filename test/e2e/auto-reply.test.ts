import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/discord/bot.ts';
import {
  alice,
  bob,
  botEdits,
  botMessages,
  botPosts,
  customIds,
  eventually,
  isMessageWrite,
  launch,
  memoryLog,
  moderator,
  otherBot,
  scriptedEngine,
  settle,
  startWorld,
  type World,
  webhookUser,
} from './harness.ts';

describe('auto-replies in help threads', () => {
  let world: World;
  let bot: Bot | undefined;
  const script = scriptedEngine();
  const log = memoryLog();

  beforeAll(async () => {
    world = await startWorld();
    bot = await launch(world, { engine: script.engine, logger: log.logger });
  });
  afterAll(async () => {
    await bot?.stop();
    await world.fake.close();
  });
  afterEach(() => {
    // Every message the bot created or edited, in any test, refused to ping.
    const writes = world.fake.requests.filter(isMessageWrite);
    for (const w of writes) {
      const mentions = w.body?.allowed_mentions ?? w.body?.data?.allowed_mentions;
      expect(mentions, `${w.method} ${w.path}`).toEqual({ parse: [] });
    }
  });

  const pointerTo = (threadId: string, messageId: string) =>
    `-# Replaced by my newer reply below: https://discord.com/channels/${world.fake.guildId}/${threadId}/${messageId}`;

  it('answers a new post; advice for a message posted below goes below it, the earlier reply shrinks to a pointer', async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, {
      name: 'pairing required',
      owner: alice,
      content: 'openclaw says pairing required stage=need-evidence',
    });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    const [first] = botMessages(fake, threadId);
    expect(first!.content).toContain('Stage need-evidence: 1 message');
    expect(customIds(first!)).toEqual([
      'ct:fixed:need-evidence:1',
      'ct:failing:need-evidence:1',
      'ct:dismiss:need-evidence:1',
      'ct:details:need-evidence:1',
    ]);

    // The user tried something and posted what it printed: same stage, but the reply above is no
    // longer the newest message, so the new advice goes below theirs and the old one points to it.
    const before = fake.requests.length;
    const { id: tried } = await fake.postMessage(threadId, { author: alice, content: 'openclaw --version: OpenClaw 2026.4.14' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(2));
    const second = botMessages(fake, threadId)[1]!;
    expect(second.content).toContain('Stage need-evidence: 2 message(s)');
    expect(customIds(second)[0]).toBe('ct:fixed:need-evidence:1');
    await eventually(() => expect(fake.message(first!.id)!.content).toBe(pointerTo(threadId, second.id)));
    expect(fake.message(first!.id)!.components).toEqual([]);
    expect(fake.messages(threadId).map((m) => m.id)).toEqual([threadId, first!.id, tried, second.id]);
    const since = fake.requests.slice(before);
    expect(since.filter((r) => botPosts(r, threadId))).toHaveLength(1);
    expect(since.filter((r) => botEdits(r, threadId)).map((r) => r.path)).toEqual([`/channels/${threadId}/messages/${first!.id}`]);

    // The stage moved: a new reply too, and the previous one shrinks the same way.
    await fake.postMessage(threadId, { author: alice, content: 'openclaw devices list stage=fresh-approve' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(3));
    const third = botMessages(fake, threadId)[2]!;
    expect(third.content).toContain('Stage fresh-approve');
    expect(customIds(third)[0]).toBe('ct:fixed:fresh-approve:1');
    await eventually(() => expect(fake.message(second.id)!.content).toBe(pointerTo(threadId, third.id)));
    expect(fake.message(first!.id)!.content).toBe(pointerTo(threadId, second.id));
  });

  it('edits in place while its reply is still the newest message (the user edited their post)', async () => {
    const { fake, forum } = world;
    const { threadId, messageId } = await fake.createThread(forum.id, {
      name: 'edit in place',
      owner: alice,
      content: 'openclaw stage=fresh-approve',
    });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    const reply = botMessages(fake, threadId)[0]!;
    const before = fake.requests.length;
    await fake.editMessage(threadId, messageId, 'openclaw stage=fresh-approve note=second');
    await eventually(() => expect(fake.message(reply.id)!.content).toContain('Notes: second.'));
    const since = fake.requests.slice(before);
    expect(since.filter((r) => botPosts(r, threadId))).toHaveLength(0);
    expect(since.filter((r) => botEdits(r, threadId)).map((r) => r.path)).toEqual([`/channels/${threadId}/messages/${reply.id}`]);
    expect(customIds(fake.message(reply.id)!)[0]).toBe('ct:fixed:fresh-approve:1');
  });

  it('leaves the reply alone when a message below it changes nothing (thanks, trying that now)', async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, { name: 'chatter', owner: alice, content: 'openclaw stage=fresh-approve' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    const before = fake.requests.length;
    await fake.postMessage(threadId, { author: alice, content: 'thanks, trying that now' });
    await settle();
    expect(fake.requests.slice(before).filter((r) => botPosts(r, threadId) || botEdits(r, threadId))).toHaveLength(0);
  });

  it('never pings: @everyone in the reply text goes out with allowed_mentions parse []', async () => {
    const posts = world.fake.requests.filter((r) => r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.path));
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((p) => JSON.stringify(p.body.allowed_mentions) === '{"parse":[]}')).toBe(true);
  });

  it('re-diagnoses an edited message and updates the reply', async () => {
    const { fake, forum } = world;
    const { threadId, messageId } = await fake.createThread(forum.id, {
      name: 'edit me',
      owner: alice,
      content: 'openclaw stage=version-check',
    });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    await fake.editMessage(threadId, messageId, 'openclaw stage=baseline-inspection');
    await eventually(() => expect(botMessages(fake, threadId).at(-1)!.content).toContain('Stage baseline-inspection'));
    // The stage moved, so this one is a second reply.
    expect(botMessages(fake, threadId)).toHaveLength(2);
  });

  it('posts at most three replies per thread, then edits the last', async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, { name: 'churn', owner: alice, content: 'openclaw stage=version-check' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    await fake.postMessage(threadId, { author: alice, content: 'openclaw stage=baseline-inspection' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(2));
    await fake.postMessage(threadId, { author: alice, content: 'openclaw stage=fresh-approve' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(3));
    await fake.postMessage(threadId, { author: alice, content: 'openclaw stage=remove-repair' });
    await eventually(() => expect(botMessages(fake, threadId).at(-1)!.content).toContain('Stage remove-repair'));
    expect(botMessages(fake, threadId)).toHaveLength(3);
    expect(customIds(botMessages(fake, threadId).at(-1)!)[0]).toBe('ct:fixed:remove-repair:1');
  });

  it('says nothing at all in a thread without OpenClaw evidence', async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, { name: 'off topic', owner: alice, content: 'how do I bake bread?' });
    await fake.postMessage(threadId, { author: bob, content: 'with flour' });
    await settle();
    expect(script.calls.some((c) => c.some((m) => m.text.includes('bake bread')))).toBe(true);
    expect(botMessages(fake, threadId)).toHaveLength(0);
  });

  it("ignores bots' and webhooks' messages, which often quote commands", async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, { name: 'quiet', owner: alice, content: 'my gateway is sad' });
    await fake.postMessage(threadId, { author: otherBot, content: 'openclaw devices approve <requestId> stage=fresh-approve' });
    await fake.postMessage(threadId, { author: webhookUser, webhookId: '300000000000000099', content: 'openclaw release notes' });
    await settle();
    expect(botMessages(fake, threadId)).toHaveLength(0);
    // When a person then posts, the bots' text is still not part of the case.
    await fake.postMessage(threadId, { author: alice, content: 'openclaw status says pairing required' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    const last = script.calls.at(-1)!;
    expect(last.map((m) => m.text)).toEqual(['my gateway is sad', 'openclaw status says pairing required']);
  });

  it('ignores messages outside the help forums', async () => {
    const { fake } = world;
    const general = fake.createTextChannel({ name: 'general' });
    await fake.postMessage(general.id, { author: alice, content: 'openclaw stage=fresh-approve' });
    const otherForum = fake.createForum({ name: 'showcase' });
    const { threadId } = await fake.createThread(otherForum.id, { name: 'look', owner: alice, content: 'openclaw is great' });
    await settle();
    expect(botMessages(fake, general.id)).toHaveLength(0);
    expect(botMessages(fake, threadId)).toHaveLength(0);
  });

  it('serialises a thread: two quick messages never make two replies', async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, { name: 'burst', owner: alice, content: 'hello' });
    await Promise.all([
      fake.postMessage(threadId, { author: alice, content: 'openclaw one' }),
      fake.postMessage(threadId, { author: alice, content: 'openclaw two' }),
      fake.postMessage(threadId, { author: alice, content: 'openclaw three' }),
    ]);
    await eventually(() => expect(botMessages(fake, threadId)[0]?.content).toContain('3 message(s)'));
    await settle();
    expect(botMessages(fake, threadId)).toHaveLength(1);
  });

  it('edits a two-message reply in place and keeps the buttons on its last part', async () => {
    const { fake, forum } = world;
    const { threadId, messageId } = await fake.createThread(forum.id, {
      name: 'long',
      owner: alice,
      content: 'openclaw LONG stage=remove-repair',
    });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(2));
    const [p1, p2] = botMessages(fake, threadId);
    expect(customIds(p1!)).toEqual([]);
    expect(customIds(p2!)[0]).toBe('ct:fixed:remove-repair:2');
    await fake.editMessage(threadId, messageId, 'openclaw LONG stage=remove-repair note=more');
    await eventually(() => expect(botMessages(fake, threadId)[0]!.content).toContain('Notes: more.'));
    await eventually(() => expect(botMessages(fake, threadId)[1]!.content).toContain('Notes: more.'));
    expect(botMessages(fake, threadId).map((m) => m.id)).toEqual([p1!.id, p2!.id]);
    expect(customIds(fake.message(p2!.id)!)[0]).toBe('ct:fixed:remove-repair:2');
  });

  it('a follow-up under a two-message reply: the earlier reply shrinks to one line, its second message goes', async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, {
      name: 'long follow-up',
      owner: alice,
      content: 'openclaw LONG stage=remove-repair',
    });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(2));
    const [p1, p2] = botMessages(fake, threadId);
    await fake.postMessage(threadId, { author: alice, content: 'openclaw more' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(3));
    const [pointer, n1, n2] = botMessages(fake, threadId);
    expect(pointer!.id).toBe(p1!.id);
    expect(pointer!.content).toBe(pointerTo(threadId, n1!.id));
    expect(fake.message(p2!.id)).toBeUndefined();
    expect(n1!.content).toContain('2 message(s)');
    expect(customIds(n2!)[0]).toBe('ct:fixed:remove-repair:2');
  });

  it('posts the reply again when a moderator deleted it', async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, { name: 'deleted', owner: alice, content: 'openclaw stage=fresh-approve' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    await fake.deleteMessage(threadId, botMessages(fake, threadId)[0]!.id);
    await fake.postMessage(threadId, { author: alice, content: 'openclaw more' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    expect(botMessages(fake, threadId)[0]!.content).toContain('2 message(s)');
  });

  it('Dismiss by the owner shrinks the reply to one line and keeps the bot quiet', async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, { name: 'dismiss', owner: alice, content: 'openclaw stage=fresh-approve' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    const reply = botMessages(fake, threadId)[0]!;

    const refused = await fake.interact({
      type: 3,
      user: bob,
      channelId: threadId,
      data: { custom_id: customIds(reply)[2] },
      message: { id: reply.id },
    });
    expect(refused.callback.body.type).toBe(4);
    expect(refused.callback.body.data.flags & 64).toBe(64);

    const { callback } = await fake.interact({
      type: 3,
      user: alice,
      channelId: threadId,
      data: { custom_id: customIds(reply)[2] },
      message: { id: reply.id },
    });
    expect(callback.body.type).toBe(7);
    const dismissed = fake.message(reply.id)!;
    expect(dismissed.content).toMatch(/^Dismissed by alice\./);
    expect(dismissed.content.split('\n')).toHaveLength(1);
    expect(dismissed.components).toEqual([]);

    await fake.postMessage(threadId, { author: alice, content: 'openclaw stage=remove-repair' });
    await settle();
    expect(botMessages(fake, threadId)).toHaveLength(1);
    expect(fake.message(reply.id)!.content).toMatch(/^Dismissed by/);
  });

  it('a moderator may dismiss too; Fixed it from the owner gets an ephemeral nudge to /verify', async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, { name: 'buttons', owner: alice, content: 'openclaw stage=fresh-approve' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    const reply = botMessages(fake, threadId)[0]!;
    const fixed = await fake.interact({
      type: 3,
      user: alice,
      channelId: threadId,
      data: { custom_id: customIds(reply)[0] },
      message: { id: reply.id },
    });
    expect(fixed.callback.body.data.flags & 64).toBe(64);
    expect(fixed.callback.body.data.content).toContain('/verify');
    const failing = await fake.interact({
      type: 3,
      user: alice,
      channelId: threadId,
      data: { custom_id: customIds(reply)[1] },
      message: { id: reply.id },
    });
    expect(failing.callback.body.data.flags & 64).toBe(64);
    expect(log.text()).toContain('reply feedback: still failing');

    const byMod = await fake.interact({
      type: 3,
      user: moderator,
      channelId: threadId,
      data: { custom_id: customIds(reply)[2] },
      message: { id: reply.id },
    });
    expect(byMod.callback.body.type).toBe(7);
    expect(fake.message(reply.id)!.content).toMatch(/^Dismissed by mod\./);
  });

  it('Details shows the full explanation to the clicker alone', async () => {
    const { fake, forum } = world;
    const { threadId } = await fake.createThread(forum.id, { name: 'details', owner: alice, content: 'openclaw stage=fresh-approve' });
    await eventually(() => expect(botMessages(fake, threadId)).toHaveLength(1));
    const reply = botMessages(fake, threadId)[0]!;
    const details = customIds(reply).find((id) => id.startsWith('ct:details:'))!;
    const { token, callback } = await fake.interact({
      type: 3,
      user: bob,
      channelId: threadId,
      data: { custom_id: details },
      message: { id: reply.id },
    });
    // Deferred as ephemeral, then the explanation as the deferred reply's edit: no new public message.
    expect(callback.body.data.flags & 64).toBe(64);
    const edit = await fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${fake.applicationId}/${token}/messages/@original`,
    );
    expect(edit.body.content).toContain('fresh-approve');
    expect(botMessages(fake, threadId)).toHaveLength(1);
    expect(log.text()).toContain('reply details shown');
  });

  it('never logs what people pasted un-redacted', async () => {
    const { fake, forum } = world;
    const key = 'sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD';
    await fake.createThread(forum.id, { name: 'secret', owner: alice, content: `openclaw config has OPENAI_API_KEY=${key}` });
    await eventually(() => expect(log.text()).toContain('[redacted provider-key]'));
    expect(log.text()).not.toContain(key);
    expect(log.text()).not.toContain(world.config.DISCORD_TOKEN);
  });
});
