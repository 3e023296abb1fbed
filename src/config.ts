/**
 * The bot's environment, validated once at start-up. Everything downstream takes the typed Config,
 * never process.env, so a bad value fails here with its name instead of deep inside a handler.
 */
import dotenv from 'dotenv';
import { z } from 'zod';

const snowflake = /^\d{1,20}$/;

/** `.env` files often hold `NAME=` for "not set"; treat that like absence so defaults apply. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);

const idList = (what: string) =>
  optional(
    z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id !== ''),
      )
      .refine((ids) => ids.every((id) => snowflake.test(id)), `expected comma-separated ${what} ids (digits)`)
      .default([]),
  );

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A whole number in a range, with its default and a message that says what is expected. */
const wholeNumber = (what: string, min: number, max: number, fallback: number) =>
  optional(
    z.coerce
      .number({ error: `expected ${what}` })
      .int(`expected ${what}`)
      .min(min, `expected ${what}`)
      .max(max, `expected ${what}`)
      .default(fallback),
  );

const botSchema = z.object({
  DISCORD_TOKEN: z.string({ error: 'required: the bot token from the Developer Portal' }).trim().min(1, 'required'),
  HELP_FORUM_IDS: idList('forum channel'),
  MODERATOR_ROLE_IDS: idList('role'),
  DISCORD_GUILD_ID: optional(z.string().regex(snowflake, 'expected a guild id (digits)').optional()),
  DISCORD_APPLICATION_ID: optional(z.string().regex(snowflake, 'expected an application id (digits)').optional()),
  SOLVED_TAG: optional(z.string().trim().min(1).default('Solved')),
  DISCORD_API_URL: optional(
    z
      .url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://discord.com/api' })
      .transform((u) => u.replace(/\/+$/, ''))
      .optional(),
  ),
  HEALTH_PORT: optional(
    z.coerce
      .number({ error: 'expected a port number from 0 to 65535 (0 turns the health endpoint off)' })
      .int('expected a whole port number')
      .min(0)
      .max(65535)
      .default(8080),
  ),
  LOG_LEVEL: optional(z.enum(logLevels, { error: `expected one of ${logLevels.join(', ')}` }).default('info')),
  // Forum threads auto-archive after a week at most, so looking further back finds nothing to answer.
  CATCH_UP_HOURS: wholeNumber('hours from 0 to 168 (0 turns catch-up off)', 0, 168, 24),
  DOWNLOAD_CONCURRENCY: wholeNumber('a number of downloads from 1 to 32', 1, 32, 4),
  DOWNLOAD_TIMEOUT_SECONDS: wholeNumber('seconds from 1 to 300', 1, 300, 15),
  THREAD_IDLE_MINUTES: wholeNumber('minutes from 5 to 10080', 5, 10_080, 60),
});

export type Config = z.infer<typeof botSchema>;
export type LogLevel = (typeof logLevels)[number];

const deploySchema = botSchema.extend({
  DISCORD_APPLICATION_ID: z
    .string({ error: 'required by deploy-commands: the application id from the Developer Portal' })
    .regex(snowflake, 'expected an application id (digits)'),
});

export type DeployConfig = z.infer<typeof deploySchema>;

/** A bad environment, said in one line naming the variable; main prints it and exits without a stack. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parse<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  // One variable at a time keeps the message one line; values are never echoed (one may be the token).
  const issue = result.error.issues[0];
  const name = issue?.path[0] !== undefined ? String(issue.path[0]) : 'environment';
  throw new ConfigError(`${name}: ${issue?.message ?? 'invalid'}`);
}

/** Loads `.env` outside production: a container gets its environment from `--env-file`, not a file in the image. */
export function loadDotenv(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV === 'production') return;
  // quiet: dotenv 17+ prints a banner otherwise, which would break our JSON-only stdout.
  dotenv.config({ quiet: true, processEnv: env });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return parse(botSchema, env);
}

export function loadDeployConfig(env: NodeJS.ProcessEnv = process.env): DeployConfig {
  return parse(deploySchema, env);
}
