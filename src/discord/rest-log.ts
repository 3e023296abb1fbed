/**
 * Discord's rate limits in the logs. discord.js reports the waits it schedules itself (`rateLimited`),
 * but a 429 Discord actually answers is only retried, with no trace; so the REST client's request
 * function is wrapped to log each one. Repeated 401/403/429s are logged too: Discord bans an IP for
 * an hour after 10,000 of them in 10 minutes.
 */
import { DefaultRestOptions, type REST, RESTEvents, type RESTOptions } from 'discord.js';
import { type Logger, scrubRoute } from '../log.ts';

/** Warn every this many invalid requests (Discord's ban threshold is 10,000 in 10 minutes). */
const invalidRequestWarningInterval = 500;

function route(url: string): string {
  try {
    return scrubRoute(new URL(url).pathname);
  } catch {
    return '?';
  }
}

export function restOptions(base: Partial<RESTOptions>, log: Logger): Partial<RESTOptions> {
  const makeRequest = base.makeRequest ?? DefaultRestOptions.makeRequest;
  return {
    ...base,
    invalidRequestWarningInterval,
    makeRequest: async (url, init) => {
      const res = await makeRequest(url, init);
      if (res.status === 429) {
        const header = (name: string) => res.headers.get(name) ?? undefined;
        log.warn(
          {
            method: init.method ?? 'GET',
            route: route(url),
            retryAfterSeconds: Number(header('retry-after') ?? Number.NaN),
            scope: header('x-ratelimit-scope'),
            global: header('x-ratelimit-global') !== undefined,
          },
          'Discord answered 429 Too Many Requests: waiting and retrying',
        );
      }
      return res;
    },
  };
}

export function logRateLimits(rest: REST, log: Logger): void {
  rest.on(RESTEvents.RateLimited, (info) =>
    log.info({ route: info.route, retryAfter: info.retryAfter, global: info.global, limit: info.limit }, 'rate limited by Discord'),
  );
  rest.on(RESTEvents.InvalidRequestWarning, (info) =>
    log.warn(
      { count: info.count, remainingMs: info.remainingTime },
      'many invalid requests (401/403/429) to Discord: at 10,000 in 10 minutes Discord bans the IP for an hour',
    ),
  );
}
