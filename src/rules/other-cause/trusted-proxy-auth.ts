import { afterRegex, fixed, machine } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import { ASK_AUTH_MODE, ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';
import { upgradeRefusedByProxy } from './ws-upgrade-rejected.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'trusted-proxy-auth': true;
    'proxy-attribution': true;
    'verified-user-required': true;
    'edge-proxy-auth': true;
  }
}

/**
 * Reference §11.A10/A13, B10(a)(f) and R6: the gateway (or a proxy in front of it) could not attribute
 * or verify the caller behind a reverse proxy. The fix is proxy and `gateway.trustedProxies` config.
 */
export default lookalikeRule({
  id: 'trusted-proxy-auth',
  priority: 780,
  title: 'Reverse-proxy / trusted-proxy authentication failed',
  docs: [docs.trustedProxy, docs.remote],
  causes: ['trusted-proxy-auth', 'proxy-attribution', 'verified-user-required', 'edge-proxy-auth'],
  phrases: [
    { needle: 'proxy client attribution is required', cause: 'proxy-attribution' },
    {
      needle: 'gateway ingress attribution required',
      cause: 'proxy-attribution',
      guard: machine,
      example: 'disconnected (1008): gateway ingress attribution required',
    },
    // 2026.2–2026.3 gateway log: forwarded headers from a hop `gateway.trustedProxies` does not cover.
    { needle: 'proxy headers detected from untrusted address', detail: fixed('proxy headers from an untrusted address') },
    {
      needle: 'trusted-proxy identity-header authentication is required',
      detail: fixed('node: trusted-proxy identity header required'),
      example:
        'gateway rejected this node: trusted-proxy identity-header authentication is required and no usable machine credential was accepted',
    },
    // 9.6 B10(a) and the Control UI `Verified identity required` panel.
    {
      needle: 'operator role policies require a verified user identity',
      cause: 'verified-user-required',
      example:
        'operator role policies require a verified user identity for this authentication method; reconnect through the trusted proxy',
    },
    {
      needle: 'verified identity required',
      cause: 'verified-user-required',
      client: 'control-ui',
      guard: machine,
      example: 'Verified identity required',
    },
    // 9.6 R6: an identity-aware proxy in front of the gateway rejected the WebSocket upgrade.
    {
      needle: 'identity-aware proxy rejected the websocket upgrade',
      cause: 'edge-proxy-auth',
      example:
        'An identity-aware proxy rejected the WebSocket upgrade. Configure gateway.remote.edgeAuth for the configured Gateway origin, then reconnect.',
    },
    { needle: 'proxy authentication required', cause: 'edge-proxy-auth', guard: machine, example: 'Proxy authentication required' },
    // A redirect or 401/403 answering the upgrade is such a proxy (docs/openclaw-facts.md §11.F R6); other statuses are ws-upgrade-rejected's.
    {
      needle: 'unexpected server response: ',
      cause: 'edge-proxy-auth',
      guard: upgradeRefusedByProxy,
      detail: afterRegex(/^(\d{3})\b/),
      example: 'gateway connect failed: Error: Unexpected server response: 302',
    },
  ],
  authReasons: { 'trusted_proxy*': 'trusted-proxy-auth' },
  closeCauses: { 'missing-ingress-attribution': 'proxy-attribution' },
  advise(m) {
    const f = m.fact;
    if (f.cause === 'edge-proxy-auth') {
      return {
        summary: `An identity-aware proxy in front of the gateway (e.g. Cloudflare Access) rejected the WebSocket upgrade (${code('Proxy authentication required')}); the gateway never saw the connection, so this is not a pairing problem.`,
        steps: [
          {
            text: 'Configure `gateway.remote.edgeAuth` on the client for that gateway URL (for Cloudflare Access: its token header or service-token headers), then reconnect.',
          },
          { text: 'Check which URL the CLI uses:', command: 'openclaw config get gateway.remote.url' },
        ],
        notFixes: [NOT_DEVICE_COMMANDS, 'Changing the gateway token: the proxy rejects the request before the gateway sees it.'],
        asks: [ASK_VERSION],
      };
    }
    if (f.detail === 'proxy headers from an untrusted address') {
      return {
        summary: `The gateway ignores your reverse proxy's forwarded headers (${code('Proxy headers detected from untrusted address')}): the proxy hop's address is not matched by \`gateway.trustedProxies\`, so every browser looks like the proxy itself. This is proxy configuration, not a pairing problem.`,
        steps: [
          {
            text: "Find the proxy hop's address as the gateway sees it (the `remote=` of the gateway's `[ws]` lines, e.g. the Docker network's gateway IP), and see what is trusted now:",
            command: 'openclaw config get gateway.trustedProxies',
          },
          {
            text: 'List that exact address in `gateway.trustedProxies` (if a CIDR range does not match on your build, the exact IP does; not verified here which builds match ranges), then restart the gateway:',
            command: 'openclaw gateway restart',
          },
          {
            text: 'Make the proxy overwrite (not append to) `X-Forwarded-For` / `X-Real-IP`. A browser coming through it is still a new remote device and needs its one approval afterwards.',
          },
        ],
        notFixes: [NOT_DEVICE_COMMANDS, 'Wide ranges such as `0.0.0.0/0` in `trustedProxies`: anyone could then forge their address.'],
        asks: [ASK_VERSION, 'openclaw config get gateway.trustedProxies'],
      };
    }
    const verified = f.cause === 'verified-user-required';
    const attribution = f.cause === 'proxy-attribution';
    const reason = f.detail && /^[a-z_]+$/.test(f.detail) ? f.detail : undefined;
    return {
      summary: verified
        ? `The gateway needs a verified user identity for this operator role (${code('operator role policies require a verified user identity…')}); reconnect through the trusted proxy or Tailscale, or use the shared gateway token/password. This is not a pairing problem.`
        : attribution
          ? `The gateway could not attribute the client behind your reverse proxy (${code('unauthorized: proxy client attribution is required')}); this is proxy configuration, not a pairing problem.`
          : `Trusted-proxy authentication failed${reason ? ` (${code(`authReason=${reason}`)})` : ''}: the proxy's address or identity headers were not accepted. This is not a pairing problem.`,
      steps: verified
        ? [
            {
              text: 'Connect through the trusted proxy or Tailscale Serve address, so the gateway gets the user identity, or use the shared gateway token/password.',
            },
            { text: 'Get a tokenized link on the gateway host if you use the Control UI:', command: 'openclaw dashboard --no-open' },
          ]
        : [
            { text: 'Check the auth mode:', command: ASK_AUTH_MODE },
            {
              text: "Check which proxy addresses the gateway trusts; list your proxy's own address exactly, as narrowly as possible:",
              command: 'openclaw config get gateway.trustedProxies',
            },
            {
              text: 'Make the proxy overwrite (not append to) `X-Forwarded-For` / `X-Real-IP` and send the user identity header the trusted-proxy config expects, then restart the gateway:',
              command: 'openclaw gateway restart',
            },
          ],
      ifFails: [
        {
          text: 'The gateway log names the exact reason in `[ws] unauthorized … reason=trusted_proxy_…` lines; reproduce once while watching:',
          command: 'openclaw logs --follow',
        },
      ],
      notFixes: [NOT_DEVICE_COMMANDS, '`allowInsecureAuth`: it does not change proxy trust.'],
      asks: [ASK_VERSION, ASK_AUTH_MODE],
    };
  },
  examples: {
    fires: [
      fires(
        'authReason',
        ['[ws] unauthorized conn=77 remote=172.18.0.3 client=openclaw-control-ui webchat v2026.4.14 reason=trusted_proxy_untrusted_source'],
        ['gateway.trustedProxies'],
      ),
      fires(
        '2026.2 untrusted proxy hop',
        ['[ws] Proxy headers detected from untrusted address. Connection will not be treated as local.'],
        ['gateway.trustedProxies'],
      ),
      fires(
        '9.6 attribution',
        ['unauthorized: proxy client attribution is required (configure gateway.trustedProxies narrowly and make the proxy overwri'],
        ['X-Forwarded-For'],
      ),
    ],
    silent: [silent('pairing', [PAIRING_FIXTURE])],
  },
});
