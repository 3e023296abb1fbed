import { docs } from '../../openclaw/docs.ts';
import { defineRule, type Step } from '../../triage/rule.ts';

/** Facts that say nothing about which failure it is. */
const CONTEXT_ONLY = new Set(['version', 'platform', 'config', 'setup', 'secret', 'statement', 'input-note']);

/**
 * "Still can't connect", "dashboard locked", "offline", with screenshots or nothing pasted: a pairing
 * request, a token mismatch, an origin or secure-context refusal all look alike from there (docs/openclaw-facts.md
 * §11.0: only the reason text tells them apart). Ask for the one line that decides it, and never
 * prescribe approve/remove on a guess.
 */
export default defineRule<true>({
  id: 'described-without-error',
  stage: 'need-evidence',
  priority: 460,
  title: 'A connection failure described without its error text: ask for the exact line',
  docs: [docs.controlUiConnectivity, docs.gatewayTroubleshooting],
  match(c) {
    if (!c.said('cannot-connect') && !c.said('pairing-trouble')) return undefined;
    if (c.facts.some((f) => !CONTEXT_ONLY.has(f.kind))) return undefined;
    return true;
  },
  advise(_m, c) {
    const docker = c.platforms.includes('docker') || c.all('setup').some((s) => s.wrapper === 'docker');
    const steps: Step[] = [
      {
        text: 'The exact error, copied as text (screenshots cannot be read here): the line under the Connect button or in the red banner, e.g. `disconnected (1008): …`, `unauthorized: …`, `origin not allowed`, `pairing required`.',
      },
      {
        text: docker
          ? "The gateway's own log around a failed try (the `closed before connect … reason=` line):"
          : "The gateway's log around a failed try (the `closed before connect … reason=` line); if the gateway runs in Docker, `docker logs --tail 100 <gateway container>` instead:",
        command: docker ? 'docker logs --tail 100 <gateway container>' : 'openclaw logs --follow',
      },
      { text: 'Your build, and the device list if the error says pairing:', command: 'openclaw --version' },
    ];
    return {
      summary: c.said('cannot-connect')
        ? 'You say it cannot connect, but there is no error text to go on: a pending pairing, a token mismatch, a disallowed origin and an insecure (HTTP) page all look like "offline", and each has a different fix. The exact error line decides it.'
        : 'You describe a pairing error, but there is no error text to go on: a request waiting for approval, a token mismatch, a disallowed origin and an insecure (HTTP) page all show up in apps as a pairing or connection error, and each has a different fix. The exact error line decides it.',
      steps,
      notFixes: [
        'Resetting passwords or tokens again before the error says `unauthorized`: a pairing or origin refusal does not change with them.',
      ],
      asks: ['openclaw --version', 'openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        thread: [{ text: '![screenshot](https://example.com/a.png)\nStill unable to access the local dashboard, it stays offline.' }],
        expect: { stage: 'need-evidence', mentions: ['docker logs', 'openclaw --version'] },
      },
      { thread: [{ text: '按照常见问题处理过了，还是无法连接，一直显示离线。' }], expect: { stage: 'need-evidence' } },
      {
        name: 'a pairing error named, with screenshots only',
        thread: [{ text: 'Device pairing error. Please help.\n<img width="1344" alt="Image" src="https://example.com/a.png" />' }],
        expect: { stage: 'need-evidence', mentions: ['You describe a pairing error', 'openclaw --version'] },
      },
    ],
    silent: [{ thread: [{ text: 'Still unable to access the dashboard: disconnected (1008): unauthorized: gateway token mismatch' }] }],
  },
});
