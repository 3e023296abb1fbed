import type { CliResultFact, DeviceId, PairedDevice, PendingRequest, RequestId, Where } from '../evidence/facts.ts';
import { type FailingDevice, isIdPrefix } from './failing-device.ts';
import { grantedScopes, scopesCover } from './scopes.ts';
import type { ThreadFacts } from './thread-facts.ts';
import { before } from './where.ts';

/** Approve answers that say the request it named is gone. */
const STALE_OUTCOMES = new Set<CliResultFact['outcome']>([
  'unknown-request-stale',
  'unknown-request-gateway',
  'no-match',
  'superseded',
  'replaced',
]);

/** Pending requests are pruned 5 minutes after `ts` in every checked version (docs/openclaw-facts.md §2.1). */
const PENDING_TTL_MS = 5 * 60 * 1000;

export type RequestState =
  /** In the newest device list, not superseded, not expired. */
  | 'live'
  /** Approved (`Approved <deviceId> (<requestId>)`). */
  | 'approved'
  /** Replaced by a newer request, or answered `unknown requestId` through the local fallback. */
  | 'stale'
  /** Older than 5 minutes at the time of the paste. */
  | 'expired'
  /** Seen, but nothing newer says whether it still stands. */
  | 'unknown';

/** Everything the thread shows about one requestId. */
export interface RequestHistory {
  requestId: RequestId;
  deviceId?: DeviceId;
  clientId?: string;
  scopes?: string[];
  ts?: number;
  firstSeen: Where;
  lastSeen: Where;
  state: RequestState;
}

/** Every `openclaw devices approve` outcome, oldest first. */
export function approveResults(t: ThreadFacts): CliResultFact[] {
  return t.all('cli-result').filter((r) => r.command === 'approve');
}

/** Every requestId seen anywhere in the thread, with what became of it. */
export function requestHistories(t: ThreadFacts): Map<RequestId, RequestHistory> {
  const histories = new Map<RequestId, RequestHistory>();
  const see = (id: RequestId, at: Where, info: Partial<RequestHistory> = {}) => {
    const seen = histories.get(id);
    if (!seen) {
      histories.set(id, { requestId: id, firstSeen: at, lastSeen: at, state: 'unknown', ...info });
      return;
    }
    if (before(seen.lastSeen, at)) seen.lastSeen = at;
    seen.deviceId ??= info.deviceId;
    seen.clientId ??= info.clientId;
    seen.scopes ??= info.scopes;
    seen.ts ??= info.ts;
  };
  for (const f of t.facts) {
    switch (f.kind) {
      case 'devices-list':
        for (const pending of f.pending) {
          if (pending.requestId) see(pending.requestId, f.at, pendingInfo(pending));
        }
        break;
      case 'doctor-pairing':
        if (f.requestId) {
          see(f.requestId, f.at, { deviceId: f.deviceId, scopes: f.requestedScopes, clientId: f.label === 'cli' ? 'cli' : undefined });
        }
        break;
      case 'approve-preview':
        if (f.requestId) see(f.requestId, f.at, { deviceId: f.deviceId, scopes: f.scopes });
        break;
      case 'connect-failed':
        // A log line's time stands in for the request's creation time: close enough to judge expiry.
        if (f.pairing?.requestId) see(f.pairing.requestId, f.at, { ts: f.time });
        break;
      case 'close-context':
        if (f.requestId) see(f.requestId, f.at, { deviceId: f.deviceId, ts: f.time });
        break;
      case 'cli-result':
        // Only approvals speak about a request still to approve; a reject's id is gone either way.
        if (f.command === 'approve' && f.requestId) see(f.requestId, f.at, { deviceId: f.deviceId });
        if (f.currentRequestId) see(f.currentRequestId, f.at);
        break;
      default:
        break;
    }
  }
  judge(t, histories);
  return histories;
}

/**
 * What became of each id, judged from the newest evidence about it. Everything the judgement looks
 * up is indexed first: a long log holds thousands of ids, and a scan per id is quadratic.
 */
