/**
 * pino to stdout. Tokens never reach a log line: the config and headers are redacted by path, Discord
 * API errors lose the request body and the interaction token in their URL, and user text is only
 * ever logged through `excerpt` (the engine's secret redaction, then cut short).
 */
import { createRequire } from 'node:module';
import { type Logger, pino } from 'pino';
import type { LogLevel } from './config.ts';
import { redactSecrets } from './evidence/redact.ts';

export type { Logger };

const redactPaths = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  // A message object or payload logged by mistake must not carry what people pasted.
  'content',
  '*.content',
];

/** Webhook and interaction routes carry the interaction token as a path segment. */
export function scrubRoute(url: string): string {
  return url.replace(/(\/(?:webhooks|interactions)\/\d+\/)[^/?#]+/g, '$1:token');
}

function serializeError(err: unknown): unknown {
  const plain = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  // discord.js attaches the whole request (our reply, possibly files) to DiscordAPIError.
  delete plain.requestBody;
  delete plain.rawError;
  if (typeof plain.url === 'string') plain.url = scrubRoute(plain.url);
  return plain;
}

/** pino-pretty is a dev dependency: a production image run on a TTY must still log, as JSON. */
function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export interface LoggerOptions {
  level: LogLevel;
  /** Where JSON lines go; stdout when omitted. Tests pass a stream to read them back. */
  destination?: NodeJS.WritableStream;
}

export function createLogger({ level, destination }: LoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: { err: serializeError, error: serializeError },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (!destination && process.stdout.isTTY && process.env.NODE_ENV !== 'production' && prettyAvailable()) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true } } });
  }
  return destination ? pino(options, destination as pino.DestinationStream) : pino(options);
}

/** User text fit for a log line: secrets redacted by the engine's own detector, then cut short. */
export function excerpt(text: string, max = 200): string {
  const safe = redactSecrets(text.length > max * 4 ? text.slice(0, max * 4) : text);
  return safe.length > max ? `${safe.slice(0, max)}…` : safe;
}
