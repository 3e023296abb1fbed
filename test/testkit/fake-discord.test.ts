import {
  AttachmentBuilder,
  ChannelType,
  Client,
  type ClientEvents,
  DiscordAPIError,
  Events,
  type ForumChannel,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  type ThreadChannel,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, type FakeUser, makeFakeToken, startFakeDiscord } from '../../testkit/fake-discord/server.ts';

/** Resolve with the args of the next `event` satisfying `pred` (rejects after `timeoutMs`). */
function nextEvent<K extends keyof ClientEvents>(
  client: Client,
  event: K,
  pred: (...args: ClientEvents[K]) => boolean = () => true,
  timeoutMs = 5_000,
): Promise<ClientEvents[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(event, listener);
      reject(new Error(`timed out waiting for ${String(event)}`));
    }, timeoutMs);
    const listener = (...args: ClientEvents[K]) => {
      if (!pred(...args)) return;
      clearTimeout(timer);
      client.off(event, listener);
      resolve(args);
    };
    client.on(event, listener);
  });
}

/** Run `fn` for the next interaction; the returned promise settles with the handler's outcome. */
function handleNextInteraction(client: Client, fn: (i: Interaction) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    client.once(Events.InteractionCreate, (i) => {
      fn(i).then(resolve, reject);
    });
  });
}

function newClient(fake: FakeDiscord): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    rest: { api: fake.apiUrl },
  });
}

const alice: FakeUser = { id: '200000000000000001', username: 'alice' };
const otherBot: FakeUser = { id: '200000000000000002', username: 'some-bot', bot: true };
const mod: FakeUser = { id: '200000000000000003', username: 'mod' };

