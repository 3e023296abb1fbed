import { fixed, machine } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import { ASK_AUTH_MODE, ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

/**
 * Reference §11.A10: `unauthorized` with no specific text (or a reason this bot does not know). The
 * gateway log's `authReason` says which credential failed, so that is what to ask for.
 */
export default lookalikeRule({
  id: 'bare-unauthorized',
  priority: 50,
  title: 'Gateway rejected the credentials with a bare `unauthorized`',
  docs: [docs.authentication, docs.logging, docs.trustedProxy],
  causes: ['unauthorized'],
  // The bare word itself is read by the extractor (its generic fallback); these are the Control UI's
  // own words for an auth failure that names no reason.
  phrases: [
    {
      needle: 'gateway secret rejected',
      detail: fixed('Control UI: Gateway secret rejected'),
      client: 'control-ui',
      example: 'Gateway secret rejected',
    },
    {
      needle: 'gateway auth failed',
      detail: fixed('Control UI: gateway auth failed'),
      client: 'control-ui',
      guard: machine,
      example: 'disconnected (1008): gateway auth failed',
    },
  ],
  advise(m) {
    const detail = m.fact.detail;
    const quoted = detail?.startsWith('Control UI: ')
      ? detail.slice(12)
      : detail && !/^[a-z_]+$/.test(detail)
        ? `unauthorized: ${detail}`
        : 'unauthorized';
    return {
      summary: `The gateway rejected this client's credentials (${code(quoted)}${detail && /^[a-z_]+$/.test(detail) ? `, authReason ${code(detail)}` : ''}); this is an authentication failure, not a pairing request.`,
      steps: [
        { text: 'On the gateway host, check the auth mode (`token`, `password`, `trusted-proxy` or `none`):', command: ASK_AUTH_MODE },
        {
          text: 'Watch the gateway log and retry once: the `[ws] unauthorized conn=… reason=…` line names the failing credential (e.g. `token_mismatch`, `trusted_proxy_untrusted_source`). Paste that line here (it contains no secret):',
          command: 'openclaw logs --follow',
        },
        { text: 'If this is the Control UI, re-copy a tokenized link:', command: 'openclaw dashboard --no-open' },
      ],
      notFixes: [NOT_DEVICE_COMMANDS],
      asks: [ASK_VERSION, ASK_AUTH_MODE, 'openclaw logs --follow'],
    };
  },
  examples: {
    fires: [fires('bare close reason', ['Gateway call failed: Error: gateway closed (1008): unauthorized'], ['openclaw logs --follow'])],
    silent: [silent('pairing', [PAIRING_FIXTURE]), silent('prose', [{ text: 'it just says I am unauthorized' }])],
  },
});
