/**
 * Fake Discord (REST API v10 + Gateway v10 over WebSocket) for end-to-end tests.
 *
 * The REAL discord.js client (14.x, @discordjs/rest + @discordjs/ws) can log into it:
 *
 *   const fake = await startFakeDiscord({ heartbeatIntervalMs: 2_000 });
 *   const forum = fake.createForum({ name: 'help', tags: [{ name: 'solved' }] });
 *   const client = new Client({ intents: [...], rest: { api: fake.apiUrl } });
 *   await client.login(makeFakeToken());          // any token works; only its presence is checked
 *   await fake.createThread(forum.id, { name: 'Pairing fails', owner: alice, content: 'help' });
 *   ...
 *   await client.destroy(); await fake.close();   // destroy the client FIRST, then close the fake
 *
 * Everything listens on 127.0.0.1 with an ephemeral port. No other address is ever contacted.
 *
 * ─── Exported API (the contract) ────────────────────────────────────────────────────────────────
 *
 *   startFakeDiscord(opts?: FakeDiscordOptions): Promise<FakeDiscord>
 *   makeFakeToken(): string          // syntactically plausible, obviously fake bot token built at runtime
 *   Perm                             // permission bit constants (bigint) for addMember/addRole/botPermissions
 *   StoredMessage { id, channelId, author, content, timestamp, editedTimestamp, type (0 default, 19 reply,
 *     20 slash response, 23 context-menu response), flags, attachments[{id, filename, contentType?, size, url}],
 *     embeds, components, webhookId?, applicationId?, interactionId?, messageReference?, allowedMentions?,
 *     mentions (user ids), ephemeral, reactions[{emoji, userIds}], nonce?, tts }
 *
 *   FakeDiscordOptions { botUser?, applicationId?, guildId?, heartbeatIntervalMs? (default 5000),
 *     + guildName?, botPermissions? (bigint, default: sensible bot set, no Administrator),
 *     + everyonePermissions? (bigint), interactionAckTimeoutMs? (default 3000, 0 = never expire;
 *       an interaction callback arriving later gets 404 {code:10062,'Unknown interaction'} like Discord),
 *     + debug? (log traffic to stderr) }
 *
 *   FakeDiscord:
 *     apiUrl            REST base WITHOUT version: http://127.0.0.1:PORT/api  (discord.js appends /v10)
 *     gatewayUrl        ws://127.0.0.1:PORT/gateway (returned by GET /gateway/bot, also resume_gateway_url)
 *     baseUrl (+)       http://127.0.0.1:PORT
 *     botUser, applicationId, guildId
 *     requests          every REST request + attachment download, in order (see RecordedRequest)
 *     identifies, resumes   counters of IDENTIFY / successful RESUME
 *     identifyPayloads (+)  the `d` of each IDENTIFY (token replaced by '<redacted>')
 *     createForum / createTextChannel     (dispatch CHANNEL_CREATE when a client is connected)
 *     createThread(forumId, …)            THREAD_CREATE (type 11, parent_id=forum) then MESSAGE_CREATE of the
 *                                         starter message (message id == thread id); `timestamp` (+) dates
 *                                         the thread and its id in the past
 *     postMessage / editMessage           MESSAGE_CREATE / MESSAGE_UPDATE (edited_timestamp set)
 *     deleteMessage (+)                   MESSAGE_DELETE
 *     updateThread (+)                    change archived/locked/name/appliedTags as a user/mod would; THREAD_UPDATE
 *     addMember / addRole                 (addRole dispatches GUILD_ROLE_CREATE when connected)
 *     interact(i)                         INTERACTION_CREATE; resolves with the first "real" callback request
 *                                         (POST /interactions/:id/:token/callback). Injected 429/500 failures are
 *                                         skipped (discord.js retries them); injected 403/404 are returned.
 *                                         i.timeoutMs (+) default 5000.
 *                                         Conveniences: data.type defaults to 1 (chat input); data.id defaults to
 *                                         the registered command id with that name (or a fresh id); for message
 *                                         context menus (data.type 3) data.resolved.messages is filled from the
 *                                         store when missing; for components (type 3) data.component_type
 *                                         defaults to 2 (button) and `message` may be just { id } of a stored msg.
 *     messages(channelId)                 visible history, oldest first (includes the bot's own posts,
 *                                         interaction responses; excludes ephemeral + deleted)
 *     ephemeralMessages(channelId) (+)    ephemeral interaction responses/follow-ups in that channel
 *     message(id) (+)                     any stored message by id (incl. ephemeral)
 *     thread(threadId)                    { id, appliedTags, archived, locked(+), name, ownerId, parentId(+) }
 *     commands(guildId?) (+)              application commands stored by PUT/POST (global if no guildId)
 *     failNext(method, pathRegex, status, { times?, retryAfterSeconds? (default 0.2), body? (+) })
 *     dropGateway({ resumable?: boolean = true, mode?: 'close' | 'terminate' (+) })
 *         resumable: server closes with 4000 ('close') or kills the TCP socket (1006, 'terminate');
 *                    resolves when RESUMED was sent (missed events are replayed first).
 *         resumable:false: the session is invalidated, the socket closed with 4000, the RESUME attempt
 *                    gets op 9 (d:false) and the client re-IDENTIFYs; resolves when the new READY +
 *                    GUILD_CREATE were sent. NB: @discordjs/ws throttles identifies 5 s apart (+0-1.5 s jitter).
 *     dispatch(t, d) (+)                  raw escape hatch: send any dispatch event to all sessions
 *     rejectIdentify(code, reason?) (+)   every later IDENTIFY is answered by closing the socket with `code`
 *                                         (4004 bad token, 4014 disallowed intents, …), as Discord does;
 *                                         rejectIdentify(null) lets them through again
 *     closeGateway(code, reason?) (+)     closes every live gateway socket with `code` (sessions are kept,
 *                                         so a resumable code lets the client RESUME)
 *     heartbeats (+)                      heartbeats (op 1) received and acknowledged (op 11) so far
 *     waitForRequest(pred, timeoutMs = 5000, { fromIndex? } (+))   checks already-recorded requests first
 *     waitForIdentify(timeoutMs = 10000, { fresh? } (+))  resolves when a session is READY (+GUILD_CREATE sent);
 *                                         immediately if one is already connected unless fresh:true
 *     clearRequests() (+)
 *     close()
 *
 *   RecordedRequest { method, path (no /api/v10 prefix; attachment downloads are '/attachments/…'),
 *     query, headers (lower-case keys), body (JSON, or for multipart the parsed payload_json plus
 *     files: {name, filename, contentType, data: Buffer}[]), status, at, + injected?: true (failNext answer) }
 *
 * ─── REST behaviour ─────────────────────────────────────────────────────────────────────────────
 *   - `Authorization` is required (any value) except on interaction callbacks, /webhooks/:id/:token…,
 *     GET /gateway and attachment downloads (exactly like Discord, where discord.js sends auth:false).
 *     Missing → 401 {message:'401: Unauthorized', code:0}.
 *   - Every response carries X-RateLimit-Limit/Remaining/Reset/Reset-After/Bucket/Scope.
 *     failNext 429 answers {message, retry_after, global:false} + Retry-After + Remaining 0.
 *     @discordjs/rest waits retry_after (+50 ms `offset`) then retries; it retries 5xx immediately up to
 *     `retries` (3) times, and throws DiscordAPIError for 4xx (HTTPError for 5xx after retries).
 *   - Realistic validation: content > 2000 chars / > 10 embeds / embed limits → 400 code 50035
 *     (Invalid Form Body, with `errors`); empty message → 400 code 50006; editing another user's
 *     message → 403 code 50005; unknown channel 10003, message 10008, member 10007, guild 10004,
 *     webhook 10015, interaction 10062; second interaction ack → 400 code 40060; follow-up before
 *     the interaction was acknowledged → 404 10015; applied_tags not in the forum's available_tags /
 *     more than 5 → 400 50035; editing an archived thread without unarchiving → 400 50083.
 *     Posting in an archived (unlocked) thread unarchives it (THREAD_UPDATE), as Discord does.
 *   - Bot messages (POST /channels/:id/messages, interaction responses/follow-ups) are stored and
 *     MESSAGE_CREATE is dispatched for them too (discord.js emits messageCreate for the bot's own posts!).
 *   - Interaction responses: type 4 → bot message (webhook_id = application id, interaction_metadata,
 *     interaction, flags kept; ephemeral (64) messages are stored but hidden from history and not
 *     dispatched). type 5 → a "thinking" message with flags 128 (LOADING) [| 64], later filled by
 *     PATCH …/messages/@original. type 6 → @original is the component's message. type 7 → edits the
 *     component's message (MESSAGE_UPDATE). 1/8/9/12 → recorded only. `with_response=true` → 200
 *     {interaction, resource{type, message}}, otherwise 204.
 *   - Attachments are served at http://127.0.0.1:PORT/attachments/<id>/<filename>?ex=…&is=…&hm=… (the
 *     query mimics Discord's signed CDN URLs and is ignored) with Content-Length and Content-Type only
 *     when one was given. An attachment with `stall: true` (+) never answers a download (the request is
 *     recorded with status 0 and held open until close()); `stall: n` stalls only its first n downloads.
 *   - Routes: GET /gateway, /gateway/bot, /users/@me, /users/:id, /applications/@me;
 *     GET/PATCH /channels/:id; GET/POST /channels/:id/messages; GET/PATCH/DELETE /channels/:id/messages/:mid;
 *     PUT/DELETE /channels/:id/messages/:mid/reactions/:emoji/@me; POST /channels/:id/typing;
 *     GET /guilds/:id, /guilds/:id/channels, /guilds/:id/roles, /guilds/:id/members, /guilds/:id/members/:uid,
 *     /guilds/:id/threads/active; POST /interactions/:id/:token/callback;
 *     POST /webhooks/:appId/:token; GET/PATCH/DELETE /webhooks/:appId/:token/messages/(@original|:mid);
 *     GET/PUT/POST /applications/:appId/commands, …/guilds/:gid/commands, DELETE …/commands/:cid.
 *     Anything else → 404 {message:'404: Not Found', code:0} (recorded, so tests can spot it).
 *
 * ─── Gateway behaviour ──────────────────────────────────────────────────────────────────────────
 *   Timing notes (discord.js side, not configurable by the fake): @discordjs/ws waits 500 ms before
 *   reconnecting after a drop; identifies are throttled 5 s apart; 429 waits retry_after + rest `offset`
 *   (50 ms default; pass `rest: { api, offset: 0 }` to shave it). There is no env var for these.
 *   HELLO(op 10) → IDENTIFY(op 2) → READY + GUILD_CREATE (channels, active threads, roles, members incl.
 *   the bot). Heartbeat(op 1) → ACK(op 11). RESUME(op 6) with a known session → replay events with
 *   s > seq, then RESUMED; unknown/invalidated session → op 9 d:false. Every dispatch has a sequence
 *   number. A session survives server-side drops and client 4xxx closes; a client close with
 *   1000/1001 (client.destroy()) invalidates it. Intents are recorded but not enforced.
 *   zlib-stream transport compression is NOT supported (discord.js only uses it with zlib-sync installed).
 */

import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

// ───────────────────────────────────────── public types ─────────────────────────────────────────

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export interface FakeAttachment {
  filename: string;
  contentType?: string;
  body: string | Buffer;
  /** A CDN that never answers: true for every download, a number for only the first n. */
  stall?: boolean | number;
}

