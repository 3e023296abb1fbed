/**
 * The bot process: config → logger → Discord client → health endpoint → graceful shutdown.
 * Run with `npm start` (Node runs this TypeScript as is), or the compiled `dist/src/main.js` in
 * the container (PID 1 gets the signals). Exits 0 on SIGTERM/SIGINT, 1 when it cannot run: bad
 * configuration, no connection, or a gateway close Discord will not let it resume from.
 */
import { type Config, ConfigError, loadConfig, loadDotenv } from './config.ts';
import { startBot } from './discord/bot.ts';
import { CommandLoadError } from './discord/commands.ts';
import { fatalCloseMessage } from './discord/fatal-close.ts';
import { type HealthServer, startHealthServer } from './health.ts';
import { createLogger } from './log.ts';

/** Past this, shutdown gives up waiting and exits anyway: orchestrators kill at ~10 s. */
const shutdownDeadlineMs = 8_000;

function fail(message: string): never {
  process.stderr.write(`claw-triage: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  loadDotenv();
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(`configuration error: ${err.message}`);
    throw err;
  }

  const log = createLogger({ level: config.LOG_LEVEL });
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));

  const bot = await startBot(config, { logger: log }).catch((err: unknown) => {
    if (err instanceof CommandLoadError) fail(err.message);
    throw err;
  });
  let health: HealthServer | undefined;
  if (config.HEALTH_PORT > 0) health = await startHealthServer({ port: config.HEALTH_PORT, isReady: bot.isReady, log });

  let shuttingDown = false;
  /** One log line saying why, then out with 1: no zombie left answering /healthz with nothing behind it. */
  const giveUp = async (fields: object, message: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.fatal(fields, message);
    setTimeout(() => process.exit(1), shutdownDeadlineMs).unref();
    await bot.stop();
    await health?.close();
    process.exit(1);
  };
  void bot.fatal.then((f) => giveUp({ code: f.code }, fatalCloseMessage(f)));

  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    shuttingDown = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error('shutdown took too long: exiting anyway');
      process.exit(1);
    }, shutdownDeadlineMs).unref();
    await bot.stop();
    await health?.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', (s) => void shutdown(s));
  process.on('SIGINT', (s) => void shutdown(s));

  try {
    await bot.ready;
  } catch (err) {
    // A close such as 4004 can also fail the login itself: its own line says more, so it goes first.
    const closed = await Promise.race([bot.fatal, new Promise<undefined>((r) => setTimeout(() => r(undefined), 200))]);
    if (!closed) await giveUp({ err }, 'could not connect to Discord');
  }
}

await main();
