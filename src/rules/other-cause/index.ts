import { describedLookalikeExtractor } from '../../evidence/described-lookalike.ts';
import type { Extractor } from '../../evidence/extractor.ts';
import { lookalikeExtractor } from '../../evidence/lookalike.ts';
import type { LookalikeSigns } from '../../evidence/lookalike-signs.ts';
import { byPriority } from '../../triage/precedence.ts';
import type { AnyRule } from '../../triage/rule.ts';
import allowAgents from './allow-agents.ts';
import allowedOriginsRequired from './allowed-origins-required.ts';
import bareUnauthorized from './bare-unauthorized.ts';
import bootstrapTokenInvalid from './bootstrap-token-invalid.ts';
import channelDmPairing from './channel-dm-pairing.ts';
import controlUiInsecureContext from './control-ui-insecure-context.ts';
import deviceAuthInvalid from './device-auth-invalid.ts';
import deviceIdentityRequired from './device-identity-required.ts';
import deviceRemoved from './device-removed.ts';
import deviceTokenMismatch from './device-token-mismatch.ts';
import deviceTokenRotationDenied from './device-token-rotation-denied.ts';
import deviceTokenScopeMismatch from './device-token-scope-mismatch.ts';
import gatewayAuthChanged from './gateway-auth-changed.ts';
import gatewayAuthNotConfigured from './gateway-auth-not-configured.ts';
import gatewayStarting from './gateway-starting.ts';
import gatewayTokenMismatch from './gateway-token-mismatch.ts';
import gatewayUnreachable from './gateway-unreachable.ts';
import handshakeTimeout from './handshake-timeout.ts';
import httpUnauthorized from './http-unauthorized.ts';
import insecureWs from './insecure-ws.ts';
import { isLookalikeRule } from './lookalike/rule.ts';
import missingScopeMethod from './missing-scope-method.ts';
import neverReachesGateway from './never-reaches-gateway.ts';
import originNotAllowed from './origin-not-allowed.ts';
import protocolMismatch from './protocol-mismatch.ts';
import rateLimited from './rate-limited.ts';
import redactionSentinel from './redaction-sentinel.ts';
import slowConsumer from './slow-consumer.ts';
import tailscaleAuth from './tailscale-auth.ts';
import trustedProxyAuth from './trusted-proxy-auth.ts';
import unauthorizedRole from './unauthorized-role.ts';
import urlOverrideCredentials from './url-override-credentials.ts';
import wsUpgradeRejected from './ws-upgrade-rejected.ts';

/**
 * The look-alike rules, in no particular order: which one leads is each rule's own `priority`
 * (causes before their symptoms: a redacted gateway secret explains a token mismatch, which explains
 * the rate limit that follows it; the generic bare `unauthorized` last).
 */
export const otherCauseRules: AnyRule[] = [
  redactionSentinel,
  gatewayAuthNotConfigured,
  gatewayTokenMismatch,
  deviceTokenMismatch,
  deviceTokenScopeMismatch,
  deviceTokenRotationDenied,
  rateLimited,
  urlOverrideCredentials,
  insecureWs,
  wsUpgradeRejected,
  originNotAllowed,
  allowedOriginsRequired,
  controlUiInsecureContext,
  deviceIdentityRequired,
  deviceAuthInvalid,
  protocolMismatch,
  bootstrapTokenInvalid,
  tailscaleAuth,
  trustedProxyAuth,
  gatewayAuthChanged,
  deviceRemoved,
  allowAgents,
  channelDmPairing,
  missingScopeMethod,
  unauthorizedRole,
  httpUnauthorized,
  handshakeTimeout,
  gatewayUnreachable,
  gatewayStarting,
  slowConsumer,
  neverReachesGateway,
  bareUnauthorized,
];

/**
 * What every registered look-alike rule declared about its failure's text, in the rules' precedence:
 * two phrases found at one column of a line are read in this order, so the rules' priorities decide
 * it, not the array above.
 */
export function signsOf(registered: readonly AnyRule[]): LookalikeSigns[] {
  return registered
    .filter(isLookalikeRule)
    .sort(byPriority)
    .map((r) => r.signs);
}

export const lookalikeSigns: readonly LookalikeSigns[] = signsOf(otherCauseRules);

/**
 * The extractors that find look-alikes, built once from the registered rules' declarations (one
 * needle index over all of them) and handed to extraction by diagnose: evidence cannot import rules.
 */
export const lookalikeExtractors: readonly Extractor[] = extractorsOf(lookalikeSigns);

/** The printed and the described look-alike extractors over the given rules' declarations. */
export function extractorsOf(signs: readonly LookalikeSigns[]): Extractor[] {
  return [lookalikeExtractor(signs), describedLookalikeExtractor(signs)];
}
