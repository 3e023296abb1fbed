/**
 * A help thread as the engine sees it: the human messages, oldest first, each one's text with its
 * attachments read; plus what the bot already said there (its newest auto-reply, how many it has
 * posted, whether someone dismissed it). Built from the thread's history on a cache miss, so a
 * restart loses nothing; kept current from gateway events on a hit.
 */
import { type AnyThreadChannel, type Message, MessageType, type PartialMessage } from 'discord.js';
import type { ThreadMessage } from '../diagnose.ts';
import { budgeted } from '../intake/budget.ts';
import type { FileText } from '../intake/file.ts';
import { messageOf } from '../intake/message.ts';
import type { Stage } from '../triage/stage.ts';
import { readAttachment } from './attachment.ts';
import { isDismissedLine, isPointerLine, markerOf } from './reply-marker.ts';

export interface CaseMessage {
  id: string;
  authorId: string;
  text: string;
  postedAt: number;
  /** One line each for attachments that were skipped or cut, told to the user under the reply. */
  notes: string[];
}

export interface ReplyPart {
  id: string;
  content: string;
}

export interface ThreadCase {
  threadId: string;
  /** The forum post's title: evidence when the messages alone decide nothing (src/diagnose.ts). */
  title?: string;
  /** Human messages by id; `ordered()` gives them oldest first. */
  messages: Map<string, CaseMessage>;
  /** The newest auto-reply (its messages in order, the last one carrying the buttons). */
  reply?: { stage: Stage; parts: ReplyPart[] };
  /** Auto-replies posted in this thread so far, dismissed and replaced ones included. */
  replies: number;
  dismissed: boolean;
  /** The newest message of the bot's own in the thread (a reply part, a replaced or dismissed line). */
  lastOwnId?: string;
}

/** The only message kinds that hold what a person typed or pasted (no joins, pins, thread notices). */
const humanTypes = new Set<MessageType>([MessageType.Default, MessageType.Reply]);

/** Bots and webhooks quote commands and advice; only people's own pastes are evidence. */
export function isHumanPost(message: Message | PartialMessage): boolean {
  return !message.author?.bot && !message.webhookId && !message.system && humanTypes.has(message.type ?? MessageType.Default);
}

/** The bot's own auto-reply messages, as opposed to its interaction answers (which come by webhook). */
export function isOwnAutoReply(message: Message, botId: string): boolean {
  return message.author.id === botId && !message.webhookId && !message.interactionMetadata;
}

export type ReadAttachment = typeof readAttachment;

/** A message's text and attachments, read the way the CLI reads its files (src/intake/). */
export async function readMessage(message: Message, read: ReadAttachment = readAttachment): Promise<CaseMessage> {
  const files: FileText[] = [];
  for (const a of message.attachments.values()) {
    files.push(await read({ name: a.name, url: a.url, contentType: a.contentType, size: a.size }));
  }
  const { text, notes } = messageOf(message.content, files);
  return {
    id: message.id,
    authorId: message.author.id,
    text,
    // An edit is a new paste: the engine judges expiry from when the text was written.
    postedAt: message.editedTimestamp ?? message.createdTimestamp,
    notes,
  };
}

export function newestFirst(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x > y ? -1 : x < y ? 1 : 0;
}

/** Snowflakes grow with time: `a` was posted after `b`. */
export function isAfter(a: string, b: string): boolean {
  return BigInt(a) > BigInt(b);
}

/** The newest of some message ids (the human messages' ones), or undefined for none. */
export function newestId(ids: Iterable<string>): string | undefined {
  let newest: string | undefined;
  for (const id of ids) if (newest === undefined || isAfter(id, newest)) newest = id;
  return newest;
}

/** A person's message has no word from the bot after it: what a crash or missed events leave behind. */
export function awaitsAnswer(humanIds: Iterable<string>, lastOwnId: string | undefined): boolean {
  const newest = newestId(humanIds);
  return newest !== undefined && (lastOwnId === undefined || isAfter(newest, lastOwnId));
}

export function ordered(c: ThreadCase): CaseMessage[] {
  return [...c.messages.values()].sort((a, b) => newestFirst(b.id, a.id));
}