describe('fake discord with a plain discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  let forum: { id: string; tags: { id: string; name: string }[] };
  let text: { id: string };
  let threadId: string;

  beforeAll(async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
    forum = fake.createForum({ name: 'help', tags: [{ name: 'pairing' }, { name: 'solved' }, { name: 'needs-logs' }] });
    text = fake.createTextChannel({ name: 'general' });
    client = newClient(fake);
    const ready = nextEvent(client, Events.ClientReady);
    await client.login(makeFakeToken());
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it('logs in, caches the guild, forum (with tags), text channel and the bot member', async () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.user?.bot).toBe(true);
    expect(fake.identifies).toBe(1);
    expect(fake.identifyPayloads[0].intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent,
    );
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.available).toBe(true);
    const f = client.channels.cache.get(forum.id) as ForumChannel;
    expect(f.type).toBe(ChannelType.GuildForum);
    expect(f.availableTags.map((t) => t.name)).toEqual(['pairing', 'solved', 'needs-logs']);
    expect(client.channels.cache.get(text.id)?.type).toBe(ChannelType.GuildText);
    expect(guild?.members.me?.id).toBe(fake.botUser.id);
    expect(guild?.roles.everyone.id).toBe(fake.guildId);
    // REST that was needed for login
    expect(fake.requests.some((r) => r.path === '/gateway/bot' && r.headers.authorization?.startsWith('Bot '))).toBe(true);
  });

  it('createThread → threadCreate then messageCreate with content and downloadable attachments', async () => {
    const order: string[] = [];
    const onThread = nextEvent(client, Events.ThreadCreate);
    const onMessage = nextEvent(client, Events.MessageCreate, (m) => m.author.id === alice.id);
    client.once(Events.ThreadCreate, () => order.push('thread'));
    client.once(Events.MessageCreate, () => order.push('message'));
    const created = await fake.createThread(forum.id, {
      name: 'Gateway pairing fails',
      owner: alice,
      content: 'my gateway says pairing required',
      appliedTags: [forum.tags[0]!.id],
      attachments: [
        { filename: 'gateway log.txt', contentType: 'text/plain; charset=utf-8', body: 'line1\nline2\n' },
        { filename: 'devices.json', body: Buffer.from('{"devices":[]}') },
      ],
    });
    threadId = created.threadId;
    expect(created.messageId).toBe(created.threadId);
    const [thread, newly] = await onThread;
    const [msg] = await onMessage;
    expect(order).toEqual(['thread', 'message']);
    expect(newly).toBe(true);
    expect(thread.id).toBe(threadId);
    expect(thread.parentId).toBe(forum.id);
    expect(thread.ownerId).toBe(alice.id);
    expect(thread.appliedTags).toEqual([forum.tags[0]!.id]);
    expect(msg.channelId).toBe(threadId);
    expect(msg.id).toBe(threadId);
    expect(msg.content).toBe('my gateway says pairing required');
    expect(msg.author.bot).toBe(false);
    expect(msg.member?.id).toBe(alice.id);
    expect(msg.attachments.size).toBe(2);
    const [log, devices] = [...msg.attachments.values()];
    expect(log!.name).toBe('gateway log.txt');
    expect(log!.contentType).toBe('text/plain; charset=utf-8');
    expect(log!.size).toBe(12);
    expect(devices!.contentType).toBeNull();

    const res1 = await fetch(log!.url);
    expect(res1.status).toBe(200);
    expect(res1.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res1.headers.get('content-length')).toBe('12');
    expect(await res1.text()).toBe('line1\nline2\n');

    const res2 = await fetch(devices!.url);
    expect(res2.status).toBe(200);
    expect(res2.headers.get('content-type')).toBeNull();
    expect(res2.headers.get('content-length')).toBe('14');
    expect(await res2.text()).toBe('{"devices":[]}');
    expect(fake.requests.filter((r) => r.path.startsWith('/attachments/')).length).toBe(2);
  });

  it('postMessage by a bot / webhook user has author.bot true', async () => {
    const p = nextEvent(client, Events.MessageCreate, (m) => m.author.id === otherBot.id);
    await fake.postMessage(threadId, { author: otherBot, content: 'beep' });
    const [m] = await p;
    expect(m.author.bot).toBe(true);
    expect(m.content).toBe('beep');
    expect(m.webhookId).toBeNull();

    const hook = nextEvent(client, Events.MessageCreate, (mm) => mm.webhookId !== null);
    await fake.postMessage(text.id, {
      author: { ...otherBot, id: '200000000000000099' },
      content: 'hook',
      webhookId: '200000000000000099',
    });
    const [hm] = await hook;
    expect(hm.webhookId).toBe('200000000000000099');
    expect(hm.author.bot).toBe(true);
  });

  it('editMessage → messageUpdate with edited content', async () => {
    const { id } = await fake.postMessage(threadId, { author: alice, content: 'first version' });
    await expect.poll(() => (client.channels.cache.get(threadId) as ThreadChannel).messages.cache.has(id)).toBe(true);
    const p = nextEvent(client, Events.MessageUpdate, (_o, n) => n.id === id);
    await fake.editMessage(threadId, id, 'second version with `openclaw devices list`');
    const [, updated] = await p;
    expect(updated.content).toBe('second version with `openclaw devices list`');
    expect(updated.editedTimestamp).not.toBeNull();
    expect(fake.messages(threadId).find((m) => m.id === id)?.content).toContain('second version');
  });

  it('channel.send / message.edit / reply / files from the client are recorded and stored', async () => {
    const thread = client.channels.cache.get(threadId) as ThreadChannel;
    const ownCreate = nextEvent(client, Events.MessageCreate, (m) => m.author.id === fake.botUser.id);
    const sent = await thread.send({ content: 'Try `openclaw gateway restart`', allowedMentions: { parse: [] } });
    const post = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages`);
    expect(post.status).toBe(200);
    expect(post.body.content).toBe('Try `openclaw gateway restart`');
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    expect(post.headers.authorization).toMatch(/^Bot /);
    const [echo] = await ownCreate; // Discord echoes the bot's own messages over the gateway
    expect(echo.id).toBe(sent.id);
    expect(sent.author.id).toBe(fake.botUser.id);
    expect(fake.messages(threadId).at(-1)).toMatchObject({ id: sent.id, content: 'Try `openclaw gateway restart`' });

    const upd = nextEvent(client, Events.MessageUpdate, (_o, n) => n.id === sent.id);
    const edited = await sent.edit('Try `openclaw gateway restart --force`');
    expect(edited.content).toBe('Try `openclaw gateway restart --force`');
    await upd;
    const patch = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/channels/${threadId}/messages/${sent.id}`);
    expect(patch.body.content).toBe('Try `openclaw gateway restart --force`');
    expect(fake.message(sent.id)?.editedTimestamp).not.toBeNull();

    const starter = await thread.messages.fetch(threadId);
    const reply = await starter.reply({
      content: 'see attached',
      files: [new AttachmentBuilder(Buffer.from('fix steps'), { name: 'fix.txt' })],
    });
    expect(reply.reference?.messageId).toBe(threadId);
    expect(reply.attachments.first()?.name).toBe('fix.txt');
    const multi = await fake.waitForRequest((r) => r.method === 'POST' && r.body?.content === 'see attached');
    expect(multi.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(multi.body.files).toHaveLength(1);
    expect(multi.body.files[0].filename).toBe('fix.txt');
    expect(multi.body.files[0].data.toString()).toBe('fix steps');
    expect(multi.body.message_reference.message_id).toBe(threadId);
    const stored = fake.message(reply.id)!;
    expect(stored.type).toBe(19);
    const dl = await fetch(stored.attachments[0]!.url);
    expect(await dl.text()).toBe('fix steps');

    // Editing someone else's message is refused like on Discord
    await expect(starter.edit('hijack')).rejects.toMatchObject({ code: 50005, status: 403 });
    // Over-long content is refused like on Discord
    await expect(thread.send('x'.repeat(2001))).rejects.toMatchObject({ code: 50035, status: 400 });
  });

  it('thread.setAppliedTags → recorded PATCH, THREAD_UPDATE and fake state updated', async () => {
    const thread = client.channels.cache.get(threadId) as ThreadChannel;
    const solved = forum.tags[1]!.id;
    const upd = nextEvent(client, Events.ThreadUpdate, (_o, n) => n.id === threadId);
    await thread.setAppliedTags([forum.tags[0]!.id, solved]);
    const patch = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/channels/${threadId}`);
    expect(patch.body.applied_tags).toEqual([forum.tags[0]!.id, solved]);
    expect(fake.thread(threadId)?.appliedTags).toEqual([forum.tags[0]!.id, solved]);
    const [, after] = await upd;
    expect(after.appliedTags).toEqual([forum.tags[0]!.id, solved]);
    await expect(thread.setAppliedTags(['123'])).rejects.toMatchObject({ code: 50035 });
  });

  it('fetching thread messages returns stored ones newest first (and honours before/limit)', async () => {
    const thread = client.channels.cache.get(threadId) as ThreadChannel;
    const fetched = await thread.messages.fetch({ limit: 100, cache: false });
    const ids = [...fetched.keys()];
    const stored = fake.messages(threadId).map((m) => m.id);
    expect(ids).toEqual([...stored].reverse());
    expect(ids.at(-1)).toBe(threadId); // the starter message is the oldest
    const older = await thread.messages.fetch({ before: ids[0]!, limit: 2, cache: false });
    expect([...older.keys()]).toEqual(ids.slice(1, 3));
    const get = fake.requests.filter((r) => r.method === 'GET' && r.path === `/channels/${threadId}/messages`);
    expect(get.at(-1)?.query.get('before')).toBe(ids[0]);
  });

  it('chat input command: deferReply / editReply / followUp produce callback + webhook requests', async () => {
    const seen = nextEvent(client, Events.InteractionCreate);
    const handled = handleNextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected a chat input command');
      await i.deferReply();
      await i.editReply(`diagnosing for ${i.options.getString('device', true)} verbose=${i.options.getBoolean('verbose')}`);
      await i.followUp({ content: 'only you can see this', flags: MessageFlags.Ephemeral });
      await i.followUp('public follow-up');
    });
    const { interactionId, token, callback } = await fake.interact({
      type: 2,
      user: alice,
      channelId: threadId,
      data: {
        name: 'triage',
        type: 1,
        options: [
          { name: 'device', type: 3, value: 'pixel-7' },
          { name: 'verbose', type: 5, value: true },
        ],
      },
    });
    const [interaction] = await seen;
    await handled;
    expect(interaction.isChatInputCommand()).toBe(true);
    expect(interaction.user.id).toBe(alice.id);
    expect(interaction.channelId).toBe(threadId);
    expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(callback.status).toBe(204);
    expect(callback.headers.authorization).toBeUndefined();

    const edit = await fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${fake.applicationId}/${token}/messages/@original`,
    );
    expect(edit.body.content).toBe('diagnosing for pixel-7 verbose=true');
    const follow = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/webhooks/${fake.applicationId}/${token}` && r.body.content === 'public follow-up',
    );
    expect(follow.query.get('wait')).toBe('true');

    const visible = fake.messages(threadId).filter((m) => m.interactionId === interactionId);
    expect(visible.map((m) => m.content)).toEqual(['diagnosing for pixel-7 verbose=true', 'public follow-up']);
    expect(visible[0]!.webhookId).toBe(fake.applicationId);
    expect(visible[0]!.flags & 128).toBe(0);
    expect(fake.ephemeralMessages(threadId).map((m) => m.content)).toContain('only you can see this');
    // A later history fetch sees the edited original response
    const hist = await (client.channels.cache.get(threadId) as ThreadChannel).messages.fetch({ limit: 5, cache: false });
    const orig = hist.get(visible[0]!.id);
    expect(orig?.content).toBe('diagnosing for pixel-7 verbose=true');
    expect(orig?.interactionMetadata?.id).toBe(interactionId);
  });

  it('message context-menu command reaches the client with targetMessage; reply(withResponse) is a type-4 callback', async () => {
    let responseContent: string | undefined;
    const handled = handleNextInteraction(client, async (i) => {
      if (!i.isMessageContextMenuCommand()) throw new Error('expected a message context menu command');
      expect(i.targetId).toBe(threadId);
      expect(i.commandName).toBe('Diagnose this');
      const res = await i.reply({
        content: `analysed: ${i.targetMessage.content}`,
        flags: MessageFlags.Ephemeral,
        withResponse: true,
      });
      responseContent = res.resource?.message?.content;
    });
    const { callback } = await fake.interact({
      type: 2,
      user: alice,
      channelId: threadId,
      data: { name: 'Diagnose this', type: 3, target_id: threadId },
    });
    await handled;
    expect(callback.body.type).toBe(4);
    expect(callback.query.get('with_response')).toBe('true');
    expect(callback.status).toBe(200);
    expect(callback.body.data.content).toBe('analysed: my gateway says pairing required');
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(responseContent).toBe('analysed: my gateway says pairing required');
    expect(fake.messages(threadId).some((m) => m.content.startsWith('analysed:'))).toBe(false);
    expect(fake.ephemeralMessages(threadId).some((m) => m.content.startsWith('analysed:'))).toBe(true);
  });

  it('application commands: bulk overwrite via client is stored; interact() uses the registered id', async () => {
    await client.application!.commands.set(
      [
        { name: 'triage', description: 'Diagnose a pasted log', options: [{ name: 'log', description: 'log', type: 3 }] },
        { name: 'Diagnose this', type: 3 },
      ],
      fake.guildId,
    );
    const put = await fake.waitForRequest(
      (r) => r.method === 'PUT' && r.path === `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`,
    );
    expect(put.body.map((c: { name: string }) => c.name)).toEqual(['triage', 'Diagnose this']);
    const stored = fake.commands(fake.guildId);
    expect(stored).toHaveLength(2);
    const handled = handleNextInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected chat input');
      expect(i.commandId).toBe(stored[0]!.id);
      expect(i.command?.name).toBe('triage');
      await i.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
    });
    await fake.interact({ type: 2, user: mod, channelId: text.id, data: { name: 'triage' } });
    await handled;
    // Re-PUT keeps ids of commands with the same name, like Discord
    await client.application!.commands.set([{ name: 'triage', description: 'v2' }], fake.guildId);
    expect(fake.commands(fake.guildId).map((c) => c.id)).toEqual([stored[0]!.id]);
  });

  it('button click (type 3) → update() edits the message; a second ack gets 400 code 40060', async () => {
    const thread = client.channels.cache.get(threadId) as ThreadChannel;
    const withButton = await thread.send({
      content: 'Did this fix it?',
      components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'fixed:yes', label: 'Yes' }] }],
    });
    const handled = handleNextInteraction(client, async (i) => {
      if (!i.isButton()) throw new Error('expected a button interaction');
      expect(i.customId).toBe('fixed:yes');
      expect(i.message.id).toBe(withButton.id);
      await i.update({ content: `Marked solved by ${i.user.username}`, components: [] });
    });
    const upd = nextEvent(client, Events.MessageUpdate, (_o, n) => n.id === withButton.id);
    const { interactionId, token, callback } = await fake.interact({
      type: 3,
      user: alice,
      channelId: threadId,
      data: { custom_id: 'fixed:yes', component_type: 2 },
      message: { id: withButton.id },
    });
    await handled;
    expect(callback.body.type).toBe(7);
    expect(fake.message(withButton.id)?.content).toBe('Marked solved by alice');
    expect(fake.message(withButton.id)?.components).toEqual([]);
    const [, updated] = await upd;
    expect(updated.content).toBe('Marked solved by alice');
    // discord.js refuses a second reply locally; a raw second callback is refused by the fake like Discord does
    const again = await fetch(`${fake.apiUrl}/v10/interactions/${interactionId}/${token}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'again' } }),
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: 40060 });
  });

  it('failNext 429 → discord.js waits retry_after and retries successfully', async () => {
    const channel = client.channels.cache.get(text.id) as unknown as { send(s: string): Promise<Message> };
    const re = new RegExp(`^/channels/${text.id}/messages$`);
    fake.failNext('POST', re, 429, { retryAfterSeconds: 0.3 });
    const start = fake.requests.length;
    const t0 = Date.now();
    const m = await channel.send('after rate limit');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
    const posts = fake.requests.slice(start).filter((r) => r.method === 'POST' && re.test(r.path));
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    expect(posts[0]!.injected).toBe(true);
    expect(fake.message(m.id)?.content).toBe('after rate limit');
  });

  it('failNext 500 → retried; 403 → DiscordAPIError 50013', async () => {
    const channel = client.channels.cache.get(text.id) as unknown as { send(s: string): Promise<Message> };
    const re = new RegExp(`^/channels/${text.id}/messages$`);
    fake.failNext('POST', re, 500);
    let start = fake.requests.length;
    await channel.send('after 500');
    expect(
      fake.requests
        .slice(start)
        .filter((r) => re.test(r.path))
        .map((r) => r.status),
    ).toEqual([500, 200]);

    fake.failNext('POST', re, 403);
    start = fake.requests.length;
    const err = await channel.send('forbidden').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiscordAPIError);
    expect((err as DiscordAPIError).code).toBe(50013);
    expect((err as DiscordAPIError).status).toBe(403);
    expect(fake.requests.slice(start).filter((r) => re.test(r.path))).toHaveLength(1);
  });

  it('REST without Authorization → 401; unknown routes → 404 and recorded', async () => {
    const r1 = await fetch(`${fake.apiUrl}/v10/channels/${text.id}`);
    expect(r1.status).toBe(401);
    await r1.body?.cancel();
    const r2 = await fetch(`${fake.apiUrl}/v10/nope/${text.id}`, { headers: { authorization: 'Bot x' } });
    expect(r2.status).toBe(404);
    expect(await r2.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(r2.headers.get('x-ratelimit-bucket')).not.toBeNull();
    expect(fake.requests.at(-1)).toMatchObject({ method: 'GET', path: `/nope/${text.id}`, status: 404 });
  });

  it('dropGateway (close 4000) → client RESUMEs, missed events are replayed, later events arrive', async () => {
    expect(fake.resumes).toBe(0);
    const dropped = fake.dropGateway();
    // Posted while the client is disconnected: must be replayed on RESUME
    const missed = nextEvent(client, Events.MessageCreate, (m) => m.content === 'while you were away', 10_000);
    await fake.postMessage(threadId, { author: alice, content: 'while you were away' });
    await dropped;
    expect(fake.resumes).toBe(1);
    expect(fake.identifies).toBe(1);
    await missed;
    const later = nextEvent(client, Events.MessageCreate, (m) => m.content === 'after resume');
    await fake.postMessage(threadId, { author: alice, content: 'after resume' });
    await later;
  });

  it('dropGateway terminate (1006) → resumes again', async () => {
    await fake.dropGateway({ mode: 'terminate' });
    expect(fake.resumes).toBe(2);
    const later = nextEvent(client, Events.MessageCreate, (m) => m.content === 'after terminate');
    await fake.postMessage(threadId, { author: mod, content: 'after terminate' });
    const [m] = await later;
    expect(m.author.id).toBe(mod.id);
  });

  it('dropGateway non-resumable → INVALID_SESSION → client re-identifies', async () => {
    await fake.dropGateway({ resumable: false });
    expect(fake.identifies).toBe(2);
    const later = nextEvent(client, Events.MessageCreate, (m) => m.content === 'after re-identify');
    await fake.postMessage(threadId, { author: alice, content: 'after re-identify' });
    await later;
  }, 20_000);
});

