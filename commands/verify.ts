/**
 * /verify (moderators): re-reads the whole thread and says whether the evidence shows the fix took.
 * Confirmed: the evidence, and a Mark solved button (tag, public summary, archive). Not confirmed:
 * what is still missing. Discord hides the command from members without Manage Threads by default;
 * the run-time check covers servers that opened it up or use moderator roles.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  type ChatInputCommandInteraction,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { diagnoseForInteraction, tell } from '../src/discord/answer.ts';
import type { BotContext } from '../src/discord/context.ts';
import { isModerator } from '../src/discord/moderators.ts';
import { markSolvedId } from '../src/discord/reply-marker.ts';
import { notModerator } from '../src/discord/solve.ts';
import { threadMessages } from '../src/discord/thread-case.ts';

export const data = new SlashCommandBuilder()
  .setName('verify')
  .setDescription('Moderators: check whether this thread shows the fix worked, then mark it solved')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageThreads)
  .setContexts(InteractionContextType.Guild);

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  if (!isModerator(interaction, ctx.config.MODERATOR_ROLE_IDS)) return tell(interaction, notModerator);
  const thread = interaction.channel?.isThread() ? interaction.channel : undefined;
  if (!thread) return tell(interaction, 'Run `/verify` inside the help thread you want to check.');

  await diagnoseForInteraction(interaction, ctx, true, async () => {
    const c = await ctx.cases.read(thread);
    const { verification } = await ctx.diagnose(threadMessages(c), { title: c.title });
    if (!verification.confirmed) {
      const missing = verification.missing.length > 0 ? verification.missing : ['no evidence yet that the fix took'];
      return { parts: [`**Not confirmed yet.** Still missing:\n${missing.map((m) => `- ${m}`).join('\n')}`.slice(0, 2000)] };
    }
    const evidence = verification.evidence.map((e) => `- ${e}`).join('\n');
    const button = new ButtonBuilder().setCustomId(markSolvedId).setLabel('Mark solved').setStyle(ButtonStyle.Success);
    return {
      parts: [
        `**Confirmed.** The thread shows the fix took:\n${evidence}\n\nMark solved applies the tag, posts a summary and archives the thread.`.slice(
          0,
          2000,
        ),
      ],
      components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button)],
    };
  });
}
