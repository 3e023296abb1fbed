/**
 * Auto-replies in the help forums. Each thread is a case: every new or edited human message
 * re-diagnoses the whole thread (one at a time per thread). The bot's reply is edited while it is
 * still the newest message; otherwise new advice goes below, and the earlier reply shrinks to a
 * line pointing down to it (reply-plan.ts), a few replies at most per thread. Catch-up (catch-up.ts)
 * comes through here too, for threads whose newest message never got an answer.
 */
import { type AnyThreadChannel, type Channel, DiscordAPIError, type Message, type PartialMessage, RESTJSONErrorCodes } from 'discord.js';
import type { Language } from '../evidence/language.ts';
import { withNotes } from '../intake/notes.ts';
import { excerpt, type Logger } from '../log.ts';
import type { Stage } from '../triage/stage.ts';
import { noMentions } from './answer.ts';
import type { CaseStore } from './case-store.ts';
import type { Diagnose } from './engine.ts';
import { pointerLine, replyButtons } from './reply-marker.ts';
import { planReply, type ReplyPlan } from './reply-plan.ts';
import { isAfter, isHumanPost, newestId, ordered, type ReplyPart, type ThreadCase } from './thread-case.ts';
import type { ThreadQueue } from './thread-queue.ts';

export interface HelpThreadsDeps {
  forumIds: readonly string[];
  log: Logger;
  diagnose: Diagnose;
  queue: ThreadQueue;
  cases: CaseStore;
  maxReplies: number;
}

/** What catch-up did with one thread: the reply plan, or `answered` when nothing awaited an answer. */
export type CatchUpResult = ReplyPlan['kind'] | 'answered';

/** Errors that mean "not allowed here": logged, and the bot carries on with other threads. */
const refusals = new Set<number | string>([
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel,
  RESTJSONErrorCodes.InvalidActionOnArchivedThread,
  RESTJSONErrorCodes.ThreadLocked,
]);

export class HelpThreads {
  readonly #deps: HelpThreadsDeps;

  constructor(deps: HelpThreadsDeps) {
    this.#deps = deps;
  }

  /** The help thread a channel is, or undefined; a partial channel is fetched to learn its forum. */
  async helpThread(channel: Channel | null | undefined): Promise<AnyThreadChannel | undefined> {
    if (!channel?.isThread()) return undefined;
    let thread = channel;
    if (thread.parentId === null || thread.partial) {
      const fetched = await thread.fetch().catch(() => undefined);
      if (!fetched) return undefined;
      thread = fetched;
    }
    return thread.parentId !== null && this.#deps.forumIds.includes(thread.parentId) ? thread : undefined;
  }