describe('fake discord: standalone behaviours', () => {
  it('an interaction acknowledged too late gets 404 Unknown interaction (10062)', async () => {
    const fake = await startFakeDiscord({ interactionAckTimeoutMs: 50, heartbeatIntervalMs: 1_000 });
    const ch = fake.createTextChannel({ name: 'general' });
    const client = newClient(fake);
    try {
      await client.login(makeFakeToken());
      await fake.waitForIdentify();
      const handled = handleNextInteraction(client, async (i) => {
        await new Promise((r) => setTimeout(r, 150)); // a slow bot
        if (!i.isChatInputCommand()) throw new Error('expected chat input');
        await i.deferReply();
      });
      const { callback } = await fake.interact({ type: 2, user: alice, channelId: ch.id, data: { name: 'triage' } });
      expect(callback.status).toBe(404);
      await expect(handled).rejects.toMatchObject({ code: 10062 });
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('stall: a download never answers (recorded with status 0, held open until close); stall: n only the first n', async () => {
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
    const forum = fake.createForum({ name: 'help' });
    try {
      const { threadId } = await fake.createThread(forum.id, {
        name: 'stalls',
        owner: alice,
        content: 'logs',
        attachments: [
          { filename: 'never.log', body: 'x', stall: true },
          { filename: 'once.log', contentType: 'text/plain', body: 'second time lucky', stall: 1 },
        ],
      });
      const [never, once] = fake.message(threadId)!.attachments.map((a) => a.url);
      const get = (url: string) => fetch(url, { signal: AbortSignal.timeout(300) });
      await expect(get(never!)).rejects.toThrow();
      await expect(get(once!)).rejects.toThrow();
      const res = await get(once!);
      expect(await res.text()).toBe('second time lucky');
      expect(fake.requests.filter((r) => r.path.startsWith('/attachments/')).map((r) => r.status)).toEqual([0, 0, 200]);
    } finally {
      await fake.close();
    }
  });

  it('rejectIdentify closes every IDENTIFY with its code; closeGateway closes live sessions; heartbeats are counted', async () => {
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 50 });
    const first = newClient(fake);
    const second = newClient(fake);
    try {
      await first.login(makeFakeToken());
      await fake.waitForIdentify();
      await expect.poll(() => fake.heartbeats, { timeout: 3_000 }).toBeGreaterThanOrEqual(2);

      const disconnected = nextEvent(first, Events.ShardDisconnect);
      fake.closeGateway(4004, 'Authentication failed.');
      const [event] = await disconnected;
      expect(event.code).toBe(4004);

      fake.rejectIdentify(4014);
      const refused = nextEvent(second, Events.ShardDisconnect, () => true, 10_000);
      void second.login(makeFakeToken()).catch(() => undefined);
      const [closed] = await refused;
      expect(closed.code).toBe(4014);
      expect(fake.identifies).toBe(1);
    } finally {
      fake.rejectIdentify(null);
      await first.destroy();
      await second.destroy();
      await fake.close();
    }
  });

  it('createThread with a timestamp dates the thread and its id in the past', async () => {
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
    const forum = fake.createForum({ name: 'help' });
    try {
      const when = '2026-04-01T10:00:00.000Z';
      const { threadId } = await fake.createThread(forum.id, { name: 'old', owner: alice, content: 'hi', timestamp: when });
      expect(Number((BigInt(threadId) >> 22n) + 1420070400000n)).toBe(Date.parse(when));
      expect(fake.message(threadId)!.timestamp).toBe(when);
    } finally {
      await fake.close();
    }
  });

  it('close() leaves no listening server or sockets behind', async () => {
    const count = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap' || r === 'TCPSocketWrap').length;
    const before = count();
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
    const forum = fake.createForum({ name: 'help' });
    // Created before the client connects: must arrive in GUILD_CREATE.threads (bot restart scenario)
    const { threadId } = await fake.createThread(forum.id, { name: 'old', owner: alice, content: 'still open' });
    const client = newClient(fake);
    await client.login(makeFakeToken());
    await fake.waitForIdentify();
    expect(client.channels.cache.get(threadId)?.isThread()).toBe(true);
    const fetched = await (client.channels.cache.get(threadId) as ThreadChannel).messages.fetch(threadId);
    expect(fetched.content).toBe('still open');
    expect(count()).toBeGreaterThan(before);
    await client.destroy();
    await fake.close();
    await expect.poll(count, { timeout: 3_000 }).toBeLessThanOrEqual(before);
  });
});
