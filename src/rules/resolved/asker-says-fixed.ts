import type { FixedClaimFact, LookalikeCause, Where } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { before, type Case, isPairingFailure } from '../../triage/case.ts';
import { defineRule } from '../../triage/rule.ts';

type Trouble = LookalikeCause | 'gateway-unreachable';

export interface FixedClaimMatch {
  claim: FixedClaimFact;
  /** The look-alike the thread was about, when there was one: its recurrence hint. */
  lookalike?: Trouble;
}

/** What to do if a look-alike comes back: one line each, never device commands (none were needed). */
const IF_IT_COMES_BACK: Partial<Record<Trouble, string>> = {
  'gateway-token-mismatch':
    "If it comes back: give the client the gateway's current `gateway.auth.token` again (for the Control UI, a fresh link from `openclaw dashboard --no-open`), and don't reuse a token from another gateway.",
  'gateway-token-missing':
    "If it comes back: open a fresh tokenized link from `openclaw dashboard --no-open`, or paste the gateway's `gateway.auth.token` into the client's settings.",
  'device-token-mismatch':
    'If it comes back: reconnect once with the shared gateway token, or rotate the device token on the gateway host.',
  'protocol-mismatch':
    'If it comes back after an update: keep the client (app, panel, extension) and the gateway on releases that speak the same protocol, updating the client when the gateway moves.',
  'invalid-handshake': 'If it comes back after an update: keep the client and the gateway on matching releases.',
  'origin-not-allowed': "If it comes back: the page's exact origin (scheme, host and port) must be in `gateway.controlUi.allowedOrigins`.",
  'control-ui-insecure-context':
    'If it comes back: open the Control UI over HTTPS or as http://127.0.0.1:18789 (an SSH tunnel), so the browser can keep its device identity.',
  'device-identity-required':
    'If it comes back: the client needs its device identity or the shared gateway token; a browser needs HTTPS or localhost.',
  'gateway-unreachable':
    'If it comes back, or it only works while `openclaw gateway` runs in a window: check the service with `openclaw gateway status` and reinstall it from the current config with `openclaw gateway install --force`.',
  'rate-limited': 'If it comes back: fix the credential that keeps failing first, then wait out the lockout.',
};

/**
 * An audit line cut after its reason names no device, scopes, role or client: quoted beside "it
 * works now" as an anomaly, it is nothing the asker could act on, so it does not outweigh the claim.
 */
function isBareTrace(f: Case['facts'][number]): boolean {
  return (
    f.kind === 'upgrade-audit' && !f.deviceId && !f.deviceIdPrefix && !f.scopesFrom?.length && !f.scopesTo?.length && !f.roleTo && !f.client
  );
}

/**
 * The asker's newest message says it works now ("fixed it", "问题已解决", "the actual fix was …"): the
 * thread is done, whatever the older pastes showed. Re-diagnosing those would answer a question
 * nobody is asking any more. A claim counts only when nothing in that message, or after it, fails.
 */
function findClaim(c: Case): FixedClaimMatch | undefined {
  const newest = c.lastWords;
  const claim = c
    .all('fixed-claim')
    .filter((f) => f.at.message === newest)
    .at(-1);
  if (!claim) return undefined;
  // A failure in the same message makes the "works" conditional or old ("with the token in the URL it
  // works", a bug report's "worked on 2026.6.1"): the failure is still what the asker is looking at.
  const failsThere = c.facts.some(
    (f) => f.at.message === newest && !isBareTrace(f) && (isPairingFailure(f) || f.kind === 'lookalike' || f.kind === 'pairing-mention'),
  );
  if (failsThere) return undefined;
  const troubles: { at: Where; what: Trouble }[] = [
    ...c
      .all('lookalike')
      .filter((f) => f.cause !== 'unauthorized')
      .map((f) => ({ at: f.at, what: f.cause as Trouble })),
    ...c
      .all('gateway-closed')
      .filter((g) => g.code === 1006)
      .map((g) => ({ at: g.at, what: 'gateway-unreachable' as Trouble })),
  ].sort((a, b) => (before(a.at, b.at) ? -1 : before(b.at, a.at) ? 1 : 0));
  const lookalike = troubles.at(-1)?.what;
  return lookalike ? { claim, lookalike } : { claim };
}

