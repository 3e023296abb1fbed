/**
 * Registers the commands in this directory with Discord: in one guild when DISCORD_GUILD_ID is set
 * (instant; for a test server), else globally. The bot does not register anything at start-up, so
 * a restart loop cannot burn the command-update rate limit.
 *
 *   npm run deploy-commands                 (from a checkout)
 *   node dist/commands/deploy.js            (in the container)
 */
import { REST, Routes } from 'discord.js';
import { ConfigError, loadDeployConfig, loadDotenv } from '../src/config.ts';
import { CommandLoadError, loadCommands } from '../src/discord/commands.ts';

function fail(message: string): never {
  process.stderr.write(`deploy-commands: ${message}\n`);
  process.exit(1);
}

loadDotenv();
let config: ReturnType<typeof loadDeployConfig>;
try {
  config = loadDeployConfig();
} catch (err) {
  if (err instanceof ConfigError) fail(`configuration error: ${err.message}`);
  throw err;
}

const commands = await loadCommands().catch((err: unknown) => {
  if (err instanceof CommandLoadError) fail(err.message);
  throw err;
});
const body = [...commands.values()].map((c) => c.data.toJSON());

const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
const guild = config.DISCORD_GUILD_ID;
const route = guild
  ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, guild)
  : Routes.applicationCommands(config.DISCORD_APPLICATION_ID);

try {
  // PUT replaces the whole set, so a command deleted from commands/ disappears from Discord too.
  const registered = (await rest.put(route, { body })) as { name: string }[];
  const names = registered.map((c) => c.name).join(', ');
  process.stdout.write(`Registered ${registered.length} commands ${guild ? `in guild ${guild}` : 'globally'}: ${names}\n`);
} catch (err) {
  fail(`Discord refused the commands: ${(err as Error).message}`);
}
