/**
 * The interaction router: slash and context-menu commands go to their file in commands/, buttons to
 * the handlers here (the auto-reply's Fixed it / Still failing / Details / Dismiss) or to Mark solved.
 */
import { type ButtonInteraction, escapeMarkdown, type Interaction } from 'discord.js';
import { translator } from '../reply/catalog/index.ts';
import { diagnoseForInteraction, noMentions, tell } from './answer.ts';
import type { BotCommand, BotContext } from './context.ts';
import { isModerator } from './moderators.ts';
import {
  decodeMarker,
  dismissedLine,
  isPointerLine,
  languageOfButtons,
  languageOfLocale,
  markerOf,
  markSolvedId,
  type ReplyMarker,
} from './reply-marker.ts';
import { markSolved } from './solve.ts';
import { isOwnAutoReply, threadMessages } from './thread-case.ts';

export function createInteractionRouter(commands: ReadonlyMap<string, BotCommand>, ctx: BotContext) {
  return async (interaction: Interaction): Promise<void> => {
    try {
      if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
        const command = commands.get(interaction.commandName);
        if (!command) {
          ctx.log.warn({ command: interaction.commandName }, 'unknown command: deploy-commands is out of date');
          return tell(interaction, 'I do not know that command any more: ask an admin to redeploy commands.');
        }
        ctx.log.info({ command: interaction.commandName, user: interaction.user.id, channel: interaction.channelId }, 'command');
        return await command.execute(interaction, ctx);
      }
      if (interaction.isButton()) return await onButton(interaction, ctx);
    } catch (err) {
      ctx.log.error({ err, interaction: interaction.id }, 'interaction failed');
      if (interaction.isRepliable()) {
        await tell(interaction, 'Something went wrong on my side. Please try again in a moment.').catch(() => undefined);
      }
    }
  };
}

function displayName(interaction: ButtonInteraction): string {
  const member = interaction.member;
  return escapeMarkdown(member && 'displayName' in member ? member.displayName : interaction.user.displayName);
}

async function onButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  if (interaction.customId === markSolvedId) return markSolved(interaction, ctx);
  const marker = decodeMarker(interaction.customId);
  if (!marker) return;
  const thread = interaction.channel;
  const isOwner = thread?.isThread() === true && thread.ownerId === interaction.user.id;
  const log = ctx.log.child({ thread: interaction.channelId, user: interaction.user.id, stage: marker.stage });
  // The pop-up speaks the reply's language; a message without labelled buttons, the clicker's locale.
  const popups = translator(languageOfButtons(interaction.message.components) ?? languageOfLocale(interaction.locale)).chrome.popups;

  switch (marker.action) {
    case 'fixed':
      log.info({ owner: isOwner }, 'reply feedback: fixed it');
      return tell(interaction, isOwner ? popups.fixedOwner : popups.fixedOther);
    case 'failing':
      log.info({ owner: isOwner }, 'reply feedback: still failing');
      return tell(interaction, popups.failing);
    case 'details': {
      // The full explanation for whoever clicked, visible to them alone; the thread is read afresh
      // (as /verify does), so it also works after a restart.
      if (!thread?.isThread()) return tell(interaction, popups.detailsOutsideThread);
      log.info('reply details shown');
      return diagnoseForInteraction(interaction, ctx, true, async () => {
        const c = await ctx.cases.read(thread);
        const d = await ctx.diagnose(threadMessages(c), { title: c.title });
        return { parts: d.details ?? d.messages };
      });
    }
    case 'dismiss':
      if (!isOwner && !isModerator(interaction, ctx.config.MODERATOR_ROLE_IDS)) {
        return tell(interaction, popups.dismissNotAllowed);
      }
      return dismiss(interaction, marker, ctx, log);
  }
}

/** The reply shrinks to one line, which is also the record that keeps the bot quiet after a restart. */
async function dismiss(interaction: ButtonInteraction, marker: ReplyMarker, ctx: BotContext, log: BotContext['log']): Promise<void> {
  const cached = ctx.cases.peek(interaction.channelId);
  if (cached) cached.dismissed = true;
  await interaction.update({ content: dismissedLine(displayName(interaction)), components: [], allowedMentions: noMentions });
  log.info('reply dismissed');
  const thread = interaction.channel;
  if (marker.parts < 2 || !thread?.isThread()) return;
  // A long reply's earlier messages go too, so only the one line remains.
  const before = await thread.messages.fetch({ before: interaction.message.id, limit: 10, cache: false });
  const earlier = [...before.values()]
    // Not an older reply's pointer line, which may sit just above: only this reply's own messages.
    .filter((m) => isOwnAutoReply(m, ctx.client.user.id) && !markerOf(m.components) && !isPointerLine(m.content))
    .slice(0, marker.parts - 1);
  for (const m of earlier)
    await thread.messages.delete(m.id).catch((err: unknown) => log.warn({ err }, 'could not delete part of a dismissed reply'));
}
