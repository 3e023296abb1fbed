/** A page of OpenClaw's documentation, as a reply links it. */
export interface DocLink {
  title: string;
  url: string;
}

/**
 * OpenClaw documentation pages a reply may link to. Only pages verified present in the docs
 * navigation (docs/openclaw-facts.md §7) are listed here; rules link to these names, never to raw URLs.
 */
export const docs = {
  devicesCli: { title: 'openclaw devices', url: 'https://docs.openclaw.ai/cli/devices' },
  tokenDrift: {
    title: 'Token drift recovery checklist',
    url: 'https://docs.openclaw.ai/cli/devices#token-drift-recovery-checklist',
  },
  gatewayPairing: { title: 'Gateway-owned pairing', url: 'https://docs.openclaw.ai/gateway/pairing' },
  operatorScopes: { title: 'Operator scopes', url: 'https://docs.openclaw.ai/gateway/operator-scopes' },
  gatewayTroubleshooting: {
    title: 'Gateway troubleshooting',
    url: 'https://docs.openclaw.ai/gateway/troubleshooting',
  },
  controlUiConnectivity: {
    title: 'Dashboard / Control UI connectivity',
    url: 'https://docs.openclaw.ai/gateway/troubleshooting#dashboard-control-ui-connectivity',
  },
  troubleshooting: { title: 'Troubleshooting', url: 'https://docs.openclaw.ai/help/troubleshooting' },
  faq: { title: 'FAQ', url: 'https://docs.openclaw.ai/help/faq' },
  subagents: { title: 'Sub-agents (sessions_spawn)', url: 'https://docs.openclaw.ai/tools/subagents' },
  sessionTool: { title: 'Session tools', url: 'https://docs.openclaw.ai/concepts/session-tool' },
  authentication: { title: 'Gateway authentication', url: 'https://docs.openclaw.ai/gateway/authentication' },
  protocol: { title: 'Gateway protocol', url: 'https://docs.openclaw.ai/gateway/protocol' },
  security: { title: 'Security', url: 'https://docs.openclaw.ai/gateway/security' },
  trustedProxy: { title: 'Trusted proxy auth', url: 'https://docs.openclaw.ai/gateway/trusted-proxy-auth' },
  remote: { title: 'Remote gateway', url: 'https://docs.openclaw.ai/gateway/remote' },
  configReference: {
    title: 'Configuration reference',
    url: 'https://docs.openclaw.ai/gateway/configuration-reference',
  },
  doctor: { title: 'openclaw doctor', url: 'https://docs.openclaw.ai/cli/doctor' },
  statusCli: { title: 'openclaw status', url: 'https://docs.openclaw.ai/cli/status' },
  gatewayCli: { title: 'openclaw gateway', url: 'https://docs.openclaw.ai/cli/gateway' },
  logging: { title: 'Gateway logging', url: 'https://docs.openclaw.ai/gateway/logging' },
  dashboardUnauthorized: {
    title: 'Dashboard: unauthorized / 1008',
    url: 'https://docs.openclaw.ai/web/dashboard#if-you-see-unauthorized-1008',
  },
  controlUi: { title: 'Control UI', url: 'https://docs.openclaw.ai/web/control-ui' },
  channelPairing: { title: 'Channel DM pairing (a different thing)', url: 'https://docs.openclaw.ai/channels/pairing' },
  nodesCli: { title: 'openclaw nodes', url: 'https://docs.openclaw.ai/cli/nodes' },
  nodesTroubleshooting: { title: 'Node troubleshooting', url: 'https://docs.openclaw.ai/nodes/troubleshooting' },
  windows: { title: 'Windows', url: 'https://docs.openclaw.ai/platforms/windows' },
  updating: { title: 'Updating', url: 'https://docs.openclaw.ai/install/updating' },
  updateCli: { title: 'openclaw update', url: 'https://docs.openclaw.ai/cli/update' },
  changelog: { title: 'CHANGELOG', url: 'https://github.com/openclaw/openclaw/blob/main/CHANGELOG.md' },
} as const satisfies Record<string, DocLink>;

export type DocName = keyof typeof docs;
