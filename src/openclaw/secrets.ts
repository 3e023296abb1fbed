import type { SecretKind } from '../evidence/facts.ts';

/**
 * What to do about each kind of pasted secret (docs/openclaw-facts.md §9). The reply names the kind and where
 * it was seen, never the value.
 */
export interface SecretAdvice {
  name: string;
  rotate: string;
  command?: string;
}

export const secretAdvice: Record<SecretKind, SecretAdvice> = {
  'gateway-token': {
    name: 'gateway token',
    rotate:
      'Generate a new gateway token, restart the gateway, then update every client that uses it (`gateway.remote.token`, the Control UI).',
    command: 'openclaw doctor --generate-gateway-token',
  },
  'gateway-password': {
    name: 'gateway password',
    rotate: 'Set a new `gateway.auth.password` (or `OPENCLAW_GATEWAY_PASSWORD`), restart the gateway, and update the clients that use it.',
  },
  'device-token': {
    name: 'device token',
    rotate: 'Rotate that device token (the new one is printed: do not paste it), or revoke it from the Control UI.',
    command: 'openclaw devices rotate --device <deviceId> --role operator',
  },
  'private-key': {
    name: 'device private key',
    rotate:
      'That identity is burned: move `~/.openclaw/identity/device.json` aside so the CLI makes a new one, then remove the old device from an admin session.',
  },
  'setup-code': {
    name: 'setup code',
    rotate: 'Setup codes are one-time: create a new one and do not reuse the pasted one.',
  },
  'provider-key': {
    name: 'provider API key',
    rotate: "Revoke it in the provider's dashboard, create a new one, and update your OpenClaw auth profile.",
  },
  'discord-token': {
    name: 'Discord bot token',
    rotate: 'Reset it in the Discord Developer Portal (your application → Bot → Reset Token).',
  },
  'telegram-token': {
    name: 'Telegram bot token',
    rotate: 'Revoke it with @BotFather (`/revoke`) and put the new token in your config.',
  },
  password: {
    name: 'password',
    rotate: 'Change it where it is used (the proxy, panel or service it logs in to), since this thread is public.',
  },
  'bearer-token': {
    name: 'bearer token',
    rotate: 'Treat it as leaked: rotate it where it was issued (for the gateway token, as above).',
  },
};
