/**
 * /diagnose: paste text or attach a file and get the diagnosis privately (or publicly with
 * `public:true`). With neither inside a thread, it diagnoses the whole thread: that still works in a
 * thread where the auto-reply was dismissed. `full:true` gives the full explanation (what the Details
 * button under an auto-reply shows), since a command's private answer has no button of its own.
 */
import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import type { Diagnosis } from '../src/diagnose.ts';
import { diagnoseForInteraction, tell } from '../src/discord/answer.ts';
import type { BotContext } from '../src/discord/context.ts';
import { threadMessages, threadNotes } from '../src/discord/thread-case.ts';
import { messageOf } from '../src/intake/message.ts';
import { withNotes } from '../src/intake/notes.ts';

export const data = new SlashCommandBuilder()
  .setName('diagnose')
  .setDescription('Diagnose OpenClaw output: pairing, scopes, 1008 closes, devices list')
  .addStringOption((o) =>
    o.setName('text').setDescription('What your terminal printed (logs, devices list, approve output)').setMaxLength(6000),
  )
  .addAttachmentOption((o) => o.setName('file').setDescription('A .txt, .log or .json file with the output'))
  .addBooleanOption((o) => o.setName('public').setDescription('Show the answer to everyone here (default: only you)'))
  .addBooleanOption((o) =>
    o.setName('full').setDescription('The full explanation: every note, what will not help, safety (default: the short reply)'),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const text = interaction.options.getString('text') ?? undefined;
  const file = interaction.options.getAttachment('file') ?? undefined;
  const ephemeral = interaction.options.getBoolean('public') !== true;
  const full = interaction.options.getBoolean('full') === true;
  const shown = (d: Diagnosis) => (full ? (d.details ?? d.messages) : d.messages);
  const thread = interaction.channel?.isThread() ? interaction.channel : undefined;
  if (text === undefined && file === undefined && !thread) {
    return tell(interaction, 'Give me something to read: `text` (paste the output) or `file` (attach a .txt or .log).');
  }

  await diagnoseForInteraction(interaction, ctx, ephemeral, async () => {
    if (text === undefined && file === undefined && thread) {
      const c = await ctx.cases.read(thread);
      return { parts: withNotes(shown(await ctx.diagnose(threadMessages(c), { title: c.title })), threadNotes(c)) };
    }
    const files = file
      ? [await ctx.readAttachment({ name: file.name, url: file.url, contentType: file.contentType, size: file.size })]
      : [];
    const one = messageOf(text ?? '', files);
    const diagnosis = await ctx.diagnose([{ text: one.text, postedAt: interaction.createdTimestamp }]);
    return { parts: withNotes(shown(diagnosis), one.notes) };
  });
}
