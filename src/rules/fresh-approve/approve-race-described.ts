import type { StatementKind } from '../../evidence/facts.ts';
import { isHostClient } from '../../openclaw/clients.ts';
import { docs } from '../../openclaw/docs.ts';
import { pairingNotFixes } from '../../openclaw/not-fixes.ts';
import type { Case, FailingDevice } from '../../triage/case.ts';
import { defineRule, type Step } from '../../triage/rule.ts';
import { buildNote } from '../build-note.ts';
import { deviceName } from '../device-name.ts';
import { approveNewestLoop, approveStep, listStep, stopRetryingStep } from '../repairs.ts';
import { statementNotes, youSay } from '../said.ts';

/** What the asker told about the race, in the order the reply repeats it. */
const RACE: readonly StatementKind[] = ['approve-unknown-request', 'request-id-churns', 'approved-still-asks', 'pending-seen'];

/** Clients people name that are not this host's own CLI identity: they are approved, not re-keyed. */
const APP_CLIENTS = new Set(['control-ui', 'node-host', 'mobile-app', 'desktop-app', 'third-party']);

interface RaceMatch {
  failing?: FailingDevice;
  /** The failing device is this host's own CLI/gateway-client identity: the one-line loop may pick it. */
  host: boolean;
  /** The asker described a race (unknown requestId, churning ids), not just a pending request. */
  race: boolean;
}

function describedHost(c: Case): boolean | undefined {
  // A CLI or TUI pointed at a remote gateway is not the gateway host's identity: the loop, run on the
  // gateway host, would pick the wrong device.
  if (
    c.config('gateway.mode') === 'remote' ||
    c.config('gateway.remote.url') !== undefined ||
    c.config('OPENCLAW_GATEWAY_URL') !== undefined
  )
    return false;
  const failing = c.failingDevice;
  if (failing?.client) return isHostClient(failing.client);
  const clients = c
    .all('setup')
    .map((s) => s.client)
    .filter((x) => x !== undefined);
  if (clients.some((x) => APP_CLIENTS.has(x!))) return false;
  if (clients.some((x) => x === 'host-call')) return true;
  return undefined;
}

/**
 * People rarely paste the approve that failed: they say "approve says unknown requestId", "the
 * requestId changes every few seconds", "devices list shows a pending repair request". Reference §3.3:
 * every reconnect with another role/scope set replaces the pending request with a new id, and ids
 * expire after 5 minutes, so an id copied by hand loses the race; listing and approving in one breath
 * wins it (§12: 5 of 5 in a loop).
 */