function judge(t: ThreadFacts, histories: Map<RequestId, RequestHistory>): void {
  const list = t.latest('devices-list');
  const approved = new Set<RequestId>();
  const staleAnswers = new Map<RequestId, CliResultFact[]>();
  for (const r of approveResults(t)) {
    if (!r.requestId) continue;
    if (r.outcome === 'ok') approved.add(r.requestId);
    if (STALE_OUTCOMES.has(r.outcome)) {
      const answers = staleAnswers.get(r.requestId);
      if (answers) answers.push(r);
      else staleAnswers.set(r.requestId, [r]);
    }
  }
  const rejected = new Set<RequestId>();
  for (const r of t.all('cli-result')) if (r.command === 'reject' && r.outcome === 'ok' && r.requestId) rejected.add(r.requestId);
  const listed = new Set<RequestId>();
  for (const pending of list?.pending ?? []) if (pending.requestId) listed.add(pending.requestId);
  // Per device, the newest request's first sighting: whatever was last seen before it is superseded.
  const newestFirstSeen = new Map<DeviceId, Where>();
  for (const history of histories.values()) {
    if (!history.deviceId) continue;
    const newest = newestFirstSeen.get(history.deviceId);
    if (!newest || before(newest, history.firstSeen)) newestFirstSeen.set(history.deviceId, history.firstSeen);
  }
  const lastListed = lastListedPending(t);
  for (const history of histories.values()) {
    const staleAnswer = staleAnswers.get(history.requestId)?.find((r) => !before(r.at, history.firstSeen));
    const seenAfter = (at: Where) => {
      const listedAt = lastListed.get(history.requestId);
      return listedAt !== undefined && before(at, listedAt);
    };
    if (approved.has(history.requestId)) history.state = 'approved';
    else if (rejected.has(history.requestId)) history.state = 'stale';
    else if (staleAnswer && !seenAfter(staleAnswer.at)) history.state = 'stale';
    else if (t.at !== undefined && history.ts !== undefined && t.at - history.ts > PENDING_TTL_MS) history.state = 'expired';
    else if (list && before(history.lastSeen, list.at) && list.complete && !listed.has(history.requestId)) {
      history.state = 'stale';
    } else if (list && listed.has(history.requestId)) history.state = 'live';
    else if (!list) history.state = 'unknown';
    // A newer request for the same device supersedes this one (a request is never newer than itself:
    // it is first seen no later than it is last seen).
    if (history.state === 'live' || history.state === 'unknown') {
      const newest = history.deviceId ? newestFirstSeen.get(history.deviceId) : undefined;
      if (newest && before(history.lastSeen, newest)) history.state = 'stale';
    }
  }
}

/** Where each requestId was last listed as pending, over every device list. */
function lastListedPending(t: ThreadFacts): Map<RequestId, Where> {
  const out = new Map<RequestId, Where>();
  for (const list of t.all('devices-list')) {
    for (const pending of list.pending) {
      if (!pending.requestId) continue;
      const seen = out.get(pending.requestId);
      if (!seen || before(seen, list.at)) out.set(pending.requestId, list.at);
    }
  }
  return out;
}

function pendingInfo(pending: PendingRequest): Partial<RequestHistory> {
  return { deviceId: pending.deviceId, clientId: pending.clientId, scopes: pending.scopes, ts: pending.ts };
}

/**
 * The pending request to approve now: in the newest list (any live or unknown one when the thread
 * has no list), whole id, not stale or expired, for the failing device when that is known (never
 * another healthy device's), newest first.
 */
export function requestToApprove(
  histories: ReadonlyMap<RequestId, RequestHistory>,
  thread: { hasList: boolean; failing: FailingDevice | undefined; paired: ReadonlyMap<DeviceId, PairedDevice> },
): RequestHistory | undefined {
  const { failing, paired } = thread;
  const live = [...histories.values()].filter((h) => h.state === 'live' || (h.state === 'unknown' && !thread.hasList));
  const forDevice = (h: RequestHistory) => {
    // An id with no device comes from the failing connection's own error (≥ 2026.4.20 messages,
    // doctor): it is that connection's request.
    if (!h.deviceId) return true;
    if (failing?.deviceId) return h.deviceId === failing.deviceId;
    if (failing?.deviceIdPrefix && h.deviceId && isIdPrefix(failing.deviceIdPrefix)) {
      return h.deviceId.startsWith(failing.deviceIdPrefix.toLowerCase());
    }
    // Without a known failing device, only a request whose device is paired narrower than it asks,
    // or a first-time request, is a candidate; a healthy device's request is not.
    const record = paired.get(h.deviceId);
    return !record || !scopesCover(grantedScopes(record), h.scopes ?? []);
  };
  const pool = live.filter(forDevice);
  return pool.sort((a, b) => (b.ts ?? 0) - (a.ts ?? 0) || (before(a.lastSeen, b.lastSeen) ? 1 : -1))[0];
}

/** Requests that became stale or expired, newest first. */
export function staleRequests(histories: ReadonlyMap<RequestId, RequestHistory>): RequestHistory[] {
  return [...histories.values()]
    .filter((h) => h.state === 'stale' || h.state === 'expired')
    .sort((a, b) => (before(a.lastSeen, b.lastSeen) ? 1 : -1));
}
