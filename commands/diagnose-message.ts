/**
 * Apps → Diagnose message: the diagnosis of one message, privately. Inside a thread it reads the
 * thread up to and including that message, which is what the asker had said at that point.
 */
import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { diagnoseForInteraction } from '../src/discord/answer.ts';
import type { BotContext } from '../src/discord/context.ts';
import { readMessage, threadMessages, threadNotes } from '../src/discord/thread-case.ts';
import { withNotes } from '../src/intake/notes.ts';

export const data = new ContextMenuCommandBuilder()
  .setName('Diagnose message')
  .setType(ApplicationCommandType.Message)
  .setContexts(InteractionContextType.Guild);

export async function execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void> {
  const target = interaction.targetMessage;
  const thread = interaction.channel?.isThread() ? interaction.channel : undefined;
  await diagnoseForInteraction(interaction, ctx, true, async () => {
    if (thread) {
      const c = await ctx.cases.read(thread, target.id);
      // The chosen message counts even when a bot or webhook posted it: someone asked about it.
      if (!c.messages.has(target.id)) c.messages.set(target.id, await readMessage(target, ctx.readAttachment));
      return { parts: withNotes((await ctx.diagnose(threadMessages(c), { title: c.title })).messages, threadNotes(c)) };
    }
    const one = await readMessage(target, ctx.readAttachment);
    return { parts: withNotes((await ctx.diagnose([{ text: one.text, postedAt: one.postedAt }])).messages, one.notes) };
  });
}
