/**
 * Answering an interaction: within Discord's 3-second deadline (refuse or defer at once, then do
 * the work), never pinging anyone, and a long diagnosis as an edit plus follow-ups.
 */
import { type ActionRowBuilder, type ButtonBuilder, MessageFlags, type MessageMentionOptions, type RepliableInteraction } from 'discord.js';
import type { BotContext } from './context.ts';

/** Passed on every send and edit, on top of the client-wide default: a pasted `@everyone` stays text. */
export const noMentions: MessageMentionOptions = { parse: [] };

const busyText = "I'm diagnosing several threads right now: busy, try again in a few seconds.";

/** An ephemeral one-liner, whether or not the interaction was already deferred. */
export async function tell(interaction: RepliableInteraction, content: string): Promise<void> {
  if (interaction.deferred || interaction.replied) {
    await interaction.editReply({ content, components: [], allowedMentions: noMentions });
  } else {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: noMentions });
  }
}

export interface Answer {
  parts: readonly string[];
  /** Buttons under the last message. */
  components?: ActionRowBuilder<ButtonBuilder>[];
}

/** The first message as the deferred reply's edit, the rest as follow-ups with the same visibility. */
export async function answerWith(interaction: RepliableInteraction, answer: Answer, ephemeral: boolean): Promise<void> {
  const [first = '', ...rest] = answer.parts;
  const buttons = answer.components ?? [];
  await interaction.editReply({ content: first, allowedMentions: noMentions, components: rest.length === 0 ? buttons : [] });
  for (const [i, content] of rest.entries()) {
    await interaction.followUp({
      content,
      allowedMentions: noMentions,
      components: i === rest.length - 1 ? buttons : [],
      ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    });
  }
}

/**
 * The common shape of a diagnosing command: capacity and cooldown checked before anything else
 * (every engine slot taken is a polite "busy", since an interaction cannot wait 3 s), deferred at
 * once, the job run (its engine call waits for a slot like any other), its parts sent back.
 */
export async function diagnoseForInteraction(
  interaction: RepliableInteraction,
  ctx: BotContext,
  ephemeral: boolean,
  job: () => Promise<Answer>,
): Promise<void> {
  if (ctx.gate.full) return tell(interaction, busyText);
  const wait = ctx.cooldown.take(interaction.user.id);
  if (wait > 0) return tell(interaction, `One diagnosis at a time: try again in ${Math.ceil(wait / 1000)} s.`);
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  // Deferred, the deadline is 15 minutes: if a slot was taken meanwhile, waiting beats refusing.
  await answerWith(interaction, await job(), ephemeral);
}