export interface RecordedRequest {
  method: string;
  /** Without the /api/v10 prefix, e.g. /channels/123/messages */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  /** Parsed JSON; for multipart the parsed payload_json plus `files`. */
  body: any;
  /** What the fake answered; 0 for a download held open by `stall`. */
  status: number;
  at: number;
  /** True when the answer came from failNext(). */
  injected?: boolean;
}

export interface FakeDiscordOptions {
  botUser?: FakeUser;
  applicationId?: string;
  guildId?: string;
  heartbeatIntervalMs?: number;
  guildName?: string;
  botPermissions?: bigint;
  everyonePermissions?: bigint;
  interactionAckTimeoutMs?: number;
  debug?: boolean;
}

export interface StoredAttachment {
  id: string;
  filename: string;
  contentType?: string;
  size: number;
  url: string;
  description?: string;
}

export interface StoredMessage {
  id: string;
  channelId: string;
  author: FakeUser;
  content: string;
  timestamp: string;
  editedTimestamp: string | null;
  type: number;
  flags: number;
  attachments: StoredAttachment[];
  embeds: any[];
  components: any[];
  webhookId?: string;
  applicationId?: string;
  /** Set for interaction responses / follow-ups. */
  interactionId?: string;
  messageReference?: { message_id?: string; channel_id?: string; guild_id?: string; [k: string]: unknown };
  allowedMentions?: any;
  mentions: string[];
  ephemeral: boolean;
  reactions: { emoji: string; userIds: string[] }[];
  nonce?: string | number;
  tts: boolean;
}

export interface ThreadInfo {
  id: string;
  appliedTags: string[];
  archived: boolean;
  locked: boolean;
  name: string;
  ownerId: string;
  parentId: string;
}

export interface StoredCommand {
  id: string;
  application_id: string;
  guild_id?: string;
  name: string;
  type: number;
  [k: string]: any;
}

export interface InteractInput {
  type: 2 | 3 | 4 | 5;
  user: FakeUser;
  channelId: string;
  data: any;
  message?: any;
  guildId?: string;
  /** How long to wait for the callback request (default 5000 ms). */
  timeoutMs?: number;
  locale?: string;
}

export interface FakeDiscord {
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly baseUrl: string;
  readonly botUser: FakeUser;
  readonly applicationId: string;
  readonly guildId: string;
  readonly requests: RecordedRequest[];
  readonly identifies: number;
  readonly resumes: number;
  readonly heartbeats: number;
  readonly identifyPayloads: any[];
  createForum(opts: { id?: string; name: string; tags?: { id?: string; name: string }[] }): {
    id: string;
    tags: { id: string; name: string }[];
  };
  createTextChannel(opts: { id?: string; name: string }): { id: string };
  createThread(
    forumId: string,
    opts: {
      id?: string;
      name: string;
      owner: FakeUser;
      content: string;
      attachments?: FakeAttachment[];
      appliedTags?: string[];
      timestamp?: string;
    },
  ): Promise<{ threadId: string; messageId: string }>;
  postMessage(
    channelId: string,
    opts: {
      author: FakeUser;
      content: string;
      attachments?: FakeAttachment[];
      webhookId?: string;
      id?: string;
      timestamp?: string;
    },
  ): Promise<{ id: string }>;
  editMessage(channelId: string, messageId: string, content: string): Promise<void>;
  deleteMessage(channelId: string, messageId: string): Promise<void>;
  updateThread(threadId: string, patch: { archived?: boolean; locked?: boolean; name?: string; appliedTags?: string[] }): Promise<void>;
  addMember(user: FakeUser, opts?: { roles?: string[]; permissions?: bigint }): void;
  addRole(opts: { id?: string; name: string; permissions?: bigint }): { id: string };
  interact(i: InteractInput): Promise<{ interactionId: string; token: string; callback: RecordedRequest }>;
  messages(channelId: string): StoredMessage[];
  ephemeralMessages(channelId: string): StoredMessage[];
  message(messageId: string): StoredMessage | undefined;
  thread(threadId: string): ThreadInfo | undefined;
  commands(guildId?: string): StoredCommand[];
  failNext(
    method: string,
    path: RegExp,
    status: 429 | 500 | 403 | 404,
    opts?: { times?: number; retryAfterSeconds?: number; body?: unknown },
  ): void;
  dropGateway(opts?: { resumable?: boolean; mode?: 'close' | 'terminate' }): Promise<void>;
  dispatch(t: string, d: unknown): Promise<void>;
  rejectIdentify(code: number | null, reason?: string): void;
  closeGateway(code: number, reason?: string): void;
  waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs?: number, opts?: { fromIndex?: number }): Promise<RecordedRequest>;
  waitForIdentify(timeoutMs?: number, opts?: { fresh?: boolean }): Promise<void>;
  clearRequests(): void;
  close(): Promise<void>;
}

// ───────────────────────────────────────── constants ─────────────────────────────────────────

const DISCORD_EPOCH = 1420070400000n;

/** Permission bits (subset) – mirrors discord-api-types PermissionFlagsBits. */
export const Perm = {
  CreateInstantInvite: 1n << 0n,
  KickMembers: 1n << 1n,
  BanMembers: 1n << 2n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  ChangeNickname: 1n << 26n,
  ManageRoles: 1n << 28n,
  UseApplicationCommands: 1n << 31n,
  ManageThreads: 1n << 34n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
  ModerateMembers: 1n << 40n,
} as const;
const ALL_PERMISSIONS = (1n << 51n) - 1n;

const DEFAULT_EVERYONE_PERMS =
  Perm.CreateInstantInvite |
  Perm.AddReactions |
  Perm.ViewChannel |
  Perm.SendMessages |
  Perm.EmbedLinks |
  Perm.AttachFiles |
  Perm.ReadMessageHistory |
  Perm.UseExternalEmojis |
  Perm.ChangeNickname |
  Perm.UseApplicationCommands |
  Perm.CreatePublicThreads |
  Perm.SendMessagesInThreads;

const DEFAULT_BOT_PERMS = DEFAULT_EVERYONE_PERMS | Perm.ManageMessages | Perm.ManageThreads;

const ChannelType = { GuildText: 0, GuildCategory: 4, PublicThread: 11, GuildForum: 15 } as const;
const MessageFlag = { Ephemeral: 64, Loading: 128 } as const;

// ───────────────────────────────────────── internal types ─────────────────────────────────────────

interface ChannelRec {
  id: string;
  type: number;
  name: string;
  parentId: string | null;
  position: number;
  topic: string | null;
  lastMessageId: string | null;
  rateLimitPerUser: number;
  flags: number;
  availableTags?: { id: string; name: string }[];
  // thread-only
  ownerId?: string;
  appliedTags?: string[];
  archived?: boolean;
  locked?: boolean;
  autoArchiveDuration?: number;
  archiveTimestamp?: string;
  createTimestamp?: string;
  messageCount?: number;
  totalMessageSent?: number;
}

interface AttachmentRec extends StoredAttachment {
  data: Buffer;
  stall?: boolean | number;
  downloads: number;
}

interface MemberRec {
  userId: string;
  roles: string[];
  joinedAt: string;
  permissions?: bigint;
  nick: string | null;
}

interface RoleRec {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
  managed: boolean;
  botId?: string;
}

interface InteractionRec {
  id: string;
  token: string;
  type: number;
  channelId: string;
  guildId: string;
  user: FakeUser;
  data: any;
  commandName?: string;
  componentMessageId?: string;
  acked: boolean;
  expired: boolean;
  originalMessageId?: string;
  expiryTimer?: NodeJS.Timeout;
}

interface Session {
  id: string;
  seq: number;
  log: { s: number; t: string; d: unknown }[];
  ws: WebSocket | null;
  live: boolean;
  dead: boolean;
}

interface RouteCtx {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: any;
  files: { name: string; filename: string; contentType: string; data: Buffer }[];
}

interface RouteResult {
  status: number;
  body?: unknown;
  /** Runs after the HTTP response was written (gateway dispatches). */
  after?: () => Promise<unknown> | undefined;
}

type Handler = (ctx: RouteCtx, m: RegExpMatchArray) => RouteResult | Promise<RouteResult>;

interface Waiter<T> {
  resolve: (v: T) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
}