export default defineRule<RaceMatch>({
  id: 'approve-race-described',
  stage: 'fresh-approve',
  priority: 680,
  title: 'The asker describes approve losing the race with a changing requestId: list and approve in one breath',
  docs: [docs.devicesCli, docs.gatewayTroubleshooting],
  match(c) {
    // A pasted approve outcome or a live id is read by the rules for pasted evidence.
    if (c.approveResults.length > 0 || c.requestToApprove) return undefined;
    const race = c.said('approve-unknown-request') !== undefined || c.said('request-id-churns') !== undefined;
    const asks = c.said('approved-still-asks') !== undefined && c.hasPairingSignal;
    if (!race && !asks && !c.said('pending-seen')) return undefined;
    return { failing: c.failingDevice, host: describedHost(c) === true, race: race || asks };
  },
  advise(m, c) {
    const f = m.failing;
    const who = f ? `your ${deviceName(f.client, f.deviceId, f.deviceIdPrefix)}` : 'the pairing device';
    const heard = youSay(c, RACE);
    const metadata = f?.reason === 'metadata-upgrade' || c.has('metadata-audit');
    const deviceIdPassed = c.said('passed-device-id') !== undefined;
    let summary: string;
    if (deviceIdPassed) {
      // Their own attempt explains the error: answer that first.
      summary = `You say you passed the deviceId to approve: \`openclaw devices approve\` takes the \`requestId\` of a pending entry, so a deviceId always answers \`unknown requestId\`. Take the current requestId of ${who} and approve it in the same breath as listing it.`;
    } else if (m.race) {
      const why = `the id you approved had already been replaced: each reconnect of ${who} that asks for something different${metadata ? ' (other scopes, or changed device details)' : ''} files a new request with a new requestId, and each expires after 5 minutes, so an id copied by hand loses the race`;
      summary = `${heard ? `${heard}. That means ${why}` : `${why.charAt(0).toUpperCase()}${why.slice(1)}`}. Approve the current request in the same breath as listing it.`;
    } else {
      summary = `${heard ?? 'A request is pending'}: that is ${who} asking for more than it is approved for (a first pairing, or a paired device's scope or role upgrade, flagged \`repair\`), and on most builds the gateway does not approve that silently, not even from loopback. Approve it right after listing it.`;
    }

    const steps: Step[] = [];
    if (m.host) {
      steps.push(stopRetryingStep(), approveNewestLoop(c, f?.deviceId));
    } else {
      steps.push(
        {
          text: 'Stop what keeps reconnecting first (the app, node host or client that is pairing; for a CLI, every `openclaw` command is a new connect), so the pending request stops being replaced.',
        },
        listStep(
          c.platforms.includes('docker')
            ? 'Inside the gateway container (`docker exec -it <container> …`), list the pending requests:'
            : 'On the gateway host (same user, no `--url`), list the pending requests:',
        ),
        approveStep(
          undefined,
          'In the same minute, approve the newest entry for that device (highest `ts`; its `clientId` or `displayName` names it, and its `remoteIp`, if any, should be an address you know):',
        ),
        { text: 'Then start the app or client again: it connects with the approved pairing.' },
      );
    }
    const notes: string[] = statementNotes(c, [
      'after-restart',
      'edited-pairing-files',
      ...(deviceIdPassed ? (['passed-device-id'] as const) : []),
    ]);
    const build = buildNote(c);
    if (build) notes.push(build);
    const ifFails: Step[] = [];
    if (metadata) {
      ifFails.push({
        text: 'Still `unknown requestId` right after listing? Restart the gateway (`openclaw gateway restart`) and list and approve again at once: the restart does not change the pairing, but it drops the connections that keep replacing the request.',
      });
    }
    ifFails.push({
      text: 'If the id changes faster than you can approve even in one command, the pairing record is stale: paste `openclaw devices list --json` here and I will name the record to remove and re-pair.',
    });
    const notFixes = ['Approving an id you copied earlier: once replaced or expired it answers `unknown requestId` every time.'];
    if (c.said('edited-pairing-files')) {
      notFixes.push(
        'Editing `paired.json`/`pending.json`/`device-auth.json` by hand: the gateway rewrites them and hand-written entries are not recognised.',
      );
    }
    if (!metadata) notFixes.push(pairingNotFixes.restart);
    return {
      summary,
      steps,
      ifFails,
      notes,
      notFixes,
      asks: c.devicesList ? [] : ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        name: 'described: approve answers unknown requestId while an app keeps retrying',
        thread: [
          {
            text: 'My phone app shows "waiting for approval". I run openclaw devices list, copy the id and run openclaw devices approve with it, but approve says unknown requestId every time. The request id seems to change every few seconds.',
          },
        ],
        expect: {
          stage: 'fresh-approve',
          mentions: ['You say approve answers `unknown requestId`', 'openclaw devices list --json', 'openclaw devices approve <requestId>'],
        },
      },
      {
        name: 'described in Chinese, host CLI identity',
        thread: [
          {
            text: 'sessions_spawn 报错 gateway closed (1008): pairing required\n17:42:10 [gateway] security audit: device access upgrade requested reason=scope-upgrade device=a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60 ip=unknown-ip auth=token roleFrom=operator roleTo=operator scopesFrom=operator.read scopesTo=operator.admin client=cli conn=6faf72c8-34a2-4149-ae2b-3436fd1c83a0\n我批准的时候提示 unknown requestId，requestId 一直在变。',
          },
        ],
        expect: {
          stage: 'fresh-approve',
          mentions: ['unknown requestId', 'a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60', '!r.remoteIp'],
        },
      },
      {
        name: "a TUI on another machine: no loop on the gateway host, which would pick the host's own device",
        thread: [
          {
            text: 'My laptop TUI talks to the gateway over the tailnet (gateway.mode: remote, gateway.remote.url: wss://gw.example.ts.net). Every connect makes a new pairing request and the request id changes before I can approve it.',
          },
        ],
        expect: { stage: 'fresh-approve', mentions: ['openclaw devices approve <requestId>'], absent: ['for i in'] },
      },
    ],
    silent: [
      { name: 'a pasted stale approve is read by approve-after-stale-id', thread: ['seeds/000-6-approve-unknown.txt'] },
      { name: 'nothing about approving', thread: [{ text: 'How do I change the model of my agent?' }] },
    ],
  },
});
