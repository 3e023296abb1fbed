import { docs } from '../../openclaw/docs.ts';
import type { Case, RequestHistory } from '../../triage/case.ts';
import type { Advice } from '../../triage/rule.ts';
import { defineRule } from '../../triage/rule.ts';
import { formatScopes } from '../../triage/scopes.ts';
import { approveSafety, isPublicAddress } from '../approve-safety.ts';
import { buildNote } from '../build-note.ts';
import { deviceName, upgradeSentence } from '../device-name.ts';
import { approveNewestLoop, approveStep } from '../repairs.ts';
import { standardNotFixes } from '../standard-not-fixes.ts';

const SEED_JSON = 'seeds/000-5-devices-list.txt';

/**
 * A request from a public address is not this host: it may be the asker's phone on mobile data or a
 * stranger who can reach the gateway. It is never called theirs and never approved by a loop; the
 * reply leads with the address and asks, and names the device that actually failed when that is
 * another one.
 */
function strangerAdvice(c: Case, request: RequestHistory, remoteIp: string): Advice {
  const failing = c.failingDevice;
  const other =
    failing?.deviceId && failing.deviceId !== request.deviceId
      ? ` The device that failed in your paste is your ${deviceName(failing.client, failing.deviceId)}, not this one.`
      : '';
  return {
    summary: `A pending request from \`${remoteIp}\`, a public address and not this host, asks for ${formatScopes(request.scopes)} as ${deviceName(request.clientId, request.deviceId)}. Is that address yours?${other}`,
    steps: [
      approveStep(request.requestId, 'If it is your own device (your browser or phone on another network), approve exactly this request:'),
      {
        text: 'If it is not yours, reject it and check who can reach your gateway (bind address, firewall, token):',
        command: `openclaw devices reject ${request.requestId}`,
      },
    ],
    notes: [buildNote(c)].filter((n): n is string => n !== undefined),
    safety: approveSafety(c, request.scopes, remoteIp),
  };
}

export default defineRule<{ request: RequestHistory }>({
  id: 'approve-pending-upgrade',
  stage: 'fresh-approve',
  priority: 760,
  title: 'A live pending request is known for the failing device: approve it now',
  docs: [docs.devicesCli, docs.gatewayTroubleshooting],
  match(c) {
    const request = c.requestToApprove;
    return request ? { request } : undefined;
  },
  advise({ request }, c) {
    const failing = c.failingDevice;
    const paired = c.pairedRecord(request.deviceId);
    const remoteIp = c.devicesList?.pending.find((p) => p.requestId === request.requestId)?.remoteIp;
    const who =
      failing?.deviceId === request.deviceId || !request.deviceId
        ? upgradeSentence(
            failing ?? { client: request.clientId, deviceId: request.deviceId, scopesTo: request.scopes, at: { message: 0, line: 0 } },
          )
        : `Your ${deviceName(request.clientId, request.deviceId)} asks for ${formatScopes(request.scopes)}`;
    const docker = c.platforms.includes('docker');
    if (isPublicAddress(remoteIp)) return strangerAdvice(c, request, remoteIp!);
    return {
      summary: `${who}. Its pending request ${'`'}${request.requestId}${'`'} is the one to approve, now.${
        // They asked whether it is safe: answer it here, not only at the end.
        c.said('asks-safe') && !remoteIp ? ' It is safe: it is your own host asking for its usual scopes (details below).' : ''
      }`,
      steps: [
        approveStep(
          request.requestId,
          docker
            ? 'Inside the gateway container (`docker exec -it <container> …`), approve it right away: ids expire after 5 minutes and change when a client retries with other scopes:'
            : 'Approve it right away (on the gateway host, same user, no `--url`): ids expire after 5 minutes and change when a client retries with other scopes:',
        ),
        {
          text: 'Then retry what failed (`sessions_spawn`, the cron job, the CLI command). No gateway restart is needed: the gateway re-reads the pairing store on every connect.',
        },
      ],
      notes: [
        paired && !paired.scopes?.includes('operator.admin') && request.clientId === 'cli'
          ? 'The `Direct scope access failed; using local fallback.` line you will see is normal: approve works through it.'
          : undefined,
        buildNote(c),
      ].filter((n): n is string => n !== undefined),
      ifFails: [
        { text: 'If it answers `unknown requestId`, the id was replaced or expired: do not retry it.' },
        approveNewestLoop(c, request.deviceId ?? failing?.deviceId),
        { text: 'Still failing? Paste what the approve printed: there is a re-pair path that works while the device is narrow.' },
      ],
      notFixes: standardNotFixes(c),
      safety: approveSafety(c, request.scopes ?? failing?.scopesTo, remoteIp),
    };
  },
  examples: {
    fires: [
      {
        name: 'seed thread: the devices list JSON names the CLI repair request',
        thread: [SEED_JSON],
        expect: {
          stage: 'fresh-approve',
          mentions: ['openclaw devices approve 8b796ecc-ba50-427a-b3ff-19c4c5377692'],
          absent: ['0a715a56', '<requestId>'],
        },
      },
      {
        name: 'asked whether it is safe: answered in the lead',
        thread: [SEED_JSON, { text: 'Is it safe to approve that one?' }],
        expect: {
          stage: 'fresh-approve',
          mentions: ['It is safe: it is your own host', 'openclaw devices approve 8b796ecc-ba50-427a-b3ff-19c4c5377692'],
        },
      },
      {
        name: 'real 2026.4.14 capture: failure then list',
        thread: ['openclaw-2026.4.14/stale-baseline/cli-error.txt', 'openclaw-2026.4.14/stale-baseline/devices-list.json'],
        expect: { stage: 'fresh-approve', mentions: ['openclaw devices approve dc4f76b2-9651-46f8-8d23-9954d47b4a6a'] },
      },
      {
        name: '2026.4.20+ openclaw doctor names the pending upgrade',
        thread: [
          {
            text: '$ openclaw doctor\n◇ Device pairing\n- Pending scope upgrade 9f1e2d3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f for cli (b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2): approved scopes [operator.read], requested scopes [operator.admin, operator.read, operator.write]. Review with openclaw devices list, then approve with openclaw devices approve 9f1e2d3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f.\nOpenClaw 2026.4.22 (abc1234)\n',
          },
        ],
        expect: {
          stage: 'fresh-approve',
          mentions: ['openclaw devices approve 9f1e2d3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f', '`operator.read` only'],
        },
      },
      {
        name: 'a first request from a public address is asked about, not called yours',
        thread: [
          {
            text: '{"pending":[{"requestId":"5d1c9a0e-7b2f-4c3d-9e8a-1f2b3c4d5e6f","deviceId":"3f0c1d2e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d","publicKey":"Xq1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1","clientId":"openclaw-control-ui","clientMode":"webchat","role":"operator","scopes":["operator.admin"],"isRepair":false,"ts":1776614450000,"remoteIp":"198.51.100.23"}],"paired":[]}',
          },
        ],
        expect: {
          stage: 'fresh-approve',
          mentions: ['`198.51.100.23`, a public address', 'openclaw devices reject 5d1c9a0e-7b2f-4c3d-9e8a-1f2b3c4d5e6f'],
          absent: ['your own OpenClaw', 'for i in'],
        },
      },
    ],
    silent: [
      { name: 'after the fix nothing is pending', thread: ['openclaw-2026.4.14/stale-baseline/devices-list-after-approve.json'] },
      { name: 'expired by the time of the paste', thread: [SEED_JSON], at: '2026-04-19T16:30:00Z' },
    ],
  },
});
