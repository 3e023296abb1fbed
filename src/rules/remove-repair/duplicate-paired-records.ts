import type { PairedDevice } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import { defineRule, type Step } from '../../triage/rule.ts';
import { grantedScopes, scopesCover } from '../../triage/scopes.ts';
import { isPublicAddress } from '../approve-safety.ts';
import { youSay } from '../said.ts';

interface DuplicateMatch {
  name?: string;
  rows: PairedDevice[];
  /** The rows that hold less than another row of the same name: the likely stale ones. */
  narrower: PairedDevice[];
}

/** Safe inside inline code: no backticks, short. */
function label(s: string): string {
  return s.replace(/[`\n\r]/g, '').slice(0, 60);
}

function sameName(rows: readonly PairedDevice[]): { name: string; rows: PairedDevice[] } | undefined {
  const groups = new Map<string, PairedDevice[]>();
  for (const d of rows) {
    const name = d.displayName ?? d.clientId;
    if (!name) continue;
    const g = groups.get(name);
    if (g) g.push(d);
    else groups.set(name, [d]);
  }
  let best: { name: string; rows: PairedDevice[] } | undefined;
  for (const [name, g] of groups) if (g.length > 1 && (!best || g.length > best.rows.length)) best = { name, rows: g };
  return best;
}

/**
 * Several paired records for what is one app (the same display name, or the asker says the list
 * holds duplicates / keeps growing): each reconnect that failed to keep its identity left a record
 * behind. The stale ones are removed by deviceId, which the table does not show before 2026.9.x
 * (docs/openclaw-facts.md §2.2) but `--json` always does.
 */
export default defineRule<DuplicateMatch>({
  id: 'duplicate-paired-records',
  stage: 'remove-repair',
  priority: 400,
  title: 'Duplicate paired records for one app: find the stale ones by deviceId and remove them',
  docs: [docs.devicesCli],
  match(c) {
    const list = c.devicesList;
    const dup = list ? sameName(list.paired) : undefined;
    if (!dup && !c.said('duplicate-devices')) return undefined;
    if (!dup) return { rows: [], narrower: [] };
    const narrower = dup.rows.filter((d) => dup.rows.some((o) => o !== d && !scopesCover(grantedScopes(d), grantedScopes(o))));
    // The narrower record already asks, live, for the scopes it lacks: approving that request is the
    // fix (a real 2026.4.14 gateway then holds one record with every scope), not removing it.
    const upgrading = narrower.some((d) =>
      list!.pending.some((p) => p.deviceId === d.deviceId && p.requestId && c.requests.get(p.requestId)?.state === 'live'),
    );
    if (upgrading) return undefined;
    return { name: dup.name, rows: dup.rows, narrower };
  },
  advise(m, c) {
    const name = m.name ? `\`${label(m.name)}\`` : 'one app';
    const asked = c.said('asks-device-id') !== undefined;
    // A record from a public address is never named for removal: it may not be a stale copy of theirs.
    const stale = m.narrower.length === 1 && !isPublicAddress(m.narrower[0]!.remoteIp) ? m.narrower[0] : undefined;
    const count = c.devicesList?.complete === false ? `At least ${m.rows.length}` : `${m.rows.length}`;
    const lead = m.rows.length
      ? `${count} paired records are named ${name}${m.narrower.length ? `, and ${m.narrower.length === 1 ? 'one holds' : `${m.narrower.length} hold`} fewer scopes than the others` : ''}: they are stale records of the same app`
      : `${youSay(c, ['duplicate-devices']) ?? 'The device list holds duplicates'}: those are stale records of the same app`;
    const fromTable = c.devicesList?.format !== 'json';
    const find = fromTable
      ? `${asked ? 'The deviceId you are asking for is in the JSON list, not the table' : 'The table hides the deviceIds; the JSON list has them'} (newer builds such as 2026.9.6 also print a Device ID column).`
      : asked
        ? 'The deviceId you are asking for is the `deviceId` field of each row in `openclaw devices list --json`.'
        : undefined;
    const steps: Step[] = [
      {
        text: 'List the paired records with their ids; the stale ones are the rows with fewer scopes, the oldest `approvedAtMs`, or no recent `lastUsedAtMs` in `tokens`:',
        command: 'openclaw devices list --json',
      },
      {
        text: stale?.deviceId
          ? 'Remove the narrower record:'
          : 'Remove each stale record by its `deviceId` (from the Control UI or a device that holds `operator.admin`); keep the one the app uses now:',
        command: `openclaw devices remove ${stale?.deviceId ?? '<deviceId>'}`,
      },
      {
        text: 'If the app then asks to pair again, approve its single new request right after listing it:',
        command: 'openclaw devices approve <requestId>',
      },
    ];
    return {
      summary: find ? `${lead}. ${find}` : `${lead}.`,
      steps,
      notFixes: ['Removing by display name or by row number: `devices remove` takes the deviceId only.'],
      asks: c.devicesList?.format === 'json' ? [] : ['openclaw devices list --json'],
    };
  },
  examples: {
    fires: [
      {
        name: 'three rows with one name, one narrower',
        thread: [
          {
            text: 'How do I find the deviceId to remove the old ones?\nPaired (3)\n┌──────────────┬──────────┬────────────────────────────────────────────────┬──────────┬─────┐\n│ Device       │ Roles    │ Scopes                                         │ Tokens   │ IP  │\n├──────────────┼──────────┼────────────────────────────────────────────────┼──────────┼─────┤\n│ My Laptop    │ operator │ operator.admin, operator.read, operator.write  │ operator │     │\n│ My Laptop    │ operator │ operator.admin, operator.read, operator.write  │ operator │     │\n│ My Laptop    │ operator │ operator.read                                  │ operator │     │\n└──────────────┴──────────┴────────────────────────────────────────────────┴──────────┴─────┘\n',
          },
        ],
        expect: {
          stage: 'remove-repair',
          mentions: ['openclaw devices list --json', 'openclaw devices remove <deviceId>', 'The deviceId you are asking for'],
        },
      },
    ],
    silent: [{ name: 'distinct devices', thread: ['openclaw-2026.4.14/stale-baseline/devices-list-after-approve.json'] }],
  },
});
