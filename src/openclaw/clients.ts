/**
 * How to name an OpenClaw client id in a reply (docs/openclaw-facts.md §4.2). Every OpenClaw process on one host
 * shares one device identity, so "your CLI device" and "the gateway's internal client" can be the
 * same paired device.
 */
const labels: Record<string, string> = {
  cli: 'CLI device',
  'gateway-client': "gateway's internal client (what `sessions_spawn`, cron and tools use)",
  'openclaw-control-ui': 'Control UI (browser) device',
  'webchat-ui': 'web chat device',
  webchat: 'web chat device',
  'openclaw-tui': 'TUI device',
  'openclaw-macos': 'macOS app',
  'openclaw-ios': 'iOS app',
  'openclaw-android': 'Android app',
  'node-host': 'node host',
  'openclaw-probe': 'status probe',
};

export function clientLabel(clientId: string | undefined): string {
  if (!clientId) return 'device';
  return labels[clientId] ?? `\`${clientId}\` device`;
}

/** Browser and app clients are approved from elsewhere; host clients share the host's identity. */
export function isHostClient(clientId: string | undefined): boolean {
  return clientId === undefined || clientId === 'cli' || clientId === 'gateway-client' || clientId === 'openclaw-probe';
}
