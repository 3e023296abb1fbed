import { fixed, machine } from '../../evidence/lookalike-signs.ts';
import { docs } from '../../openclaw/docs.ts';
import type { Case } from '../../triage/case.ts';
import type { Step } from '../../triage/rule.ts';
import { ASK_VERSION, code, NOT_DEVICE_COMMANDS, RETRY_HEALTH, updateOlderSideStep } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

function clockSteps(c: Case): Step[] {
  const win = c.onWindows;
  const mac = c.all('platform').some((p) => p.platform === 'macos');
  return [
    win
      ? {
          text: 'Compare the clocks of the client and the gateway host (run on both); they must agree within 2 minutes:',
          command: '[DateTime]::UtcNow',
          shell: 'powershell',
        }
      : {
          text: 'Compare the clocks of the client and the gateway host (run on both); they must agree within 2 minutes:',
          command: 'date -u',
          shell: 'sh',
        },
    win
      ? { text: 'Resync Windows time (elevated PowerShell):', command: 'w32tm /resync', shell: 'powershell' }
      : mac
        ? { text: 'Turn on "Set time and date automatically" in System Settings → General → Date & Time.' }
        : { text: 'Turn on NTP time sync (Linux with systemd):', command: 'sudo timedatectl set-ntp true', shell: 'sh' },
    RETRY_HEALTH,
  ];
}

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'device-auth-invalid': true;
  }
}

/**
 * Reference §11.B4: the device signature did not verify. "expired" is clock skew > 120 s; the others
 * are a damaged identity or a client bug, so versions are aligned before anything else.
 */
export default lookalikeRule({
  id: 'device-auth-invalid',
  priority: 820,
  title: "Client's device signature was rejected (`device signature expired` / `device nonce mismatch` …)",
  docs: [docs.protocol, docs.gatewayTroubleshooting],
  causes: ['device-auth-invalid'],
  phrases: [
    {
      needle: 'device identity mismatch',
      detail: fixed('device identity mismatch'),
      guard: machine,
      example: 'disconnected (1008): device identity mismatch',
    },
    { needle: 'device signature expired', detail: fixed('device signature expired'), guard: machine },
    {
      needle: 'device nonce required',
      detail: fixed('device nonce required'),
      guard: machine,
      example: 'disconnected (1008): device nonce required',
    },
    {
      needle: 'device nonce mismatch',
      detail: fixed('device nonce mismatch'),
      guard: machine,
      example: 'disconnected (1008): device nonce mismatch',
    },
    {
      needle: 'device signature invalid',
      detail: fixed('device signature invalid'),
      guard: machine,
      example: 'disconnected (1008): device signature invalid',
    },
    // Chinese builds and wrappers translate the close (ClawWork: "连接网关提示设备签名无效").
    {
      needle: '设备签名无效',
      detail: fixed('device signature invalid'),
      example: '连接网关提示设备签名无效',
    },
    {
      needle: 'device public key invalid',
      detail: fixed('device public key invalid'),
      guard: machine,
      example: 'disconnected (1008): device public key invalid',
    },
  ],
  closeCauses: { 'device-auth-invalid': 'device-auth-invalid' },
  closeReasonIsDetail: true,
  advise(m, c) {
    const detail = m.fact.detail ?? 'device signature invalid';
    const expired = detail.includes('expired');
    const summary = expired
      ? `The gateway rejected the client's device signature as expired (${code('device signature expired')}): the client's and the gateway's clocks differ by more than 2 minutes. This is not a pairing problem.`
      : `The gateway rejected the client's device authentication (${code(detail.replace(/-/g, ' '))}): a damaged identity or a client/gateway version skew, not a pairing request.`;
    const steps: Step[] = expired
      ? clockSteps(c)
      : [
          {
            text: 'Check the version on the client machine and on the gateway host; they should be the same release:',
            command: ASK_VERSION,
          },
          updateOlderSideStep(c),
          RETRY_HEALTH,
        ];
    return {
      summary,
      steps,
      ifFails: expired
        ? undefined
        : [
            {
              text: "If it still fails on matching versions, the client's identity file (`~/.openclaw/identity/device.json`) is damaged. Moving it aside makes the client a new device that needs approval like any new device, so paste the output of `openclaw --version` on both sides here first.",
            },
          ],
      notFixes: [NOT_DEVICE_COMMANDS, 'Changing the gateway token: the device signature is what fails.'],
      asks: [ASK_VERSION],
    };
  },
  examples: {
    fires: [
      fires('expired', ['gateway closed (1008): device signature expired'], ['2 minutes']),
      fires(
        'nonce mismatch via close context',
        [
          '[ws] {"cause":"device-auth-invalid","handshake":"failed","reason":"device-nonce-mismatch"} closed before connect conn=1 code=1008 reason=connect failed',
        ],
        ['openclaw update'],
      ),
      {
        ...fires(
          'nonce mismatch, gateway in Docker',
          [
            'docker compose exec openclaw-gateway openclaw logs\n[ws] {"cause":"device-auth-invalid","handshake":"failed","reason":"device-nonce-mismatch"} closed before connect conn=1 code=1008 reason=connect failed',
          ],
          ['newer image'],
        ),
        expect: { stage: 'other-cause', mentions: ['newer image'], absent: ['openclaw update', 'devices approve', 'devices remove'] },
      },
    ],
    silent: [silent('pairing', [PAIRING_FIXTURE])],
  },
});