export function threadMessages(c: ThreadCase): ThreadMessage[] {
  return ordered(c).map((m) => ({ text: m.text, postedAt: m.postedAt }));
}

/** What the asker is told about the thread's files, oldest message first. */
export function threadNotes(c: ThreadCase): string[] {
  return ordered(c).flatMap((m) => m.notes);
}

export function caseWeight(c: ThreadCase): number {
  let chars = 0;
  for (const m of c.messages.values()) chars += m.text.length;
  return chars;
}

/** What the bot's own earlier messages say about its reply state, from a thread's history. */
export function scanOwnReplies(
  history: readonly Message[],
  botId: string,
): Pick<ThreadCase, 'reply' | 'replies' | 'dismissed' | 'lastOwnId'> {
  const own = history.filter((m) => isOwnAutoReply(m, botId)).sort((a, b) => newestFirst(b.id, a.id));
  let replies = 0;
  let dismissed = false;
  let reply: ThreadCase['reply'];
  own.forEach((m, i) => {
    if (isDismissedLine(m.content)) {
      replies++;
      dismissed = true;
      return;
    }
    if (isPointerLine(m.content)) {
      replies++;
      return;
    }
    const marker = markerOf(m.components);
    if (!marker) return;
    replies++;
    // Earlier parts of a long reply are the bot messages just before the one with the buttons.
    const parts = own
      .slice(Math.max(0, i - marker.parts + 1), i + 1)
      .filter((p) => p === m || (!markerOf(p.components) && !isPointerLine(p.content) && !isDismissedLine(p.content)));
    reply = { stage: marker.stage, parts: parts.map((p) => ({ id: p.id, content: p.content })) };
  });
  return { reply, replies, dismissed, ...(own.length > 0 ? { lastOwnId: own.at(-1)!.id } : {}) };
}

export interface HistoryOptions {
  /** How many messages to read back at most (the opening post is always read too). */
  limit: number;
  /** Characters of attachment text read for one thread; later files are skipped with a note. */
  budget: number;
  read?: ReadAttachment;
}

/** Every message of the thread, newest bounded by `limit`, plus its opening post. Not cached by discord.js. */
export async function fetchHistory(thread: AnyThreadChannel, limit: number): Promise<Message[]> {
  const all: Message[] = [];
  let before: string | undefined;
  while (all.length < limit) {
    const page = await thread.messages.fetch({ limit: Math.min(100, limit - all.length), before, cache: false });
    all.push(...page.values());
    if (page.size < 100) return all;
    before = page.lastKey();
    if (before === undefined) return all;
    const oldest = page.get(before);
    if (oldest && oldest.id === thread.id) return all;
  }
  // A long thread: its opening post (id = thread id in a forum) still states the problem.
  if (!all.some((m) => m.id === thread.id)) {
    const starter = await thread.messages.fetch({ message: thread.id, cache: false }).catch(() => undefined);
    if (starter) all.push(starter);
  }
  return all;
}

/** Whether a thread's history shows a person's message with no message of the bot's after it (nothing downloaded). */
export function historyAwaitsAnswer(history: readonly Message[], botId: string): boolean {
  return awaitsAnswer(
    history.filter(isHumanPost).map((m) => m.id),
    scanOwnReplies(history, botId).lastOwnId,
  );
}

/** The case from a history already fetched: attachments are read here, newest first. */
export async function caseFromHistory(
  thread: AnyThreadChannel,
  history: readonly Message[],
  botId: string,
  opts: HistoryOptions,
): Promise<ThreadCase> {
  const read = budgeted(opts.read ?? readAttachment, opts.budget);
  const messages = new Map<string, CaseMessage>();
  // Newest first, so the budget goes to the latest evidence; sequential, since files can be 10 MB each.
  for (const m of [...history].sort((a, b) => newestFirst(a.id, b.id))) {
    if (isHumanPost(m)) messages.set(m.id, await readMessage(m, read));
  }
  return { threadId: thread.id, title: thread.name || undefined, messages, ...scanOwnReplies(history, botId) };
}