class HttpError extends Error {
  status: number;
  body: unknown;
  constructor(status: number, body: unknown) {
    super(`HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

const errUnknownChannel = () => new HttpError(404, { message: 'Unknown Channel', code: 10003 });
const errUnknownMessage = () => new HttpError(404, { message: 'Unknown Message', code: 10008 });
const errUnknownWebhook = () => new HttpError(404, { message: 'Unknown Webhook', code: 10015 });
const errNotFound = () => new HttpError(404, { message: '404: Not Found', code: 0 });

function formError(errors: Record<string, unknown>): HttpError {
  return new HttpError(400, { message: 'Invalid Form Body', code: 50035, errors });
}
function fieldError(code: string, message: string) {
  return { _errors: [{ code, message }] };
}

/** A syntactically plausible but obviously fake bot token, built at runtime. */
export function makeFakeToken(): string {
  const id = Buffer.from('100000000000000000').toString('base64').replace(/=+$/, '');
  return [id, 'FaKeTk', 'x'.repeat(27)].join('.');
}

// ───────────────────────────────────────── implementation ─────────────────────────────────────────

export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscordImpl(opts);
  await fake.listen();
  return fake;
}

class FakeDiscordImpl implements FakeDiscord {
  apiUrl = '';
  gatewayUrl = '';
  baseUrl = '';
  readonly botUser: FakeUser;
  readonly applicationId: string;
  readonly guildId: string;
  readonly requests: RecordedRequest[] = [];
  readonly identifyPayloads: any[] = [];
  identifies = 0;
  resumes = 0;
  heartbeats = 0;

  private readonly opts: FakeDiscordOptions;
  private readonly heartbeatIntervalMs: number;
  private readonly ackTimeoutMs: number;
  private readonly guildName: string;
  private readonly ownerUser: FakeUser;
  private readonly server = createServer((req, res) => {
    this.onHttp(req, res).catch((e: unknown) => {
      this.log('request failed', e);
      res.destroy();
    });
  });
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly droppedByUs = new WeakSet<WebSocket>();
  private readonly sessions = new Map<string, Session>();
  private identifyRejection: { code: number; reason: string } | null = null;
  /** Attachment downloads held open by `stall`; ended by close(). */
  private readonly stalled = new Set<ServerResponse>();

  private lastId = 0n;
  private readonly users = new Map<string, FakeUser>();
  private readonly members = new Map<string, MemberRec>();
  private readonly roles = new Map<string, RoleRec>();
  private readonly channels = new Map<string, ChannelRec>();
  private readonly channelMessages = new Map<string, string[]>();
  private readonly msgs = new Map<string, StoredMessage>();
  private readonly attachments = new Map<string, AttachmentRec>();
  private readonly interactions = new Map<string, InteractionRec>();
  private readonly interactionsByToken = new Map<string, InteractionRec>();
  private readonly globalCommands: StoredCommand[] = [];
  private readonly guildCommands = new Map<string, StoredCommand[]>();
  private readonly faults: {
    method: string;
    path: RegExp;
    status: number;
    times: number;
    retryAfter: number;
    body?: unknown;
  }[] = [];

  private readonly requestWaiters = new Set<Waiter<RecordedRequest> & { pred: (r: RecordedRequest) => boolean }>();
  private readonly identifyWaiters = new Set<Waiter<void>>();
  private readonly resumeWaiters = new Map<string, Waiter<void>>();
  private closed = false;
  private readonly createdAt = new Date().toISOString();
  private readonly routes: { method: string; re: RegExp; handler: Handler; auth: boolean; bucket: string }[] = [];

  constructor(opts: FakeDiscordOptions) {
    this.opts = opts;
    this.heartbeatIntervalMs = opts.heartbeatIntervalMs ?? 5_000;
    this.ackTimeoutMs = opts.interactionAckTimeoutMs ?? 3_000;
    this.guildName = opts.guildName ?? 'OpenClaw (fake)';
    this.guildId = opts.guildId ?? this.nextId();
    this.botUser = { bot: true, ...(opts.botUser ?? { id: this.nextId(), username: 'claw-triage' }) };
    this.applicationId = opts.applicationId ?? this.botUser.id;
    this.ownerUser = { id: this.nextId(), username: 'guild-owner' };

    this.roles.set(this.guildId, {
      id: this.guildId,
      name: '@everyone',
      permissions: opts.everyonePermissions ?? DEFAULT_EVERYONE_PERMS,
      position: 0,
      managed: false,
    });
    const botRoleId = this.nextId();
    this.roles.set(botRoleId, {
      id: botRoleId,
      name: this.botUser.username,
      permissions: opts.botPermissions ?? DEFAULT_BOT_PERMS,
      position: 1,
      managed: true,
      botId: this.botUser.id,
    });
    this.addMember(this.botUser, { roles: [botRoleId] });
    this.addMember(this.ownerUser);
    this.registerRoutes();
  }

  // ─────────────────────────────── lifecycle ───────────────────────────────

  async listen(): Promise<void> {
    this.server.on('upgrade', (req, socket, head) => {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (!u.pathname.startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onGatewayConnection(ws, u));
    });
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.apiUrl = `${this.baseUrl}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const err = new Error('fake discord closed');
    for (const w of this.requestWaiters) {
      if (w.timer) clearTimeout(w.timer);
      w.reject(err);
    }
    this.requestWaiters.clear();
    for (const w of this.identifyWaiters) {
      if (w.timer) clearTimeout(w.timer);
      w.reject(err);
    }
    this.identifyWaiters.clear();
    for (const w of this.resumeWaiters.values()) {
      if (w.timer) clearTimeout(w.timer);
      w.reject(err);
    }
    this.resumeWaiters.clear();
    for (const i of this.interactions.values()) if (i.expiryTimer) clearTimeout(i.expiryTimer);
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
    for (const res of this.stalled) res.destroy();
    this.stalled.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private log(...args: unknown[]): void {
    if (this.opts.debug) console.error('[fake-discord]', ...args);
  }

  // ─────────────────────────────── ids & objects ───────────────────────────────

  private nextId(atMs?: number): string {
    if (atMs !== undefined) {
      this.lastId++;
      return (((BigInt(atMs) - DISCORD_EPOCH) << 22n) | (this.lastId & 0x3fffffn)).toString();
    }
    let id = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
    if (id <= this.lastId) id = this.lastId + 1n;
    this.lastId = id;
    return id.toString();
  }

  private rememberUser(u: FakeUser): FakeUser {
    const existing = this.users.get(u.id);
    if (existing) {
      if (u.username && existing.username !== u.username) existing.username = u.username;
      if (u.bot !== undefined) existing.bot = u.bot;
      return existing;
    }
    const copy = { ...u };
    this.users.set(u.id, copy);
    return copy;
  }

  private ensureMember(u: FakeUser): MemberRec {
    this.rememberUser(u);
    let m = this.members.get(u.id);
    if (!m) {
      m = { userId: u.id, roles: [], joinedAt: new Date().toISOString(), nick: null };
      this.members.set(u.id, m);
    }
    return m;
  }

  private userObj(u: FakeUser): any {
    const known = this.users.get(u.id) ?? u;
    return {
      id: known.id,
      username: known.username,
      discriminator: '0',
      global_name: known.bot ? null : known.username,
      avatar: null,
      avatar_decoration_data: null,
      banner: null,
      accent_color: null,
      public_flags: 0,
      flags: 0,
      ...(known.bot ? { bot: true } : {}),
    };
  }

  private memberPermissions(m: MemberRec): bigint {
    if (m.permissions !== undefined) return m.permissions;
    if (m.userId === this.ownerUser.id) return ALL_PERMISSIONS;
    let p = this.roles.get(this.guildId)?.permissions ?? 0n;
    for (const r of m.roles) p |= this.roles.get(r)?.permissions ?? 0n;
    return p & Perm.Administrator ? ALL_PERMISSIONS : p;
  }

  private memberObj(m: MemberRec, withUser = true): any {
    const u = this.users.get(m.userId);
    return {
      ...(withUser && u ? { user: this.userObj(u) } : {}),
      nick: m.nick,
      avatar: null,
      banner: null,
      roles: [...m.roles],
      joined_at: m.joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
  }

  private roleObj(r: RoleRec): any {
    return {
      id: r.id,
      name: r.name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: r.position,
      permissions: r.permissions.toString(),
      managed: r.managed,
      mentionable: false,
      flags: 0,
      ...(r.botId ? { tags: { bot_id: r.botId } } : {}),
    };
  }

  private isThread(c: ChannelRec): boolean {
    return c.type === ChannelType.PublicThread || c.type === 10 || c.type === 12;
  }

  private channelObj(c: ChannelRec): any {
    if (this.isThread(c)) {
      return {
        id: c.id,
        type: c.type,
        guild_id: this.guildId,
        parent_id: c.parentId,
        owner_id: c.ownerId,
        name: c.name,
        last_message_id: c.lastMessageId,
        rate_limit_per_user: c.rateLimitPerUser,
        message_count: c.messageCount ?? 0,
        member_count: 1,
        total_message_sent: c.totalMessageSent ?? 0,
        flags: c.flags,
        applied_tags: [...(c.appliedTags ?? [])],
        thread_metadata: {
          archived: c.archived ?? false,
          auto_archive_duration: c.autoArchiveDuration ?? 4320,
          archive_timestamp: c.archiveTimestamp,
          locked: c.locked ?? false,
          create_timestamp: c.createTimestamp,
        },
      };
    }
    const base: any = {
      id: c.id,
      type: c.type,
      guild_id: this.guildId,
      name: c.name,
      position: c.position,
      permission_overwrites: [],
      parent_id: c.parentId,
      nsfw: false,
      flags: c.flags,
      topic: c.topic,
      last_message_id: c.lastMessageId,
      rate_limit_per_user: c.rateLimitPerUser,
    };
    if (c.type === ChannelType.GuildForum) {
      base.available_tags = (c.availableTags ?? []).map((t) => ({
        id: t.id,
        name: t.name,
        moderated: false,
        emoji_id: null,
        emoji_name: null,
      }));
      base.default_reaction_emoji = null;
      base.default_sort_order = null;
      base.default_forum_layout = 0;
      base.default_thread_rate_limit_per_user = 0;
      base.default_auto_archive_duration = 4320;
      base.template = '';
    }
    return base;
  }

  private guildObj(): any {
    return {
      id: this.guildId,
      name: this.guildName,
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.ownerUser.id,
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: 0,
      default_message_notifications: 1,
      explicit_content_filter: 0,
      roles: [...this.roles.values()].map((r) => this.roleObj(r)),
      emojis: [],
      stickers: [],
      features: ['COMMUNITY'],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      max_presences: null,
      max_members: 500000,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      hub_type: null,
      incidents_data: null,
    };
  }

  private guildCreateObj(): any {
    const all = [...this.channels.values()];
    return {
      ...this.guildObj(),
      joined_at: this.createdAt,
      large: false,
      unavailable: false,
      lazy: true,
      member_count: this.members.size,
      voice_states: [],
      members: [...this.members.values()].map((m) => this.memberObj(m)),
      channels: all.filter((c) => !this.isThread(c)).map((c) => this.channelObj(c)),
      threads: all.filter((c) => this.isThread(c) && !c.archived).map((c) => this.channelObj(c)),
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      embedded_activities: [],
      activity_instances: [],
    };
  }

  private attachmentObj(a: StoredAttachment): any {
    return {
      id: a.id,
      filename: a.filename,
      size: a.size,
      url: a.url,
      proxy_url: a.url,
      ...(a.contentType ? { content_type: a.contentType } : {}),
      ...(a.description ? { description: a.description } : {}),
    };
  }

  private messageObj(m: StoredMessage, gateway: boolean, depth = 0): any {
    const o: any = {
      id: m.id,
      channel_id: m.channelId,
      type: m.type,
      content: m.content,
      author: this.userObj(m.author),
      attachments: m.attachments.map((a) => this.attachmentObj(a)),
      embeds: m.embeds,
      components: m.components,
      mentions: m.mentions.flatMap((id) => {
        const u = this.users.get(id);
        return u ? [this.userObj(u)] : [];
      }),
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: m.tts,
      timestamp: m.timestamp,
      edited_timestamp: m.editedTimestamp,
      flags: m.flags,
    };
    if (m.reactions.length) {
      o.reactions = m.reactions.map((r) => ({
        count: r.userIds.length,
        count_details: { burst: 0, normal: r.userIds.length },
        me: r.userIds.includes(this.botUser.id),
        me_burst: false,
        burst_colors: [],
        emoji: { id: null, name: r.emoji },
      }));
    }
    if (m.nonce !== undefined) o.nonce = m.nonce;
    if (m.webhookId) o.webhook_id = m.webhookId;
    if (m.applicationId) o.application_id = m.applicationId;
    if (m.interactionId) {
      const i = this.interactions.get(m.interactionId);
      if (i) {
        o.interaction_metadata = {
          id: i.id,
          type: i.type,
          user: this.userObj(i.user),
          authorizing_integration_owners: { '0': i.guildId },
          ...(i.type === 2 ? { name: i.commandName, command_type: i.data?.type ?? 1 } : {}),
          ...(i.componentMessageId ? { interacted_message_id: i.componentMessageId } : {}),
          ...(i.originalMessageId && i.originalMessageId !== m.id ? { original_response_message_id: i.originalMessageId } : {}),
          ...(i.data?.type === 3 && i.data?.target_id ? { target_message_id: i.data.target_id } : {}),
        };
        o.interaction = {
          id: i.id,
          type: i.type,
          name: i.commandName ?? i.data?.custom_id ?? '',
          user: this.userObj(i.user),
        };
      }
    }
    if (m.messageReference) {
      o.message_reference = { type: 0, channel_id: m.channelId, guild_id: this.guildId, ...m.messageReference };
      const ref = m.messageReference.message_id ? this.msgs.get(m.messageReference.message_id) : undefined;
      if (m.type === 19) o.referenced_message = ref && depth === 0 ? this.messageObj(ref, false, 1) : null;
    }
    if (gateway) {
      o.guild_id = this.guildId;
      const mem = this.members.get(m.author.id);
      if (mem && !m.webhookId) o.member = this.memberObj(mem, false);
    }
    return o;
  }

  // ─────────────────────────────── gateway ───────────────────────────────

  private sendRaw(ws: WebSocket, payload: unknown): Promise<void> {
    return new Promise((resolve) => {
      if (ws.readyState !== WebSocket.OPEN) return resolve();
      ws.send(JSON.stringify(payload), () => resolve());
    });
  }

  private dispatchTo(s: Session, t: string, d: unknown): Promise<void> {
    if (s.dead) return Promise.resolve();
    s.seq++;
    s.log.push({ s: s.seq, t, d });
    if (s.log.length > 5000) s.log.splice(0, s.log.length - 5000);
    if (s.ws && s.live) {
      this.log('→ dispatch', t, s.seq);
      return this.sendRaw(s.ws, { op: 0, t, s: s.seq, d });
    }
    return Promise.resolve();
  }

  async dispatch(t: string, d: unknown): Promise<void> {
    await Promise.all([...this.sessions.values()].map((s) => this.dispatchTo(s, t, d)));
  }

  private hasLiveSession(): boolean {
    return [...this.sessions.values()].some((s) => s.live && !s.dead);
  }

  private onGatewayConnection(ws: WebSocket, url: URL): void {
    this.sockets.add(ws);
    this.log('gateway connection', url.search);
    let session: Session | null = null;
    ws.on('error', () => {});
    ws.on('close', (code) => {
      this.sockets.delete(ws);
      this.log('gateway closed', code);
      if (session && session.ws === ws) {
        session.ws = null;
        session.live = false;
        if (!this.droppedByUs.has(ws) && (code === 1000 || code === 1001)) {
          session.dead = true;
          this.sessions.delete(session.id);
        }
      }
    });
    ws.on('message', (raw) => {
      let p: any;
      try {
        p = JSON.parse(raw.toString());
      } catch {
        ws.close(4002, 'Error while decoding payload.');
        return;
      }
      this.log('← op', p?.op);
      switch (p?.op) {
        case 1:
          this.heartbeats++;
          void this.sendRaw(ws, { op: 11, d: null, s: null, t: null });
          break;
        case 2: {
          if (session) {
            ws.close(4005, 'Already authenticated.');
            return;
          }
          if (this.identifyRejection) {
            ws.close(this.identifyRejection.code, this.identifyRejection.reason);
            return;
          }
          if (!p.d?.token) {
            ws.close(4004, 'Authentication failed.');
            return;
          }
          session = this.identify(ws, p.d);
          break;
        }
        case 6: {
          const s = this.sessions.get(p.d?.session_id);
          if (!s || s.dead || !p.d?.token) {
            void this.sendRaw(ws, { op: 9, d: false, s: null, t: null });
            return;
          }
          session = s;
          this.resume(ws, s, Number(p.d.seq ?? 0));
          break;
        }
        default:
          break;
      }
    });
    void this.sendRaw(ws, { op: 10, s: null, t: null, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  private identify(ws: WebSocket, d: any): Session {
    this.identifies++;
    this.identifyPayloads.push({ ...d, token: '<redacted>' });
    const s: Session = { id: randomBytes(16).toString('hex'), seq: 0, log: [], ws, live: true, dead: false };
    this.sessions.set(s.id, s);
    const shard = Array.isArray(d.shard) ? d.shard : [0, 1];
    void (async () => {
      await this.dispatchTo(s, 'READY', {
        v: 10,
        user_settings: {},
        user: { ...this.userObj(this.botUser), verified: true, mfa_enabled: false, email: null },
        guilds: [{ id: this.guildId, unavailable: true }],
        presences: [],
        private_channels: [],
        relationships: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: ['fake'],
        session_type: 'normal',
        auth: {},
        session_id: s.id,
        resume_gateway_url: this.gatewayUrl,
        shard,
        application: { id: this.applicationId, flags: 0 },
      });
      await this.dispatchTo(s, 'GUILD_CREATE', this.guildCreateObj());
      for (const w of this.identifyWaiters) {
        if (w.timer) clearTimeout(w.timer);
        w.resolve();
      }
      this.identifyWaiters.clear();
    })();
    return s;
  }

  private resume(ws: WebSocket, s: Session, seq: number): void {
    if (s.ws && s.ws !== ws) {
      this.droppedByUs.add(s.ws);
      s.ws.close(4000, 'Session resumed elsewhere');
    }
    s.ws = ws;
    s.live = true;
    for (const e of s.log) {
      if (e.s > seq) ws.send(JSON.stringify({ op: 0, t: e.t, s: e.s, d: e.d }));
    }
    this.resumes++;
    void this.dispatchTo(s, 'RESUMED', null).then(() => {
      const w = this.resumeWaiters.get(s.id);
      if (w) {
        if (w.timer) clearTimeout(w.timer);
        this.resumeWaiters.delete(s.id);
        w.resolve();
      }
    });
  }

  async dropGateway(opts: { resumable?: boolean; mode?: 'close' | 'terminate' } = {}): Promise<void> {
    const resumable = opts.resumable ?? true;
    const targets = [...this.sessions.values()].filter((s) => s.live && s.ws && !s.dead);
    if (!targets.length) throw new Error('dropGateway: no connected gateway session');
    const timeoutMs = 20_000;
    const waits: Promise<void>[] = [];
    for (const s of targets) {
      const ws = s.ws as WebSocket;
      if (resumable) {
        waits.push(
          new Promise<void>((resolve, reject) => {
            const w: Waiter<void> = { resolve, reject };
            w.timer = setTimeout(() => {
              this.resumeWaiters.delete(s.id);
              reject(new Error('dropGateway: client did not RESUME in time'));
            }, timeoutMs);
            this.resumeWaiters.set(s.id, w);
          }),
        );
      } else {
        s.dead = true;
        this.sessions.delete(s.id);
      }
      s.live = false;
      this.droppedByUs.add(ws);
      if (opts.mode === 'terminate') ws.terminate();
      else ws.close(4000, 'Fake Discord dropped the connection');
    }
    if (!resumable) waits.push(this.waitForIdentify(timeoutMs, { fresh: true }));
    await Promise.all(waits);
  }

  rejectIdentify(code: number | null, reason = 'Rejected by the fake Discord.'): void {
    this.identifyRejection = code === null ? null : { code, reason };
  }

  closeGateway(code: number, reason = 'Closed by the fake Discord.'): void {
    for (const s of this.sessions.values()) {
      if (!s.ws || !s.live) continue;
      s.live = false;
      this.droppedByUs.add(s.ws);
      s.ws.close(code, reason);
    }
  }

  waitForIdentify(timeoutMs = 10_000, opts: { fresh?: boolean } = {}): Promise<void> {
    if (!opts.fresh && this.hasLiveSession()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const w: Waiter<void> = { resolve, reject };
      w.timer = setTimeout(() => {
        this.identifyWaiters.delete(w);
        reject(new Error(`waitForIdentify: no IDENTIFY within ${timeoutMs} ms`));
      }, timeoutMs);
      this.identifyWaiters.add(w);
    });
  }

  // ─────────────────────────────── harness: state mutation ───────────────────────────────

  createForum(o: { id?: string; name: string; tags?: { id?: string; name: string }[] }) {
    const id = o.id ?? this.nextId();
    const tags = (o.tags ?? []).map((t) => ({ id: t.id ?? this.nextId(), name: t.name }));
    const c: ChannelRec = {
      id,
      type: ChannelType.GuildForum,
      name: o.name,
      parentId: null,
      position: this.channels.size,
      topic: null,
      lastMessageId: null,
      rateLimitPerUser: 0,
      flags: 0,
      availableTags: tags,
    };
    this.channels.set(id, c);
    void this.dispatch('CHANNEL_CREATE', this.channelObj(c));
    return { id, tags: tags.map((t) => ({ ...t })) };
  }

  createTextChannel(o: { id?: string; name: string }) {
    const id = o.id ?? this.nextId();
    const c: ChannelRec = {
      id,
      type: ChannelType.GuildText,
      name: o.name,
      parentId: null,
      position: this.channels.size,
      topic: null,
      lastMessageId: null,
      rateLimitPerUser: 0,
      flags: 0,
    };
    this.channels.set(id, c);
    void this.dispatch('CHANNEL_CREATE', this.channelObj(c));
    return { id };
  }

  async createThread(
    forumId: string,
    o: {
      id?: string;
      name: string;
      owner: FakeUser;
      content: string;
      attachments?: FakeAttachment[];
      appliedTags?: string[];
      timestamp?: string;
    },
  ): Promise<{ threadId: string; messageId: string }> {
    const forum = this.channels.get(forumId);
    if (!forum || forum.type !== ChannelType.GuildForum) throw new Error(`createThread: ${forumId} is not a forum`);
    this.ensureMember(o.owner);
    const id = o.id ?? (o.timestamp ? this.nextId(Date.parse(o.timestamp)) : this.nextId());
    const now = o.timestamp ?? new Date().toISOString();
    const t: ChannelRec = {
      id,
      type: ChannelType.PublicThread,
      name: o.name,
      parentId: forumId,
      position: 0,
      topic: null,
      lastMessageId: id,
      rateLimitPerUser: 0,
      flags: 0,
      ownerId: o.owner.id,
      appliedTags: [...(o.appliedTags ?? [])],
      archived: false,
      locked: false,
      autoArchiveDuration: 4320,
      archiveTimestamp: now,
      createTimestamp: now,
      messageCount: 0,
      totalMessageSent: 1,
    };
    this.channels.set(id, t);
    forum.lastMessageId = id;
    const msg = this.storeMessage({
      id,
      channelId: id,
      author: o.owner,
      content: o.content,
      timestamp: now,
      attachments: this.storeAttachments(o.attachments ?? []),
    });
    await this.dispatch('THREAD_CREATE', { ...this.channelObj(t), newly_created: true });
    await this.dispatch('MESSAGE_CREATE', this.messageObj(msg, true));
    return { threadId: id, messageId: id };
  }

  async postMessage(
    channelId: string,
    o: {
      author: FakeUser;
      content: string;
      attachments?: FakeAttachment[];
      webhookId?: string;
      id?: string;
      timestamp?: string;
    },
  ): Promise<{ id: string }> {
    const ch = this.channels.get(channelId);
    if (!ch) throw new Error(`postMessage: unknown channel ${channelId}`);
    if (!o.webhookId) this.ensureMember(o.author);
    else this.rememberUser(o.author);
    const ts = o.timestamp ?? new Date().toISOString();
    const id = o.id ?? (o.timestamp ? this.nextId(Date.parse(o.timestamp)) : this.nextId());
    const msg = this.storeMessage({
      id,
      channelId,
      author: o.author,
      content: o.content,
      timestamp: ts,
      attachments: this.storeAttachments(o.attachments ?? []),
      ...(o.webhookId ? { webhookId: o.webhookId } : {}),
    });
    await this.afterNewMessage(ch, msg);
    return { id };
  }

  async editMessage(channelId: string, messageId: string, content: string): Promise<void> {
    const m = this.msgs.get(messageId);
    if (!m || m.channelId !== channelId) throw new Error(`editMessage: unknown message ${messageId}`);
    m.content = content;
    m.mentions = this.parseMentions(content);
    m.editedTimestamp = new Date().toISOString();
    await this.dispatch('MESSAGE_UPDATE', this.messageObj(m, true));
  }

  async deleteMessage(channelId: string, messageId: string): Promise<void> {
    const m = this.msgs.get(messageId);
    if (!m || m.channelId !== channelId) throw new Error(`deleteMessage: unknown message ${messageId}`);
    this.removeMessage(m);
    await this.dispatch('MESSAGE_DELETE', { id: m.id, channel_id: channelId, guild_id: this.guildId });
  }

  async updateThread(
    threadId: string,
    patch: { archived?: boolean; locked?: boolean; name?: string; appliedTags?: string[] },
  ): Promise<void> {
    const t = this.channels.get(threadId);
    if (!t || !this.isThread(t)) throw new Error(`updateThread: unknown thread ${threadId}`);
    if (patch.name !== undefined) t.name = patch.name;
    if (patch.locked !== undefined) t.locked = patch.locked;
    if (patch.appliedTags !== undefined) t.appliedTags = [...patch.appliedTags];
    if (patch.archived !== undefined && patch.archived !== t.archived) {
      t.archived = patch.archived;
      t.archiveTimestamp = new Date().toISOString();
    }
    await this.dispatch('THREAD_UPDATE', this.channelObj(t));
  }

  addMember(user: FakeUser, o: { roles?: string[]; permissions?: bigint } = {}): void {
    const m = this.ensureMember(user);
    if (o.roles) m.roles = [...o.roles];
    if (o.permissions !== undefined) m.permissions = o.permissions;
  }

  addRole(o: { id?: string; name: string; permissions?: bigint }): { id: string } {
    const id = o.id ?? this.nextId();
    const r: RoleRec = {
      id,
      name: o.name,
      permissions: o.permissions ?? 0n,
      position: this.roles.size,
      managed: false,
    };
    this.roles.set(id, r);
    void this.dispatch('GUILD_ROLE_CREATE', { guild_id: this.guildId, role: this.roleObj(r) });
    return { id };
  }

  // ─────────────────────────────── harness: queries ───────────────────────────────

  private sortedChannelMessages(channelId: string, includeEphemeral = false): StoredMessage[] {
    const ids = this.channelMessages.get(channelId) ?? [];
    return ids
      .map((id) => this.msgs.get(id))
      .filter((m): m is StoredMessage => !!m && (includeEphemeral || !m.ephemeral))
      .sort((a, b) => compareIds(a.id, b.id));
  }

  messages(channelId: string): StoredMessage[] {
    return this.sortedChannelMessages(channelId).map(cloneMessage);
  }

  ephemeralMessages(channelId: string): StoredMessage[] {
    return this.sortedChannelMessages(channelId, true)
      .filter((m) => m.ephemeral)
      .map(cloneMessage);
  }

  message(messageId: string): StoredMessage | undefined {
    const m = this.msgs.get(messageId);
    return m ? cloneMessage(m) : undefined;
  }

  thread(threadId: string): ThreadInfo | undefined {
    const t = this.channels.get(threadId);
    if (!t || !this.isThread(t)) return undefined;
    return {
      id: t.id,
      appliedTags: [...(t.appliedTags ?? [])],
      archived: t.archived ?? false,
      locked: t.locked ?? false,
      name: t.name,
      ownerId: t.ownerId ?? '',
      parentId: t.parentId ?? '',
    };
  }

  commands(guildId?: string): StoredCommand[] {
    const list = guildId ? (this.guildCommands.get(guildId) ?? []) : this.globalCommands;
    return list.map((c) => structuredClone(c));
  }

  failNext(
    method: string,
    path: RegExp,
    status: 429 | 500 | 403 | 404,
    o: { times?: number; retryAfterSeconds?: number; body?: unknown } = {},
  ): void {
    this.faults.push({
      method: method.toUpperCase(),
      path,
      status,
      times: o.times ?? 1,
      retryAfter: o.retryAfterSeconds ?? 0.2,
      ...(o.body !== undefined ? { body: o.body } : {}),
    });
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  waitForRequest(pred: (r: RecordedRequest) => boolean, timeoutMs = 5_000, o: { fromIndex?: number } = {}): Promise<RecordedRequest> {
    const found = this.requests.slice(o.fromIndex ?? 0).find(pred);
    if (found) return Promise.resolve(found);
    return new Promise<RecordedRequest>((resolve, reject) => {
      const w: Waiter<RecordedRequest> & { pred: (r: RecordedRequest) => boolean } = { resolve, reject, pred };
      w.timer = setTimeout(() => {
        this.requestWaiters.delete(w);
        reject(new Error(`waitForRequest: no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      this.requestWaiters.add(w);
    });
  }

  // ─────────────────────────────── interactions ───────────────────────────────

  async interact(i: InteractInput): Promise<{ interactionId: string; token: string; callback: RecordedRequest }> {
    const channel = this.channels.get(i.channelId);
    if (!channel) throw new Error(`interact: unknown channel ${i.channelId}`);
    const member = this.ensureMember(i.user);
    const id = this.nextId();
    const token = Buffer.from(`interaction:${id}:${randomBytes(24).toString('hex')}`).toString('base64url');
    const guildId = i.guildId ?? this.guildId;
    const data: any = structuredClone(i.data ?? {});
    let message: any;
    let componentMessageId: string | undefined;
    let commandName: string | undefined;

    if (i.type === 2 || i.type === 4) {
      data.type ??= 1;
      commandName = data.name;
      if (!data.id) {
        const cmd = [...this.globalCommands, ...(this.guildCommands.get(guildId) ?? [])].find(
          (c) => c.name === data.name && c.type === data.type,
        );
        data.id = cmd?.id ?? this.nextId();
        if (cmd?.guild_id) data.guild_id = cmd.guild_id;
      }
      if (data.type === 3 && data.target_id && !data.resolved?.messages?.[data.target_id]) {
        const target = this.msgs.get(data.target_id);
        if (target) {
          data.resolved = {
            ...(data.resolved ?? {}),
            messages: { ...(data.resolved?.messages ?? {}), [target.id]: this.messageObj(target, false) },
          };
        }
      }
      if (data.type === 2 && data.target_id && !data.resolved?.users?.[data.target_id]) {
        const u = this.users.get(data.target_id);
        const mem = this.members.get(data.target_id);
        if (u) {
          data.resolved = {
            ...(data.resolved ?? {}),
            users: { [u.id]: this.userObj(u) },
            ...(mem ? { members: { [u.id]: this.memberObj(mem, false) } } : {}),
          };
        }
      }
    }
    if (i.type === 3 || i.type === 5) {
      if (i.type === 3) data.component_type ??= 2;
      if (i.message) {
        const stored = i.message.id ? this.msgs.get(i.message.id) : undefined;
        message = i.message.author ? i.message : stored ? this.messageObj(stored, false) : i.message;
        componentMessageId = message.id;
      }
      if (i.type === 3 && !message) throw new Error('interact: component interactions (type 3) need `message`');
    }

    const rec: InteractionRec = {
      id,
      token,
      type: i.type,
      channelId: i.channelId,
      guildId,
      user: this.users.get(i.user.id) ?? i.user,
      data,
      acked: false,
      expired: false,
      ...(commandName ? { commandName } : {}),
      ...(componentMessageId ? { componentMessageId } : {}),
    };
    this.interactions.set(id, rec);
    this.interactionsByToken.set(token, rec);
    if (this.ackTimeoutMs > 0) {
      rec.expiryTimer = setTimeout(() => {
        if (!rec.acked) rec.expired = true;
      }, this.ackTimeoutMs);
      rec.expiryTimer.unref();
    }

    const botMember = this.members.get(this.botUser.id);
    const payload: any = {
      id,
      application_id: this.applicationId,
      type: i.type,
      data,
      guild_id: guildId,
      guild: { id: guildId, locale: 'en-US', features: ['COMMUNITY'] },
      channel_id: i.channelId,
      channel: this.channelObj(channel),
      member: { ...this.memberObj(member), permissions: this.memberPermissions(member).toString() },
      token,
      version: 1,
      app_permissions: (botMember ? this.memberPermissions(botMember) : DEFAULT_BOT_PERMS).toString(),
      locale: i.locale ?? 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      context: 0,
      attachment_size_limit: 26214400,
      ...(message ? { message } : {}),
    };
    const fromIndex = this.requests.length;
    const cbPath = `/interactions/${id}/${token}/callback`;
    const waiting = this.waitForRequest(
      (r) => r.method === 'POST' && r.path === cbPath && (!r.injected || r.status === 403 || r.status === 404),
      i.timeoutMs ?? 5_000,
      { fromIndex },
    );
    await this.dispatch('INTERACTION_CREATE', payload);
    const callback = await waiting;
    return { interactionId: id, token, callback };
  }

  // ─────────────────────────────── message store helpers ───────────────────────────────

  private storeAttachments(list: FakeAttachment[]): StoredAttachment[] {
    return list.map((a) => {
      const data = typeof a.body === 'string' ? Buffer.from(a.body, 'utf8') : Buffer.from(a.body);
      return this.storeAttachmentData(a.filename, data, a.contentType, undefined, a.stall);
    });
  }

  private storeAttachmentData(filename: string, data: Buffer, contentType?: string, description?: string, stall?: boolean | number) {
    const id = this.nextId();
    const now = Math.floor(Date.now() / 1000);
    const sig = randomBytes(8).toString('hex');
    const url =
      `${this.baseUrl}/attachments/${id}/${encodeURIComponent(filename)}` +
      `?ex=${(now + 86400).toString(16)}&is=${now.toString(16)}&hm=${sig}&`;
    const rec: AttachmentRec = {
      id,
      filename,
      size: data.length,
      url,
      data,
      downloads: 0,
      ...(contentType ? { contentType } : {}),
      ...(description ? { description } : {}),
      ...(stall ? { stall } : {}),
    };
    this.attachments.set(id, rec);
    const { data: _d, downloads: _n, stall: _s, ...pub } = rec;
    return pub as StoredAttachment;
  }

  private parseMentions(content: string): string[] {
    const ids = new Set<string>();
    for (const m of content.matchAll(/<@!?(\d+)>/g)) if (m[1] && this.users.has(m[1])) ids.add(m[1]);
    return [...ids];
  }

  private storeMessage(p: Partial<StoredMessage> & { id: string; channelId: string; author: FakeUser }): StoredMessage {
    const m: StoredMessage = {
      content: '',
      timestamp: new Date().toISOString(),
      editedTimestamp: null,
      type: 0,
      flags: 0,
      attachments: [],
      embeds: [],
      components: [],
      mentions: [],
      ephemeral: false,
      reactions: [],
      tts: false,
      ...p,
      author: this.rememberUser(p.author),
    };
    if (!p.mentions) m.mentions = this.parseMentions(m.content);
    this.msgs.set(m.id, m);
    let list = this.channelMessages.get(m.channelId);
    if (!list) this.channelMessages.set(m.channelId, (list = []));
    list.push(m.id);
    return m;
  }

  private removeMessage(m: StoredMessage): void {
    this.msgs.delete(m.id);
    const list = this.channelMessages.get(m.channelId);
    if (list) {
      const idx = list.indexOf(m.id);
      if (idx >= 0) list.splice(idx, 1);
    }
  }

  /** Bookkeeping + MESSAGE_CREATE (and THREAD_UPDATE if posting unarchived the thread). */
  private async afterNewMessage(ch: ChannelRec, m: StoredMessage): Promise<void> {
    if (m.ephemeral) return;
    ch.lastMessageId = m.id;
    let unarchived = false;
    if (this.isThread(ch)) {
      ch.messageCount = (ch.messageCount ?? 0) + 1;
      ch.totalMessageSent = (ch.totalMessageSent ?? 0) + 1;
      if (ch.archived && !ch.locked) {
        ch.archived = false;
        ch.archiveTimestamp = new Date().toISOString();
        unarchived = true;
      }
    }
    if (unarchived) await this.dispatch('THREAD_UPDATE', this.channelObj(ch));
    await this.dispatch('MESSAGE_CREATE', this.messageObj(m, true));
  }

  private validateMessageBody(b: any, fileCount: number, creating: boolean): void {
    const errors: Record<string, unknown> = {};
    if (typeof b.content === 'string' && b.content.length > 2000) {
      errors.content = fieldError('BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
    }
    if (Array.isArray(b.embeds)) {
      if (b.embeds.length > 10) {
        errors.embeds = fieldError('BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
      } else {
        const embedErrors: Record<string, unknown> = {};
        let total = 0;
        b.embeds.forEach((e: any, idx: number) => {
          const eErr: Record<string, unknown> = {};
          const check = (val: unknown, max: number, key: string) => {
            if (typeof val !== 'string') return;
            total += val.length;
            if (val.length > max) eErr[key] = fieldError('BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
          };
          check(e?.title, 256, 'title');
          check(e?.description, 4096, 'description');
          check(e?.footer?.text, 2048, 'footer');
          check(e?.author?.name, 256, 'author');
          if (Array.isArray(e?.fields)) {
            if (e.fields.length > 25) eErr.fields = fieldError('BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
            e.fields.forEach((f: any, fi: number) => {
              const fErr: Record<string, unknown> = {};
              if (typeof f?.name === 'string') {
                total += f.name.length;
                if (f.name.length > 256) fErr.name = fieldError('BASE_TYPE_MAX_LENGTH', 'Must be 256 or fewer in length.');
              }
              if (typeof f?.value === 'string') {
                total += f.value.length;
                if (f.value.length > 1024) fErr.value = fieldError('BASE_TYPE_MAX_LENGTH', 'Must be 1024 or fewer in length.');
              }
              if (Object.keys(fErr).length) eErr[`fields.${fi}`] = fErr;
            });
          }
          if (Object.keys(eErr).length) embedErrors[String(idx)] = eErr;
        });
        if (total > 6000) {
          embedErrors._errors = [{ code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' }];
        }
        if (Object.keys(embedErrors).length) errors.embeds = embedErrors;
      }
    }
    if (Object.keys(errors).length) throw formError(errors);
    if (creating) {
      const hasContent = typeof b.content === 'string' && b.content.length > 0;
      const hasEmbeds = Array.isArray(b.embeds) && b.embeds.length > 0;
      const hasComponents = Array.isArray(b.components) && b.components.length > 0;
      const hasStickers = Array.isArray(b.sticker_ids) && b.sticker_ids.length > 0;
      if (!hasContent && !hasEmbeds && !hasComponents && !hasStickers && !b.poll && fileCount === 0) {
        throw new HttpError(400, { message: 'Cannot send an empty message', code: 50006 });
      }
    }
  }

  /** Attachments for a create/edit body: new uploads (files[n]) + kept existing ones ({id} of existing). */
  private resolveBodyAttachments(ctx: RouteCtx, existing: StoredAttachment[]): StoredAttachment[] | undefined {
    const b = ctx.body ?? {};
    const meta: any[] | undefined = Array.isArray(b.attachments) ? b.attachments : undefined;
    if (!meta && !ctx.files.length) return undefined;
    const out: StoredAttachment[] = [];
    const usedFiles = new Set<number>();
    for (const a of meta ?? []) {
      const keep = existing.find((e) => e.id === String(a.id));
      if (keep) {
        out.push(keep);
        continue;
      }
      const idx = Number(a.id);
      const f = ctx.files.find((ff) => ff.name === `files[${idx}]`) ?? ctx.files[idx];
      if (f) {
        usedFiles.add(ctx.files.indexOf(f));
        out.push(this.storeAttachmentData(a.filename ?? f.filename, f.data, f.contentType, a.description));
      }
    }
    ctx.files.forEach((f, i) => {
      if (!usedFiles.has(i)) out.push(this.storeAttachmentData(f.filename, f.data, f.contentType));
    });
    return out;
  }

  private applyEdit(m: StoredMessage, ctx: RouteCtx): void {
    const b = ctx.body ?? {};
    if ('content' in b) {
      m.content = b.content ?? '';
      m.mentions = this.parseMentions(m.content);
    }
    if ('embeds' in b) m.embeds = b.embeds ?? [];
    if ('components' in b) m.components = b.components ?? [];
    if ('flags' in b && typeof b.flags === 'number') {
      m.flags = (m.flags & (MessageFlag.Ephemeral | MessageFlag.Loading)) | (b.flags & ~MessageFlag.Ephemeral);
    }
    if ('allowed_mentions' in b) m.allowedMentions = b.allowed_mentions;
    const atts = this.resolveBodyAttachments(ctx, m.attachments);
    if (atts) m.attachments = atts;
  }

  private newBotMessage(channelId: string, ctx: RouteCtx, extra: Partial<StoredMessage> = {}): StoredMessage {
    const b = ctx.body ?? {};
    const flags = typeof b.flags === 'number' ? b.flags : 0;
    return this.storeMessage({
      id: this.nextId(),
      channelId,
      author: this.botUser,
      content: b.content ?? '',
      embeds: b.embeds ?? [],
      components: b.components ?? [],
      flags,
      tts: !!b.tts,
      attachments: this.resolveBodyAttachments(ctx, []) ?? [],
      ...(b.allowed_mentions !== undefined ? { allowedMentions: b.allowed_mentions } : {}),
      ...(b.nonce !== undefined ? { nonce: b.nonce } : {}),
      ...extra,
    });
  }

  // ─────────────────────────────── HTTP ───────────────────────────────

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);

    // Attachment downloads (CDN).
    const att = /^\/attachments\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (att && (method === 'GET' || method === 'HEAD')) {
      const rec = this.attachments.get(att[1] ?? '');
      const ok = rec && decodeURIComponent(att[2] ?? '') === rec.filename;
      const status = ok ? 200 : 404;
      if (rec && ok) rec.downloads++;
      if (rec && ok && (rec.stall === true || (typeof rec.stall === 'number' && rec.downloads <= rec.stall))) {
        // A CDN that never answers: no status line, no bytes, the socket left open.
        this.stalled.add(res);
        res.on('close', () => this.stalled.delete(res));
        this.record({ method, path: url.pathname, query: url.searchParams, headers, body: undefined, status: 0, at: Date.now() });
        return;
      }
      if (rec && ok) {
        const h: Record<string, string> = { 'Content-Length': String(rec.data.length) };
        if (rec.contentType) h['Content-Type'] = rec.contentType;
        res.writeHead(200, h);
        res.end(method === 'HEAD' ? undefined : rec.data);
      } else {
        res.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Length': '9' });
        res.end('Not Found');
      }
      this.record({ method, path: url.pathname, query: url.searchParams, headers, body: undefined, status, at: Date.now() });
      return;
    }

    const path = safeDecode(url.pathname.replace(/^\/api(\/v\d+)?/, '') || '/');
    const ctx: RouteCtx = { method, path, query: url.searchParams, headers, body: undefined, files: [] };
    let result: RouteResult;
    let injected = false;
    let extraHeaders: Record<string, string> = {};
    let bucket = 'unknown';
    try {
      await this.parseBody(ctx, raw);
      const route = this.routes.find((r) => r.method === method && r.re.test(path));
      bucket = route?.bucket ?? 'unknown';
      if (!url.pathname.startsWith('/api')) throw errNotFound();
      if ((route?.auth ?? true) && !headers.authorization) {
        throw new HttpError(401, { message: '401: Unauthorized', code: 0 });
      }
      const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(path));
      if (fault) {
        fault.times--;
        if (fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
        injected = true;
        result = this.faultResult(fault);
        if (fault.status === 429) {
          const ra = String(fault.retryAfter);
          extraHeaders = {
            'Retry-After': ra,
            'X-RateLimit-Remaining': '0',
            'X-RateLimit-Reset-After': ra,
            'X-RateLimit-Reset': ((Date.now() + fault.retryAfter * 1000) / 1000).toFixed(3),
          };
        }
      } else if (!route) {
        throw errNotFound();
      } else {
        result = await route.handler(ctx, path.match(route.re) as RegExpMatchArray);
      }
    } catch (e) {
      if (e instanceof HttpError) result = { status: e.status, body: e.body };
      else {
        this.log('handler error', e);
        result = { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
      }
    }

    const body = result.status === 204 || result.body === undefined ? undefined : JSON.stringify(result.body);
    const resetAfter = 1;
    const h: Record<string, string> = {
      'X-RateLimit-Limit': '50',
      'X-RateLimit-Remaining': '49',
      'X-RateLimit-Reset': ((Date.now() + resetAfter * 1000) / 1000).toFixed(3),
      'X-RateLimit-Reset-After': resetAfter.toFixed(3),
      'X-RateLimit-Bucket': bucket,
      'X-RateLimit-Scope': 'user',
      ...extraHeaders,
    };
    if (body !== undefined) {
      h['Content-Type'] = 'application/json';
      h['Content-Length'] = String(Buffer.byteLength(body));
    }
    const status = body === undefined && result.status === 200 ? 204 : result.status;
    res.writeHead(status, h);
    res.end(body);
    this.log(method, path, status);
    const recBody = ctx.files.length ? { ...(ctx.body ?? {}), files: ctx.files } : ctx.body;
    this.record({
      method,
      path,
      query: url.searchParams,
      headers,
      body: recBody,
      status,
      at: Date.now(),
      ...(injected ? { injected } : {}),
    });
    if (result.after) {
      try {
        await result.after();
      } catch (e) {
        this.log('after() failed', e);
      }
    }
  }

  private faultResult(f: { status: number; retryAfter: number; body?: unknown }): RouteResult {
    if (f.body !== undefined) return { status: f.status, body: f.body };
    switch (f.status) {
      case 429:
        return { status: 429, body: { message: 'You are being rate limited.', retry_after: f.retryAfter, global: false } };
      case 403:
        return { status: 403, body: { message: 'Missing Permissions', code: 50013 } };
      case 404:
        return { status: 404, body: { message: '404: Not Found', code: 0 } };
      default:
        return { status: f.status, body: { message: `${f.status}: Internal Server Error`, code: 0 } };
    }
  }

  private record(r: RecordedRequest): void {
    this.requests.push(r);
    for (const w of [...this.requestWaiters]) {
      if (w.pred(r)) {
        if (w.timer) clearTimeout(w.timer);
        this.requestWaiters.delete(w);
        w.resolve(r);
      }
    }
  }

  private async parseBody(ctx: RouteCtx, raw: Buffer): Promise<void> {
    if (!raw.length) return;
    const ct = ctx.headers['content-type'] ?? '';
    if (ct.startsWith('multipart/form-data')) {
      const form = await new Request('http://127.0.0.1/', {
        method: 'POST',
        headers: { 'content-type': ct },
        body: raw,
      }).formData();
      let payload: any = {};
      for (const [name, value] of form.entries()) {
        if (typeof value === 'string') {
          if (name === 'payload_json') payload = JSON.parse(value);
          else payload[name] = value;
        } else {
          ctx.files.push({
            name,
            filename: value.name,
            contentType: value.type,
            data: Buffer.from(await value.arrayBuffer()),
          });
        }
      }
      ctx.body = payload;
      return;
    }
    const text = raw.toString('utf8');
    if (ct.includes('json')) {
      try {
        ctx.body = JSON.parse(text);
      } catch {
        throw new HttpError(400, { message: '400: Bad Request', code: 50109 });
      }
    } else {
      ctx.body = text;
    }
  }

  // ─────────────────────────────── routes ───────────────────────────────

  private route(method: string, pattern: string, handler: Handler, o: { auth?: boolean } = {}): void {
    const re = new RegExp(`^${pattern.replace(/:[a-zA-Z]+/g, (p) => (p === ':emoji' ? '([^/]+)' : '([^/]+)'))}/?$`);
    this.routes.push({
      method,
      re,
      handler,
      auth: o.auth ?? true,
      bucket: createBucketHash(`${method} ${pattern}`),
    });
  }

  private getChannel(id: string | undefined): ChannelRec {
    const c = id ? this.channels.get(id) : undefined;
    if (!c) throw errUnknownChannel();
    return c;
  }

  private getMessage(channelId: string, mid: string | undefined): StoredMessage {
    const m = mid ? this.msgs.get(mid) : undefined;
    if (!m || m.channelId !== channelId || m.ephemeral) throw errUnknownMessage();
    return m;
  }

  private checkGuild(gid: string | undefined): void {
    if (gid !== this.guildId) throw new HttpError(404, { message: 'Unknown Guild', code: 10004 });
  }

  private registerRoutes(): void {
    // ── gateway / identity
    this.route('GET', '/gateway', () => ({ status: 200, body: { url: this.gatewayUrl } }), { auth: false });
    this.route('GET', '/gateway/bot', () => ({
      status: 200,
      body: {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      },
    }));
    this.route('GET', '/users/@me', () => ({
      status: 200,
      body: { ...this.userObj(this.botUser), verified: true, mfa_enabled: false, locale: 'en-US', email: null },
    }));
    this.route('GET', '/users/:id', (_c, m) => {
      const u = this.users.get(m[1] ?? '');
      if (!u) throw new HttpError(404, { message: 'Unknown User', code: 10013 });
      return { status: 200, body: this.userObj(u) };
    });
    this.route('GET', '/applications/@me', () => ({ status: 200, body: this.applicationObj() }));

    // ── channels
    this.route('GET', '/channels/:id', (_c, m) => ({ status: 200, body: this.channelObj(this.getChannel(m[1])) }));
    this.route('PATCH', '/channels/:id', (c, m) => this.patchChannel(c, this.getChannel(m[1])));
    this.route('POST', '/channels/:id/typing', (_c, m) => {
      this.getChannel(m[1]);
      return { status: 204 };
    });
    this.route('GET', '/channels/:id/messages', (c, m) => {
      const ch = this.getChannel(m[1]);
      return { status: 200, body: this.listMessages(ch.id, c.query) };
    });
    this.route('GET', '/channels/:id/messages/:mid', (_c, m) => {
      const ch = this.getChannel(m[1]);
      return { status: 200, body: this.messageObj(this.getMessage(ch.id, m[2]), false) };
    });
    this.route('POST', '/channels/:id/messages', (c, m) => {
      const ch = this.getChannel(m[1]);
      if (ch.type === ChannelType.GuildForum || ch.type === ChannelType.GuildCategory) {
        throw new HttpError(400, { message: 'Cannot send messages in a non-text channel', code: 50008 });
      }
      if (this.isThread(ch) && ch.archived && ch.locked) {
        const bot = this.members.get(this.botUser.id);
        if (!bot || !(this.memberPermissions(bot) & Perm.ManageThreads)) {
          throw new HttpError(400, { message: 'Thread is locked', code: 50083 });
        }
      }
      const b = c.body ?? {};
      this.validateMessageBody(b, c.files.length, true);
      const ref = b.message_reference;
      let type = 0;
      if (ref?.message_id && (ref.type ?? 0) === 0) {
        const target = this.msgs.get(String(ref.message_id));
        if (!target || target.channelId !== ch.id) {
          if (ref.fail_if_not_exists !== false) {
            throw formError({
              message_reference: fieldError('MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message'),
            });
          }
        } else type = 19;
      }
      const msg = this.newBotMessage(ch.id, c, {
        type,
        flags: (typeof b.flags === 'number' ? b.flags : 0) & ~MessageFlag.Ephemeral,
        ...(ref && type === 19 ? { messageReference: { message_id: String(ref.message_id), channel_id: ch.id } } : {}),
      });
      return { status: 200, body: this.messageObj(msg, false), after: () => this.afterNewMessage(ch, msg) };
    });
    this.route('PATCH', '/channels/:id/messages/:mid', (c, m) => {
      const ch = this.getChannel(m[1]);
      const msg = this.getMessage(ch.id, m[2]);
      const b = c.body ?? {};
      const onlyFlags = Object.keys(b).every((k) => k === 'flags');
      if (msg.author.id !== this.botUser.id && !onlyFlags) {
        throw new HttpError(403, { message: 'Cannot edit a message authored by another user', code: 50005 });
      }
      this.validateMessageBody(b, c.files.length, false);
      this.applyEdit(msg, c);
      msg.editedTimestamp = new Date().toISOString();
      return {
        status: 200,
        body: this.messageObj(msg, false),
        after: () => this.dispatch('MESSAGE_UPDATE', this.messageObj(msg, true)),
      };
    });
    this.route('DELETE', '/channels/:id/messages/:mid', (_c, m) => {
      const ch = this.getChannel(m[1]);
      const msg = this.getMessage(ch.id, m[2]);
      this.removeMessage(msg);
      return {
        status: 204,
        after: () => this.dispatch('MESSAGE_DELETE', { id: msg.id, channel_id: ch.id, guild_id: this.guildId }),
      };
    });
    const reaction =
      (add: boolean): Handler =>
      (_c, m) => {
        const ch = this.getChannel(m[1]);
        const msg = this.getMessage(ch.id, m[2]);
        const emoji = m[3] ?? '';
        let r = msg.reactions.find((x) => x.emoji === emoji);
        if (add) {
          if (!r) msg.reactions.push((r = { emoji, userIds: [] }));
          if (!r.userIds.includes(this.botUser.id)) r.userIds.push(this.botUser.id);
        } else if (r) {
          r.userIds = r.userIds.filter((u) => u !== this.botUser.id);
          if (!r.userIds.length) msg.reactions.splice(msg.reactions.indexOf(r), 1);
        }
        return { status: 204 };
      };
    this.route('PUT', '/channels/:id/messages/:mid/reactions/:emoji/@me', reaction(true));
    this.route('DELETE', '/channels/:id/messages/:mid/reactions/:emoji/@me', reaction(false));

    // ── guild
    this.route('GET', '/guilds/:gid', (c, m) => {
      this.checkGuild(m[1]);
      const body: any = this.guildObj();
      if (c.query.get('with_counts') === 'true') {
        body.approximate_member_count = this.members.size;
        body.approximate_presence_count = 0;
      }
      return { status: 200, body };
    });
    this.route('GET', '/guilds/:gid/channels', (_c, m) => {
      this.checkGuild(m[1]);
      return {
        status: 200,
        body: [...this.channels.values()].filter((c) => !this.isThread(c)).map((c) => this.channelObj(c)),
      };
    });
    this.route('GET', '/guilds/:gid/threads/active', (_c, m) => {
      this.checkGuild(m[1]);
      return {
        status: 200,
        body: {
          threads: [...this.channels.values()].filter((c) => this.isThread(c) && !c.archived).map((c) => this.channelObj(c)),
          members: [],
        },
      };
    });
    this.route('GET', '/guilds/:gid/roles', (_c, m) => {
      this.checkGuild(m[1]);
      return { status: 200, body: [...this.roles.values()].map((r) => this.roleObj(r)) };
    });
    this.route('GET', '/guilds/:gid/members', (c, m) => {
      this.checkGuild(m[1]);
      const limit = Math.min(Number(c.query.get('limit') ?? 1), 1000);
      const after = c.query.get('after') ?? '0';
      const list = [...this.members.values()]
        .filter((mm) => compareIds(mm.userId, after) > 0)
        .sort((a, b) => compareIds(a.userId, b.userId))
        .slice(0, limit);
      return { status: 200, body: list.map((mm) => this.memberObj(mm)) };
    });
    this.route('GET', '/guilds/:gid/members/:uid', (_c, m) => {
      this.checkGuild(m[1]);
      const mem = this.members.get(m[2] ?? '');
      if (!mem) throw new HttpError(404, { message: 'Unknown Member', code: 10007 });
      return { status: 200, body: this.memberObj(mem) };
    });

    // ── interactions
    this.route('POST', '/interactions/:iid/:token/callback', (c, m) => this.interactionCallback(c, m[1], m[2]), {
      auth: false,
    });
    this.route('POST', '/webhooks/:app/:token', (c, m) => this.webhookFollowUp(c, m[1], m[2]), { auth: false });
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      this.route(method, '/webhooks/:app/:token/messages/:mid', (c, m) => this.webhookMessage(c, m[1], m[2], m[3]), {
        auth: false,
      });
    }

    // ── application commands
    const cmdList = (gid?: string): StoredCommand[] => {
      if (!gid) return this.globalCommands;
      let l = this.guildCommands.get(gid);
      if (!l) this.guildCommands.set(gid, (l = []));
      return l;
    };
    const checkApp = (app: string | undefined) => {
      if (app !== this.applicationId) throw new HttpError(404, { message: 'Unknown Application', code: 10002 });
    };
    const mkCommand = (body: any, gid: string | undefined, prev?: StoredCommand): StoredCommand => ({
      type: 1,
      name_localizations: null,
      description: '',
      description_localizations: null,
      default_member_permissions: null,
      dm_permission: true,
      contexts: null,
      integration_types: [0],
      nsfw: false,
      options: [],
      ...body,
      id: prev?.id ?? this.nextId(),
      application_id: this.applicationId,
      version: this.nextId(),
      ...(gid ? { guild_id: gid } : {}),
    });
    const putCommands = (c: RouteCtx, gid: string | undefined): RouteResult => {
      if (!Array.isArray(c.body)) throw formError({ _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }] });
      const list = cmdList(gid);
      const next = c.body.map((b: any) =>
        mkCommand(
          b,
          gid,
          list.find((p) => p.name === b.name && p.type === (b.type ?? 1)),
        ),
      );
      list.splice(0, list.length, ...next);
      return { status: 200, body: next };
    };
    const postCommand = (c: RouteCtx, gid: string | undefined): RouteResult => {
      const list = cmdList(gid);
      const prevIdx = list.findIndex((p) => p.name === c.body?.name && p.type === (c.body?.type ?? 1));
      const cmd = mkCommand(c.body ?? {}, gid, list[prevIdx]);
      if (prevIdx >= 0) list[prevIdx] = cmd;
      else list.push(cmd);
      return { status: prevIdx >= 0 ? 200 : 201, body: cmd };
    };
    const deleteCommand = (gid: string | undefined, cid: string | undefined): RouteResult => {
      const list = cmdList(gid);
      const idx = list.findIndex((p) => p.id === cid);
      if (idx < 0) throw new HttpError(404, { message: 'Unknown application command', code: 10063 });
      list.splice(idx, 1);
      return { status: 204 };
    };
    this.route('GET', '/applications/:app/commands', (_c, m) => {
      checkApp(m[1]);
      return { status: 200, body: cmdList() };
    });
    this.route('PUT', '/applications/:app/commands', (c, m) => {
      checkApp(m[1]);
      return putCommands(c, undefined);
    });
    this.route('POST', '/applications/:app/commands', (c, m) => {
      checkApp(m[1]);
      return postCommand(c, undefined);
    });
    this.route('DELETE', '/applications/:app/commands/:cid', (_c, m) => {
      checkApp(m[1]);
      return deleteCommand(undefined, m[2]);
    });
    this.route('GET', '/applications/:app/guilds/:gid/commands', (_c, m) => {
      checkApp(m[1]);
      this.checkGuild(m[2]);
      return { status: 200, body: cmdList(m[2]) };
    });
    this.route('PUT', '/applications/:app/guilds/:gid/commands', (c, m) => {
      checkApp(m[1]);
      this.checkGuild(m[2]);
      return putCommands(c, m[2]);
    });
    this.route('POST', '/applications/:app/guilds/:gid/commands', (c, m) => {
      checkApp(m[1]);
      this.checkGuild(m[2]);
      return postCommand(c, m[2]);
    });
    this.route('DELETE', '/applications/:app/guilds/:gid/commands/:cid', (_c, m) => {
      checkApp(m[1]);
      this.checkGuild(m[2]);
      return deleteCommand(m[2], m[3]);
    });
  }

  private applicationObj(): any {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      hook: true,
      is_monetized: false,
      tags: [],
      team: null,
      owner: this.userObj(this.ownerUser),
      bot: this.userObj(this.botUser),
      approximate_guild_count: 1,
      approximate_user_install_count: 0,
      redirect_uris: [],
      interactions_endpoint_url: null,
      integration_types_config: { '0': {} },
    };
  }

  private listMessages(channelId: string, q: URLSearchParams): any[] {
    const limit = Math.max(1, Math.min(Number(q.get('limit') ?? 50) || 50, 100));
    const all = this.sortedChannelMessages(channelId); // oldest first
    let picked: StoredMessage[];
    const before = q.get('before');
    const after = q.get('after');
    const around = q.get('around');
    if (before) {
      picked = all.filter((m) => compareIds(m.id, before) < 0).slice(-limit);
    } else if (after) {
      picked = all.filter((m) => compareIds(m.id, after) > 0).slice(0, limit);
    } else if (around) {
      const idx = all.findIndex((m) => compareIds(m.id, around) >= 0);
      const center = idx < 0 ? all.length : idx;
      const start = Math.max(0, center - Math.floor(limit / 2));
      picked = all.slice(start, start + limit);
    } else {
      picked = all.slice(-limit);
    }
    return picked.reverse().map((m) => this.messageObj(m, false));
  }

  private patchChannel(c: RouteCtx, ch: ChannelRec): RouteResult {
    const b = c.body ?? {};
    if (this.isThread(ch)) {
      const others = Object.keys(b).filter((k) => k !== 'archived' && k !== 'locked' && b[k] !== undefined);
      if (ch.archived && b.archived !== false && others.length) {
        throw new HttpError(400, { message: 'Thread is archived', code: 50083 });
      }
      if (b.applied_tags !== undefined) {
        const tags: unknown[] = Array.isArray(b.applied_tags) ? b.applied_tags : [];
        const forum = ch.parentId ? this.channels.get(ch.parentId) : undefined;
        const known = new Set((forum?.availableTags ?? []).map((t) => t.id));
        if (tags.length > 5) {
          throw formError({ applied_tags: fieldError('BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.') });
        }
        const bad = tags.findIndex((t) => !known.has(String(t)));
        if (bad >= 0) {
          throw formError({
            applied_tags: { [String(bad)]: fieldError('TAG_INVALID', 'Tag is not available in this channel.') },
          });
        }
        ch.appliedTags = tags.map(String);
      }
      if (typeof b.name === 'string') ch.name = b.name;
      if (typeof b.locked === 'boolean') ch.locked = b.locked;
      if (typeof b.auto_archive_duration === 'number') ch.autoArchiveDuration = b.auto_archive_duration;
      if (typeof b.rate_limit_per_user === 'number') ch.rateLimitPerUser = b.rate_limit_per_user;
      if (typeof b.flags === 'number') ch.flags = b.flags;
      if (typeof b.archived === 'boolean' && b.archived !== ch.archived) {
        ch.archived = b.archived;
        ch.archiveTimestamp = new Date().toISOString();
      }
      return {
        status: 200,
        body: this.channelObj(ch),
        after: () => this.dispatch('THREAD_UPDATE', this.channelObj(ch)),
      };
    }
    if (typeof b.name === 'string') ch.name = b.name;
    if ('topic' in b) ch.topic = b.topic ?? null;
    if (typeof b.rate_limit_per_user === 'number') ch.rateLimitPerUser = b.rate_limit_per_user;
    if (Array.isArray(b.available_tags) && ch.type === ChannelType.GuildForum) {
      ch.availableTags = b.available_tags.map((t: any) => ({ id: t.id ? String(t.id) : this.nextId(), name: t.name }));
    }
    return {
      status: 200,
      body: this.channelObj(ch),
      after: () => this.dispatch('CHANNEL_UPDATE', this.channelObj(ch)),
    };
  }

  private interactionMessageType(i: InteractionRec): number {
    if (i.type === 2) return i.data?.type === 1 ? 20 : 23;
    return 0;
  }

  private interactionCallback(c: RouteCtx, iid: string | undefined, token: string | undefined): RouteResult {
    const i = iid ? this.interactions.get(iid) : undefined;
    if (!i || i.token !== token || i.expired) {
      throw new HttpError(404, { message: 'Unknown interaction', code: 10062 });
    }
    if (i.acked) throw new HttpError(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    const b = c.body ?? {};
    const type = Number(b.type);
    const data = b.data ?? {};
    const ch = this.channels.get(i.channelId);
    let msg: StoredMessage | undefined;
    let after: (() => Promise<unknown>) | undefined;
    const sub: RouteCtx = { ...c, body: data };
    switch (type) {
      case 1:
      case 8:
      case 9:
      case 10:
      case 12:
        break;
      case 4: {
        this.validateMessageBody(data, c.files.length, true);
        const flags = typeof data.flags === 'number' ? data.flags : 0;
        msg = this.newBotMessage(i.channelId, sub, {
          type: this.interactionMessageType(i),
          flags,
          ephemeral: !!(flags & MessageFlag.Ephemeral),
          webhookId: this.applicationId,
          applicationId: this.applicationId,
          interactionId: i.id,
        });
        i.originalMessageId = msg.id;
        const m = msg;
        if (ch) after = () => this.afterNewMessage(ch, m);
        break;
      }
      case 5: {
        const flags = (typeof data.flags === 'number' ? data.flags : 0) | MessageFlag.Loading;
        msg = this.storeMessage({
          id: this.nextId(),
          channelId: i.channelId,
          author: this.botUser,
          type: this.interactionMessageType(i),
          flags,
          ephemeral: !!(flags & MessageFlag.Ephemeral),
          webhookId: this.applicationId,
          applicationId: this.applicationId,
          interactionId: i.id,
        });
        i.originalMessageId = msg.id;
        const m = msg;
        if (ch) after = () => this.afterNewMessage(ch, m);
        break;
      }
      case 6:
      case 7: {
        if (!i.componentMessageId) {
          throw new HttpError(400, { message: 'Interaction has no message to update', code: 50035 });
        }
        i.originalMessageId = i.componentMessageId;
        if (type === 7) {
          const target = this.msgs.get(i.componentMessageId);
          if (target) {
            this.validateMessageBody(data, c.files.length, false);
            this.applyEdit(target, sub);
            target.editedTimestamp = new Date().toISOString();
            msg = target;
            if (!target.ephemeral) after = () => this.dispatch('MESSAGE_UPDATE', this.messageObj(target, true));
          }
        }
        break;
      }
      default:
        throw formError({ type: fieldError('BASE_TYPE_CHOICES', 'Value must be one of {1, 4, 5, 6, 7, 8, 9, 10, 12}.') });
    }
    i.acked = true;
    if (i.expiryTimer) clearTimeout(i.expiryTimer);
    if (c.query.get('with_response') === 'true') {
      return {
        status: 200,
        body: {
          interaction: {
            id: i.id,
            type: i.type,
            activity_instance_id: null,
            response_message_id: i.originalMessageId ?? null,
            response_message_loading: type === 5,
            response_message_ephemeral: msg?.ephemeral ?? false,
          },
          resource: { type, ...(msg ? { message: this.messageObj(msg, false) } : {}) },
        },
        ...(after ? { after } : {}),
      };
    }
    return { status: 204, ...(after ? { after } : {}) };
  }

  private interactionForWebhook(app: string | undefined, token: string | undefined): InteractionRec {
    const i = token ? this.interactionsByToken.get(token) : undefined;
    if (!i || app !== this.applicationId) throw errUnknownWebhook();
    return i;
  }

  private webhookFollowUp(c: RouteCtx, app: string | undefined, token: string | undefined): RouteResult {
    const i = this.interactionForWebhook(app, token);
    if (!i.acked) throw errUnknownWebhook();
    const b = c.body ?? {};
    this.validateMessageBody(b, c.files.length, true);
    const flags = typeof b.flags === 'number' ? b.flags : 0;
    const msg = this.newBotMessage(i.channelId, c, {
      type: this.interactionMessageType(i),
      flags,
      ephemeral: !!(flags & MessageFlag.Ephemeral),
      webhookId: this.applicationId,
      applicationId: this.applicationId,
      interactionId: i.id,
    });
    const ch = this.channels.get(i.channelId);
    const after = ch ? () => this.afterNewMessage(ch, msg) : undefined;
    const wait = c.query.get('wait') === 'true';
    return {
      status: wait ? 200 : 204,
      ...(wait ? { body: this.messageObj(msg, false) } : {}),
      ...(after ? { after } : {}),
    };
  }

  private webhookMessage(c: RouteCtx, app: string | undefined, token: string | undefined, mid: string | undefined): RouteResult {
    const i = this.interactionForWebhook(app, token);
    const id = mid === '@original' ? i.originalMessageId : mid;
    const msg = id ? this.msgs.get(id) : undefined;
    if (!msg || msg.channelId !== i.channelId) throw errUnknownMessage();
    if (c.method === 'GET') return { status: 200, body: this.messageObj(msg, false) };
    if (c.method === 'DELETE') {
      this.removeMessage(msg);
      return {
        status: 204,
        ...(msg.ephemeral
          ? {}
          : { after: () => this.dispatch('MESSAGE_DELETE', { id: msg.id, channel_id: msg.channelId, guild_id: this.guildId }) }),
      };
    }
    this.validateMessageBody(c.body ?? {}, c.files.length, false);
    this.applyEdit(msg, c);
    const wasLoading = !!(msg.flags & MessageFlag.Loading);
    msg.flags &= ~MessageFlag.Loading;
    if (!wasLoading) msg.editedTimestamp = new Date().toISOString();
    return {
      status: 200,
      body: this.messageObj(msg, false),
      ...(msg.ephemeral ? {} : { after: () => this.dispatch('MESSAGE_UPDATE', this.messageObj(msg, true)) }),
    };
  }
}

// ───────────────────────────────────────── utils ─────────────────────────────────────────

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function cloneMessage(m: StoredMessage): StoredMessage {
  return {
    ...m,
    author: { ...m.author },
    attachments: m.attachments.map((a) => ({ ...a })),
    embeds: structuredClone(m.embeds),
    components: structuredClone(m.components),
    mentions: [...m.mentions],
    reactions: m.reactions.map((r) => ({ emoji: r.emoji, userIds: [...r.userIds] })),
  };
}

function createBucketHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `fake${h.toString(16).padStart(8, '0')}`;
}
