import { fixed } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import { ASK_AUTH_MODE, ASK_VERSION, code, NOT_DEVICE_COMMANDS } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'tailscale-auth': true;
  }
}

/** Reference §11.A9: `gateway.auth.allowTailscale` login failed; the request did not carry Serve identity. */
export default lookalikeRule({
  id: 'tailscale-auth',
  priority: 790,
  title: 'Tailscale identity login failed (`unauthorized: tailscale identity …`)',
  docs: [docs.authentication, docs.remote],
  causes: ['tailscale-auth'],
  phrases: [
    { needle: 'tailscale identity missing', detail: fixed('tailscale identity missing') },
    {
      needle: 'tailscale proxy headers missing',
      detail: fixed('tailscale proxy headers missing'),
      example: 'unauthorized: tailscale proxy headers missing (use Tailscale Serve or gateway token/password)',
    },
    {
      needle: 'tailscale identity check failed',
      detail: fixed('tailscale identity check failed'),
      example: 'unauthorized: tailscale identity check failed (use Tailscale Serve auth or gateway token/password)',
    },
    {
      needle: 'tailscale identity mismatch',
      detail: fixed('tailscale identity mismatch'),
      example: 'unauthorized: tailscale identity mismatch (use Tailscale Serve auth or gateway token/password)',
    },
  ],
  authReasons: { 'tailscale*': 'tailscale-auth' },
  advise(m) {
    const what = m.fact.detail ?? 'tailscale identity missing';
    return {
      summary: `Tailscale identity login failed (${code(`unauthorized: ${what}`)}): the request did not come through Tailscale Serve with a matching identity. This is not a pairing problem.`,
      steps: [
        {
          text: 'Open the gateway through its Tailscale Serve address (`https://<machine>.<tailnet>.ts.net`), not by IP or a plain port, so Serve adds the identity headers.',
        },
        {
          text: 'Or log in with the gateway token instead; get a tokenized link on the gateway host:',
          command: 'openclaw dashboard --no-open',
        },
        { text: 'Check that Tailscale login is enabled on the gateway:', command: 'openclaw config get gateway.auth.allowTailscale' },
      ],
      notFixes: [NOT_DEVICE_COMMANDS, '`allowInsecureAuth`: it does not replace the Tailscale identity check.'],
      asks: [ASK_VERSION, ASK_AUTH_MODE],
    };
  },
  examples: {
    fires: [
      fires(
        'identity missing',
        ['disconnected (1008): unauthorized: tailscale identity missing (use Tailscale Serve auth or gateway token/password)'],
        ['Tailscale Serve'],
      ),
    ],
    silent: [silent('pairing', [PAIRING_FIXTURE])],
  },
});
