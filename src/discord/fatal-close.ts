/**
 * Gateway closes discord.js does not recover from: it emits shardDisconnect and stops trying. A bot
 * that stays up then answers nothing while /healthz says all is well, so the process ends instead,
 * non-zero, after one log line saying what happened and what fixes it (Docker or systemd then
 * restarts it or alerts). Codes from Discord's gateway documentation.
 */
export interface FatalClose {
  code: number;
  cause: string;
  fix: string;
}

const portal = 'the Developer Portal (https://discord.com/developers/applications → your application → Bot)';

const known: Record<number, Omit<FatalClose, 'code'>> = {
  4004: {
    cause: 'Discord rejected the bot token (authentication failed)',
    fix: `reset the token in ${portal} → Reset Token, put it in DISCORD_TOKEN and restart`,
  },
  4010: { cause: 'Discord rejected the shard settings (invalid shard)', fix: 'run the bot without custom shard settings' },
  4011: {
    cause: 'Discord requires sharding: the bot is in too many servers for one gateway connection',
    fix: 'run one bot per community server, or add sharding (this bot runs a single shard)',
  },
  4012: {
    cause: 'Discord no longer accepts the gateway API version in use',
    fix: 'update discord.js (npm update discord.js) and redeploy',
  },
  4013: { cause: 'Discord rejected the gateway intents as invalid', fix: 'a bug in the bot: report it with this log line' },
  4014: {
    cause: 'Discord refused a privileged intent the bot asks for (disallowed intents)',
    fix: `turn on Message Content Intent under ${portal} → Privileged Gateway Intents, then restart`,
  },
};

export function describeFatalClose(code: number): FatalClose {
  return {
    code,
    ...(known[code] ?? {
      cause: 'Discord closed the gateway connection in a way that cannot be resumed',
      fix: 'check the bot token and intents in the Developer Portal and https://discordstatus.com, then restart',
    }),
  };
}

/** The one log line: cause and fix in the message itself, so it reads in any log viewer. */
export function fatalCloseMessage(f: FatalClose): string {
  return `gateway closed for good (${f.code}): ${f.cause}. Fix: ${f.fix}`;
}
