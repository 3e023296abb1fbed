import type { StatementKind } from '../evidence/facts.ts';
import type { Case } from '../triage/case.ts';

/**
 * How a reply says what it took from the asker's own words (src/evidence/statements.ts). A statement
 * is weaker than a pasted output, so the reply names it as theirs ("You say …") instead of stating it
 * as a fact, and never asks again for what they already told. Fixed wording: nothing the asker typed
 * is echoed, so nothing can break out of inline code.
 */
const phrases: Partial<Record<StatementKind, string>> = {
  'approve-unknown-request': 'approve answers `unknown requestId`',
  'request-id-churns': 'the requestId changes with every retry',
  'approved-still-asks': 'approving does not stick (it asks again)',
  'after-restart': 'it comes back after a restart or reboot',
  'edited-pairing-files': 'you edited the pairing files by hand',
  'auth-mode-none': 'auth mode is `none`',
  'passed-device-id': 'you passed the deviceId to approve',
  'nodes-pending-empty': '`openclaw nodes pending` is empty',
  'checked-channel-pairing': '`openclaw pairing` shows nothing pending',
  'duplicate-devices': 'the device list holds duplicate entries',
  'removed-cannot-re-pair': 'after removing the device it cannot pair again',
  'approve-blocked': 'approve itself fails with the same pairing error',
  'one-line-approve-failed': 'even listing and approving in one command fails',
  'pending-seen': '`devices list` shows a pending request',
  'scope-upgrade-described': 'a scope upgrade is waiting for approval',
  'cannot-connect': 'it cannot connect',
  'pairing-trouble': 'pairing fails',
};

/** "You say approve answers `unknown requestId` and the requestId changes with every retry" for the
 * kinds the asker stated, in the order given; undefined when they stated none of them. */
export function youSay(c: Case, kinds: readonly StatementKind[]): string | undefined {
  const said = kinds.filter((k) => c.said(k) !== undefined && phrases[k] !== undefined).map((k) => phrases[k]!);
  if (said.length === 0) return undefined;
  const list = said.length === 1 ? said[0]! : `${said.slice(0, -1).join(', ')} and ${said.at(-1)}`;
  return `You say ${list}`;
}

/** What a reply adds when the asker told it something the steps do not already answer: their own
 * attempt named and why it did not work (docs/openclaw-facts.md §10.3, §3.4, §8.1). At most two. */
const notesFor: Partial<Record<StatementKind, string>> = {
  'edited-pairing-files':
    'You say you edited the pairing files by hand: the gateway keeps its own paired record and rewrites those files, and hand-written entries are not recognised, so the approval has to go through `openclaw devices`.',
  'after-restart':
    'You say it comes back after a restart: a restart does not change the pairing, so the same narrow record asks again until its request is approved.',
  'auth-mode-none':
    'You say auth mode is `none`: the 2026.4.25 fix that keeps internal calls off the device pairing covers token and password auth; `none` was covered only in later builds (present in 2026.6.11, first build unverified).',
  'nodes-pending-empty':
    'You say `openclaw nodes pending` is empty: it lists node pairing only; a device pairing, repair or upgrade request shows in `openclaw devices list`.',
  'passed-device-id':
    'You say you passed the deviceId: `openclaw devices approve` takes the `requestId` of a pending entry; a deviceId always answers `unknown requestId`.',
};

export function statementNotes(c: Case, skip: readonly StatementKind[] = []): string[] {
  const out: string[] = [];
  for (const [kind, note] of Object.entries(notesFor) as [StatementKind, string][]) {
    if (out.length === 2) break;
    if (!skip.includes(kind) && c.said(kind)) out.push(note);
  }
  return out;
}