  /** A new or edited message; resolves once the thread's reply is up to date. */
  async onMessage(incoming: Message | PartialMessage): Promise<void> {
    if (this.#deps.forumIds.length === 0) return;
    if (!isHumanPost(incoming)) return;
    const thread = await this.helpThread(incoming.channel);
    if (!thread) return;
    // No slot is held while the thread is read and its files download: the engine has its own cap
    // (engine.ts) and downloads theirs (downloads.ts), so a stalled file never delays another thread.
    await this.#deps.queue.run(thread.id, async () => {
      const message = incoming.partial ? await incoming.fetch() : incoming;
      if (!isHumanPost(message)) return;
      const c = await this.#deps.cases.withMessage(thread, message);
      await this.#reply(thread, c);
    });
  }

  /** A thread read afresh from Discord, answered only if a person's message has no reply after it. */
  catchUp(thread: AnyThreadChannel): Promise<CatchUpResult> {
    return this.#deps.queue.run(thread.id, async () => {
      const c = await this.#deps.cases.refreshUnanswered(thread);
      return c ? this.#reply(thread, c) : 'answered';
    });
  }

  onDelete(message: Message | PartialMessage): void {
    if (message.channel.isThread()) this.#deps.cases.forgetMessage(message.channelId, message.id);
  }

  async #reply(thread: AnyThreadChannel, c: ThreadCase): Promise<ReplyPlan['kind']> {
    const { log } = this.#deps;
    if (c.dismissed) {
      log.debug({ thread: thread.id }, 'thread dismissed: staying quiet');
      return 'quiet';
    }
    const messages = ordered(c);
    log.debug({ thread: thread.id, newest: excerpt(messages.at(-1)?.text ?? '') }, 'help thread message');
    const diagnosis = await this.#deps.diagnose(
      messages.map((m) => ({ text: m.text, postedAt: m.postedAt })),
      { title: c.title },
    );
    const notes = messages.flatMap((m) => m.notes);
    const parts = withNotes(diagnosis.messages, notes);
    const plan = planReply({ ...c, newestHumanId: newestId(c.messages.keys()) }, diagnosis, parts, this.#deps.maxReplies);
    log.info(
      // Rule ids are in the log, not in the visible footer.
      {
        thread: thread.id,
        stage: diagnosis.stage,
        rules: diagnosis.findings.map((f) => f.rule),
        plan: plan.kind,
        ...(plan.kind === 'quiet' ? { why: plan.why } : {}),
      },
      'help thread diagnosed',
    );
    try {
      await this.#apply(thread, c, plan, diagnosis.stage, diagnosis.language);
    } catch (err) {
      if (err instanceof DiscordAPIError && refusals.has(err.code)) {
        log.warn({ thread: thread.id, code: err.code, err }, 'not allowed to reply in this thread');
        return plan.kind;
      }
      throw err;
    }
    return plan.kind;
  }

  async #apply(thread: AnyThreadChannel, c: ThreadCase, plan: ReplyPlan, stage: Stage, language?: Language): Promise<void> {
    if (plan.kind === 'quiet' || plan.kind === 'unchanged') return;
    let earlier = c.reply;
    if (plan.kind === 'edit' && c.reply) {
      try {
        c.reply = { stage, parts: await this.#edit(thread, c, plan.parts, stage, language) };
        this.#sawOwn(c, c.reply.parts);
        return;
      } catch (err) {
        // Someone deleted our reply: post it again rather than go silent.
        if (!(err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownMessage)) throw err;
        this.#deps.log.info({ thread: thread.id }, 'earlier reply is gone: posting a new one');
        earlier = undefined;
      }
    }
    const posted: ReplyPart[] = [];
    for (const [i, content] of plan.parts.entries()) {
      // Dismissed while this reply was on its way: the one line stays the last word.
      if (c.dismissed) return;
      const last = i === plan.parts.length - 1;
      const sent = await thread.send({
        content,
        allowedMentions: noMentions,
        components: last ? [replyButtons(stage, plan.parts.length, language)] : [],
      });
      posted.push({ id: sent.id, content });
    }
    c.reply = { stage, parts: posted };
    c.replies++;
    this.#sawOwn(c, posted);
    if (earlier && posted[0]) await this.#shrink(thread, earlier.parts, posted[0].id);
  }

  #sawOwn(c: ThreadCase, parts: readonly ReplyPart[]): void {
    for (const p of parts) if (c.lastOwnId === undefined || isAfter(p.id, c.lastOwnId)) c.lastOwnId = p.id;
  }

  /**
   * The earlier reply becomes one line linking to the new one (its other messages go), so the
   * thread holds one current piece of advice. Best effort: the new reply is already posted.
   */
  async #shrink(thread: AnyThreadChannel, parts: readonly ReplyPart[], newId: string): Promise<void> {
    const [first, ...rest] = parts;
    if (!first) return;
    try {
      await thread.messages.edit(first.id, {
        content: pointerLine(thread.guildId, thread.id, newId),
        allowedMentions: noMentions,
        components: [],
      });
      for (const p of rest) await thread.messages.delete(p.id);
    } catch (err) {
      if (err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownMessage) return;
      this.#deps.log.warn({ thread: thread.id, err }, 'could not shrink the earlier reply');
    }
  }

  /** Edits a reply in place; parts it no longer needs are deleted, new ones appended. */
  async #edit(thread: AnyThreadChannel, c: ThreadCase, parts: readonly string[], stage: Stage, language?: Language): Promise<ReplyPart[]> {
    const old = c.reply?.parts ?? [];
    const result: ReplyPart[] = [];
    const buttons = replyButtons(stage, parts.length, language);
    for (let i = 0; i < Math.max(old.length, parts.length); i++) {
      if (c.dismissed) break;
      const before = old[i];
      const content = parts[i];
      const last = i === parts.length - 1;
      if (content === undefined) {
        if (before) await thread.messages.delete(before.id);
        continue;
      }
      const components = last ? [buttons] : [];
      const unchanged = before !== undefined && before.content.trim() === content.trim();
      if (before && unchanged && !last && i !== old.length - 1) {
        result.push(before);
        continue;
      }
      if (before) {
        await thread.messages.edit(before.id, { content, allowedMentions: noMentions, components });
        result.push({ id: before.id, content });
      } else {
        const sent = await thread.send({ content, allowedMentions: noMentions, components });
        result.push({ id: sent.id, content });
      }
    }
    return result;
  }
}