export default defineRule<FixedClaimMatch>({
  id: 'asker-says-fixed',
  stage: 'resolved',
  priority: 600,
  title: 'The asker says it works now',
  docs: [docs.gatewayTroubleshooting],
  match: findClaim,
  /**
   * The asker's "it works now" is evidence a moderator can accept, but weaker than a pasted output:
   * the summary says the fix is the asker's word, and names the look-alike when the thread was one.
   */
  verify(m, c) {
    const lookalike = c
      .all('lookalike')
      .filter((f) => f.cause !== 'unauthorized')
      .at(-1);
    const cause = lookalike
      ? `not device pairing: \`${lookalike.cause}\` (${lookalike.detail ?? 'see the thread'})`
      : c.hasPairingSignal
        ? 'a device pairing request (`gateway closed (1008): pairing required`)'
        : 'not stated in the thread';
    const summary = [
      '**Solved (the asker reports it works now)**',
      `**Cause:** ${cause}.`,
      `**Fix:** ${m.claim.command ? `\`${m.claim.command} …\`, in the asker's words` : "in the asker's words; no output shows it"}.`,
    ].join('\n');
    return {
      confirmed: true,
      evidence: [
        `message ${m.claim.at.message + 1}: the asker says it works now${m.claim.command ? ` (with \`${m.claim.command} …\`)` : ''}`,
      ],
      missing: [],
      summary,
    };
  },
  advise(m) {
    const how = m.claim.command ? ` with \`${m.claim.command} …\`` : '';
    const notes: string[] = [];
    const hint = m.lookalike ? IF_IT_COMES_BACK[m.lookalike] : undefined;
    if (hint) notes.push(hint);
    if (m.claim.command === 'openclaw nodes approve' || m.claim.command === 'openclaw devices approve') {
      notes.push(
        'For next time: approve takes the pending `requestId` from `openclaw devices list` (or `openclaw nodes pending`), never an IP address or a deviceId.',
      );
    }
    return {
      summary: `Glad it works now${how}: nothing more to do here.`,
      steps: [
        {
          text: 'If it stays fixed, press **Fixed it** under this reply, so a helper can mark the thread solved and the next person finds it.',
        },
      ],
      notes,
    };
  },
  examples: {
    fires: [
      {
        name: 'short English follow-up',
        thread: [{ text: 'gateway closed (1002): protocol mismatch' }, { text: 'updated the desktop client and it works now, thanks!' }],
        expect: { stage: 'resolved', mentions: ['Glad it works now', 'same protocol'], absent: ['devices approve', 'devices remove'] },
      },
      {
        name: 'Chinese follow-up',
        thread: [
          { text: 'unauthorized: gateway token missing (open the dashboard URL and paste the token in Control UI settings)' },
          { text: '重新复制了链接，问题已解决' },
        ],
        expect: { stage: 'resolved', mentions: ['openclaw dashboard --no-open'] },
      },
      {
        name: 'the fix named as a command',
        thread: [
          { text: 'The node was waiting again. What fixed it:\n```\nopenclaw nodes approve 0f0e0d0c-1111-4222-8333-944445555666\n```' },
        ],
        expect: { stage: 'resolved', mentions: ['openclaw nodes approve'], absent: ['0f0e0d0c'] },
      },
      {
        name: 'paired in the end, with a cut audit line quoted as an aside in a later bullet',
        thread: [
          {
            text:
              '- The QR code fails in the phone app.\n- Typing the code by hand, it connected fine and the phone ended up paired.\n' +
              '- Odd line I saw, but not sure it matters:\n```\nsecurity audit: device access upgrade requested reason=scope-upgrade\n```',
          },
        ],
        expect: { stage: 'resolved', absent: ['devices approve', 'devices remove'] },
      },
      {
        name: 'a screenshot posted after the claim does not take it back',
        thread: [
          { text: 'gateway closed (1008): origin not allowed' },
          { text: 'added my domain to allowedOrigins and restarted, it works now' },
          { text: '![image](https://github.com/user-attachments/assets/7b779045)' },
        ],
        expect: { stage: 'resolved' },
      },
    ],
    silent: [
      {
        name: 'still broken',
        thread: [{ text: 'gateway closed (1008): pairing required' }, { text: 'I approved it but it is still not fixed' }],
      },
      { name: 'a question', thread: [{ text: '问题怎么解决？' }] },
      { name: 'claim, then a new failure', thread: [{ text: 'that fixed it, but now:\ngateway closed (1008): pairing required' }] },
      {
        name: 'works only with a workaround, same message',
        thread: [{ text: 'disconnected (1008): device identity required\nwith the token typed into the URL by hand it works now' }],
      },
      { name: 'an older claim', thread: [{ text: 'works now' }, { text: 'gateway closed (1008): pairing required' }] },
      {
        name: 'claim beside an audit line that names the device and scopes',
        thread: [
          {
            text: 'it connected fine once, then:\nsecurity audit: device access upgrade requested reason=scope-upgrade device=0a1b2c3d scopesFrom=operator.read scopesTo=operator.admin client=cli',
          },
        ],
      },
    ],
  },
});
