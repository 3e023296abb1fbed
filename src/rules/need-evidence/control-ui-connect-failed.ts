import type { GatewayClosedFact } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { defineRule, type Step } from '../../triage/rule.ts';

/**
 * The Control UI reports every refused connect as `disconnected (4008): connect failed`: 4008 is its
 * own close code and `connect failed` its own reason (docs/openclaw-facts.md §11.0, item 5), so the
 * banner hides whether the gateway wanted a pairing approval, a token, or a secure page. Only the
 * gateway's `closed before connect … cause=…` line, or the address the page was opened at, tells them
 * apart: ask for those, and prescribe nothing on a guess.
 */
export default defineRule<GatewayClosedFact>({
  id: 'control-ui-connect-failed',
  stage: 'need-evidence',
  priority: 470,
  title: "The Control UI's 4008 `connect failed` hides the cause: ask for the gateway's reason",
  docs: [docs.controlUiConnectivity, docs.gatewayTroubleshooting],
  match(c) {
    // Any pairing text, look-alike or gateway-side reason says more than the banner does.
    if (c.hasPairingSignal || c.all('lookalike').length || c.all('closed-before-connect').length) return undefined;
    return c
      .all('gateway-closed')
      .filter((g) => g.seenBy === 'control-ui' && /^connect failed\b/i.test(g.reason))
      .at(-1);
  },
  advise(closed, c) {
    const docker = c.platforms.includes('docker') || c.all('setup').some((s) => s.wrapper === 'docker');
    const steps: Step[] = [
      {
        text: docker
          ? "The gateway container's log while you click Connect: the `closed before connect` line's `cause=` names the reason (`reason=connect failed` is only the page's own words):"
          : "The gateway's log while you click Connect: the `closed before connect` line's `cause=` names the reason (`reason=connect failed` is only the page's own words):",
        command: docker ? 'docker logs --tail 100 <gateway container>' : 'openclaw logs --follow',
      },
      {
        text: 'The address you open the dashboard at (`http://127.0.0.1:18789`, a LAN IP or an HTTPS name), and whether you opened the link `openclaw dashboard --no-open` prints, which carries the token.',
      },
      { text: 'Your OpenClaw build:', command: 'openclaw --version' },
    ];
    return {
      summary: `\`disconnected (${closed.code}): connect failed\` is the Control UI's own message for any connect the gateway refused: behind it can be a pairing request waiting for approval, a missing or wrong token, or a browser that will not keep a device identity on plain HTTP from another address. Each has a different fix, and the gateway's log says which.`,
      steps,
      asks: ['openclaw --version'],
    };
  },
  examples: {
    fires: [
      {
        thread: [{ text: 'dashboard shows disconnected (4008): connect failed, how do I debug this?' }],
        expect: {
          stage: 'need-evidence',
          mentions: ['closed before connect', 'openclaw logs --follow'],
          absent: ['openclaw devices approve'],
        },
      },
      {
        name: 'Chinese, in Docker',
        thread: [{ text: '用 docker compose 部署的，登录网关仪表盘报disconnected(4008): connect failed，请问如何排查' }],
        expect: { stage: 'need-evidence', mentions: ['docker logs --tail 100 <gateway container>'] },
      },
    ],
    silent: [
      {
        name: 'the reason is shown: the token rule answers',
        thread: [{ text: 'disconnected (4008): unauthorized: gateway token missing' }],
      },
      { name: 'a pairing close says more', thread: [{ text: 'disconnected (1008): pairing required' }] },
    ],
  },
});
