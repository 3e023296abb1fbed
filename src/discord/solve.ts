/**
 * Mark solved: a moderator confirms what /verify showed. The thread is re-read first (it may have
 * moved since /verify), then tagged, given a short public summary, and archived, in that order:
 * a message posted after archiving would reopen the thread.
 */
import { type AnyThreadChannel, type ButtonInteraction, ChannelType, escapeMarkdown } from 'discord.js';
import { noMentions, tell } from './answer.ts';
import type { BotContext } from './context.ts';
import { addTag, findTag } from './forum-tags.ts';
import { isModerator } from './moderators.ts';
import { threadMessages } from './thread-case.ts';

export const notModerator =
  'Only moderators (Manage Threads, or a moderator role) can verify and mark threads solved. Thanks for helping, though!';

export async function markSolved(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  if (!isModerator(interaction, ctx.config.MODERATOR_ROLE_IDS)) return tell(interaction, notModerator);
  const thread = interaction.channel;
  if (!thread?.isThread()) return tell(interaction, 'Mark solved works inside a forum thread.');
  await interaction.deferUpdate();

  const c = await ctx.cases.read(thread);
  const diagnosis = await ctx.diagnose(threadMessages(c), { title: c.title });
  const { verification } = diagnosis;
  if (!verification.confirmed) {
    const missing = verification.missing.map((m) => `- ${m}`).join('\n');
    return tell(interaction, `Not marked: the thread no longer shows the fix confirmed.\n${missing}`.slice(0, 2000));
  }

  const notes: string[] = [];
  const tagNote = await applySolvedTag(thread, ctx).catch((err: unknown) => {
    ctx.log.warn({ thread: thread.id, err }, 'could not apply the solved tag');
    return 'I could not apply the tag (missing Manage Threads?).';
  });
  if (tagNote) notes.push(tagNote);

  const by = escapeMarkdown(
    interaction.member && 'displayName' in interaction.member ? interaction.member.displayName : interaction.user.displayName,
  );
  const summary = `**Solved** (checked by ${by})\n${verification.summary}`.slice(0, 2000);
  await thread.send({ content: summary, allowedMentions: noMentions });
  await thread.setArchived(true, 'Marked solved').catch((err: unknown) => {
    ctx.log.warn({ thread: thread.id, err }, 'could not archive the solved thread');
    notes.push('I could not archive the thread.');
  });
  ctx.log.info({ thread: thread.id, by: interaction.user.id }, 'thread marked solved');
  await tell(interaction, ['Marked solved: summary posted and thread archived.', ...notes].join('\n'));
}

/** Adds the Solved tag; a line for the moderator when it could not (no such tag, five tags already). */
async function applySolvedTag(thread: AnyThreadChannel, ctx: BotContext): Promise<string | undefined> {
  const wanted = ctx.config.SOLVED_TAG;
  const parent = thread.parent ?? (thread.parentId ? await ctx.client.channels.fetch(thread.parentId) : null);
  if (!parent || (parent.type !== ChannelType.GuildForum && parent.type !== ChannelType.GuildMedia)) {
    return `Not a forum thread, so no "${wanted}" tag was applied.`;
  }
  const tag = findTag(parent.availableTags, wanted);
  if (!tag) return `This forum has no "${wanted}" tag (by id or name), so none was applied; the summary is posted.`;
  const change = addTag(thread.appliedTags, tag.id);
  if (change.kind === 'full') return `The thread already has five tags, so "${tag.name}" was not added.`;
  if (change.kind === 'add') await thread.setAppliedTags(change.tags, 'Marked solved');
  return undefined;
}
