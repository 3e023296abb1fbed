/**
 * What a command or button handler gets to work with: the same engine, limits and thread reader
 * as the auto-replies, so a command cannot bypass the concurrency cap or read a thread differently.
 */
import type {
  ChatInputCommandInteraction,
  Client,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { CaseStore } from './case-store.ts';
import type { Cooldown } from './cooldown.ts';
import type { Diagnose } from './engine.ts';
import type { Gate } from './gate.ts';
import type { ReadAttachment } from './thread-case.ts';

export interface BotContext {
  client: Client<true>;
  config: Config;
  log: Logger;
  diagnose: Diagnose;
  gate: Gate;
  cooldown: Cooldown;
  cases: CaseStore;
  readAttachment: ReadAttachment;
}

export type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

/** One file in commands/: its registration data and its handler. */
export interface BotCommand {
  data: { name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
  execute(interaction: CommandInteraction, ctx: BotContext): Promise<void>;
}
