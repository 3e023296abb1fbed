/**
 * Loads commands/: every module there (but the deploy script) must export `data` and `execute`.
 * A bad module or two commands with one name stop start-up with a message naming the file, rather
 * than surfacing as "This interaction failed" for users later.
 */
import { readdir } from 'node:fs/promises';
import { z } from 'zod';
import type { BotCommand } from './context.ts';

/** commands/ next to src/, in the source tree and in dist/ alike. */
export const commandsDir = new URL('../../commands/', import.meta.url);

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'must be a function');

const commandModule = z.object({
  data: z.object(
    {
      name: z.string().regex(/^[-_\p{L}\p{N} ]{1,32}$/u, 'must be a valid command name'),
      toJSON: fn,
    },
    { error: 'must be a SlashCommandBuilder or ContextMenuCommandBuilder' },
  ),
  execute: fn,
});

export class CommandLoadError extends Error {
  override name = 'CommandLoadError';
}

/** Which files are command modules: the same extension as this file (.ts from source, .js built). */
export function isCommandFile(file: string, ext: string): boolean {
  return file.endsWith(ext) && !file.endsWith(`.d${ext}`) && !file.includes('.test.') && !file.startsWith('deploy.');
}

export async function loadCommands(dir: URL = commandsDir): Promise<Map<string, BotCommand>> {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => isCommandFile(f, ext)).sort();
  } catch (err) {
    throw new CommandLoadError(`cannot read the commands directory ${dir.pathname}: ${(err as Error).message}`);
  }
  const commands = new Map<string, BotCommand>();
  for (const file of files) {
    let mod: unknown;
    try {
      mod = await import(new URL(file, dir).href);
    } catch (err) {
      throw new CommandLoadError(`commands/${file} failed to load: ${(err as Error).message}`);
    }
    const checked = commandModule.safeParse(mod);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new CommandLoadError(`commands/${file}: ${issue?.path.join('.') || 'module'} ${issue?.message ?? 'is invalid'}`);
    }
    const command = mod as BotCommand;
    const clash = commands.get(command.data.name);
    if (clash) throw new CommandLoadError(`commands/${file}: a command named "${command.data.name}" is already defined`);
    commands.set(command.data.name, command);
  }
  if (commands.size === 0) throw new CommandLoadError(`no commands found in ${dir.pathname}`);
  return commands;
}
