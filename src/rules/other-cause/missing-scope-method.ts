import { ahead, type PhraseSite } from '../../evidence/lookalike-signs.ts';
import type { Paste } from '../../evidence/paste.ts';
import { docs } from '../../openclaw/docs.ts';
import type { Step } from '../../triage/rule.ts';
import { ASK_VERSION, code } from './lookalike/advice.ts';
import { fires, PAIRING_FIXTURE, silent } from './lookalike/examples.ts';
import { lookalikeRule } from './lookalike/rule.ts';

declare module '../../evidence/facts.ts' {
  interface LookalikeCauses {
    'missing-scope-method': true;
  }
}

/** Offsets of lines that are an `openclaw …` command someone ran (`$ openclaw …`, `PS C:\> openclaw …`). */
function commandStarts(paste: Paste): { start: number; approve: boolean }[] {
  const out: { start: number; approve: boolean }[] = [];
  for (const l of paste.linesWith('openclaw ')) {
    const at = l.text.indexOf('openclaw ');
    const prefix = l.text.slice(0, at).trim();
    if (prefix.length > 80) continue;
    if (prefix !== '' && !/[$#>%]$/.test(prefix)) continue;
    const cmd = l.text.slice(at);
    out.push({ start: l.start, approve: /^openclaw (?:devices|nodes) approve\b/.test(cmd) });
  }
  return out;
}

/** Where an approve command or call is named (the four never overlap). */
const APPROVAL = /devices approve|nodes approve|device\.pair\.approve|node\.pair\.approve/gi;

function approvalsIn(text: string): number[] {
  const out: number[] = [];
  APPROVAL.lastIndex = 0;
  for (let m = APPROVAL.exec(text); m; m = APPROVAL.exec(text)) out.push(m.index);
  return out;
}

/** The largest value in a sorted list that is below `limit`, or -1. */
function lastBefore(sorted: number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < limit) {
      found = sorted[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * `missing scope:` is the approver's problem, not a look-alike, when it answers `devices approve`
 * (docs/openclaw-facts.md §11.E/§11.D2). It is that when the approve text is above it in the same message and no
 * other `openclaw` command was run in between.
 */
function inApproveOutput(x: PhraseSite): boolean {
  if (x.perLine('rpc-approve', () => x.low.includes('device.pair.approve') || x.low.includes('node.pair.approve'))) return true;
  const approveAt = lastBefore(
    x.perPaste('approvals', () => approvalsIn(x.paste.text)),
    x.line.start + x.col,
  );
  if (approveAt === -1) return false;
  const list = x.perPaste('commands', () => commandStarts(x.paste));
  // Newest command line that starts before the hit's line.
  let lo = 0;
  let hi = list.length - 1;
  let idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < x.line.start) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (idx === -1) return true;
  const last = list[idx]!;
  // A later non-approve command owns the error, unless the approve text comes after it.
  return last.approve || last.start < approveAt;
}

/**
 * Reference §11.D1/D3: a method call on an open connection refused with `missing scope: X`. The
 * connection was granted fewer scopes than it needs (often a stored device token's scopes). Unlike a
 * pairing failure it creates no request, so no approve command is given; a pending upgrade, if any,
 * is looked at from the list first. Some 2026.5 builds also returned it by mistake.
 */
export default lookalikeRule({
  id: 'missing-scope-method',
  priority: 730,
  title: 'A gateway method was refused for a missing operator scope (`missing scope: …`)',
  docs: [docs.operatorScopes, docs.updating],
  causes: ['missing-scope-method'],
  // `missing scope: <scope>` on a method call, unless it is what `devices approve` answered.
  phrases: [
    {
      needle: 'missing scope: ',
      guard: (x) => !inApproveOutput(x),
      detail: (x) => /^missing scope: ([a-z][a-z0-9._-]{0,60})/.exec(ahead(x, 80))?.[1]?.replace(/\.$/, ''),
    },
  ],
  // A pasted `missing scope:` answer beats pairing only named in prose ("like the earlier pairing
  // required reports"): with no pasted pairing failure, the refused call is the problem in front of them.
  leadsOverPairing: (_m, c) => c.lastPairingFailure === undefined,
  advise(m, c) {
    const scope = m.fact.detail;
    const scopeText = scope ? code(scope) : 'a scope';
    const v = c.build?.version;
    // The method-gate mistake was seen on 2026.5.x and again on 2026.6.x (corpus threads); say so only there.
    const gateBugBuild = v !== undefined && v.year === 2026 && (v.month === 5 || v.month === 6);
    const steps: Step[] = [];
    if (gateBugBuild) {
      steps.push({
        text: `On ${v.year}.${v.month}.x, internal calls (\`sessions_spawn\`, cron, tools) were reported to fail with \`missing scope:\` even when the stored scopes are complete: a bug in that build (not verified here), not your pairing. Try a newer build (a newer image if the gateway runs in a container), then retry.`,
      });
    }
    steps.push({
      text: 'Connect with the shared gateway token instead of a stored device token: a CLI or backend client that has the gateway token gets the scopes it asks for. Locally that is `gateway.auth.token` in `openclaw.json`; for a remote gateway `gateway.remote.token`. Then retry the command that failed.',
    });
    if (scope === 'operator.read') {
      // A connection without even read scope is a token-only one: typically a browser on plain HTTP.
      steps.push({
        text: 'If this is the Control UI opened over plain HTTP from another machine: the browser cannot make its device identity there, so it connects without scopes. Open it over HTTPS (a reverse proxy, Tailscale Serve) or through an SSH tunnel at http://127.0.0.1:18789.',
        command: 'ssh -N -L 18789:127.0.0.1:18789 <user>@<gateway-host>',
      });
    }
    steps.push({
      text: 'Check which scopes this device holds, and whether a scope upgrade for it is pending (on the gateway host):',
      command: 'openclaw devices list --json',
    });
    return {
      summary: `A gateway call was refused with ${code(`missing scope: ${scope ?? '…'}`)}: the connection is open but was granted fewer scopes than this method needs (it lacks ${scopeText}). This did not create a pairing request, so there is nothing to approve for it.`,
      steps,
      ifFails: [
        {
          text: 'If that list shows a pending request for this device, it is a real pairing request: paste the list here and I will give you the exact command. Do not approve requests you do not recognise.',
        },
      ],
      notFixes: [
        'Removing or clearing devices: the device is paired; this call just lacks a scope.',
        '`devices rotate` to add scopes: rotation cannot go beyond what the device was approved for.',
      ],
      asks: [ASK_VERSION, 'openclaw devices list --json'],
      notes: [
        'If it still fails, also paste the command that failed with its full output.',
        ...(scope === 'operator.admin'
          ? ['`operator.admin` is needed for e.g. `/new` and `/reset` in chat and for session management; it covers every other scope.']
          : []),
      ],
    };
  },
  examples: {
    fires: [
      fires('method call', ['$ openclaw cron list\n[openclaw] Reason: missing scope: operator.read'], ['operator.read', 'HTTPS']),
      fires('a 2026.5 build', ['OpenClaw 2026.5.4\nsessions_spawn failed: missing scope: operator.write'], ['newer build']),
      fires('HTTP 403 body', ['{"ok":false,"error":{"type":"forbidden","message":"missing scope: operator.write"}}'], ['operator.write']),
    ],
    silent: [
      silent('pairing', [PAIRING_FIXTURE]),
      silent('answer to devices approve is not a look-alike', [
        {
          text: '$ openclaw devices approve 8b796ecc-ba50-427a-b3ff-19c4c5377692\n[openclaw] Failed to start CLI: GatewayClientRequestError: missing scope: operator.admin',
        },
      ]),
    ],
  },
});
