import type {
  CliResultFact,
  DeviceId,
  DevicesListFact,
  Fact,
  FactKind,
  FactOf,
  PairedDevice,
  PendingRequest,
  Platform,
  RequestId,
  StatementKind,
  VersionFact,
  Where,
} from '../evidence/facts.ts';
import { compareVersions } from '../evidence/version.ts';
import { classifyBuild, type BuildInfo } from './build.ts';
import { scopesCover } from './scopes.ts';
import { isHostClient } from '../openclaw/clients.ts';

/** Approve answers that say the request it named is gone. */
const STALE_OUTCOMES = new Set<CliResultFact['outcome']>(['unknown-request-stale', 'unknown-request-gateway', 'no-match', 'superseded', 'replaced']);

/** Pending requests are pruned 5 minutes after `ts` in every checked version (reference §2.1). */
export const PENDING_TTL_MS = 5 * 60 * 1000;

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

/** The device whose connect is failing and what it asks for, from audit lines, close contexts
 * and repair requests. */
export interface FailingDevice {
  deviceId?: DeviceId;
  /** Printed but not whole (`...`, `a2db8970…`). */
  deviceIdPrefix?: string;
  client?: string;
  reason?: string;
  scopesFrom?: string[];
  scopesTo?: string[];
  roleFrom?: string[];
  roleTo?: string;
  at: Where;
}

export function before(a: Where, b: Where): boolean {
  return a.message < b.message || (a.message === b.message && a.line < b.line);
}

/**
 * A thread's evidence merged into one view: messages oldest first, every fact kept with where it
 * came from, plus the derived views rules ask for. Built once per diagnosis; pure.
 */
export class Case {
  readonly facts: readonly Fact[];
  readonly messageCount: number;
  /** When the newest message was pasted (ms epoch), if known: only then can a request be judged expired. */
  readonly at: number | undefined;
  private readonly byKind = new Map<FactKind, Fact[]>();
  private memo = new Map<string, unknown>();

  constructor(facts: readonly Fact[], opts: { messageCount: number; at?: number }) {
    this.facts = [...facts].sort((a, b) => a.at.message - b.at.message || a.at.line - b.at.line);
    this.messageCount = opts.messageCount;
    this.at = opts.at;
    for (const f of this.facts) {
      let list = this.byKind.get(f.kind);
      if (!list) this.byKind.set(f.kind, (list = []));
      list.push(f);
    }
  }

  private once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  /** Every fact of a kind, oldest first. */
  all<K extends FactKind>(kind: K): FactOf<K>[] {
    return (this.byKind.get(kind) ?? []) as FactOf<K>[];
  }

  /** The newest fact of a kind. */
  latest<K extends FactKind>(kind: K): FactOf<K> | undefined {
    const list = this.byKind.get(kind);
    return list ? (list[list.length - 1] as FactOf<K>) : undefined;
  }

  has(kind: FactKind): boolean {
    return (this.byKind.get(kind)?.length ?? 0) > 0;
  }

  /** The asker's newest statement of that kind (src/evidence/statements.ts): weaker than a
   * pasted output, so rules use it where no output says the same. */
  said(kind: StatementKind): FactOf<'statement'> | undefined {
    return this.all('statement').filter((s) => s.said === kind).at(-1);
  }

  // ── versions ────────────────────────────────────────────────────────────────────────────────

  /** The newest version the CLI printed of itself (`--version`, banner). */
  get cliVersion(): VersionFact | undefined {
    return this.once('cliVersion', () => this.all('version').filter((v) => v.role === 'cli').at(-1));
  }

  /** The gateway's own version (probe `app …`, gateway-side lines). */
  get gatewayVersion(): VersionFact | undefined {
    return this.once('gatewayVersion', () => this.all('version').filter((v) => v.role === 'gateway').at(-1));
  }

  /** The build that decides the advice: the gateway's when known (it enforces pairing), else the CLI's,
   * else any version named. */
  get build(): BuildInfo | undefined {
    return this.once('build', () => {
      // Prose that introduces a version as the asker's own beats one merely named; a version quoted
      // from another issue, a fix or a range bound is never theirs (issue 6 §3).
      const versions = this.all('version');
      const stated = versions
        .filter((v) => v.stated !== undefined && v.role === 'unknown')
        .reduce<VersionFact | undefined>((best, v) => (!best || v.stated! >= best.stated! ? v : best), undefined);
      const f =
        this.gatewayVersion ??
        this.cliVersion ??
        stated ??
        versions.filter((v) => v.role === 'client').at(-1) ??
        versions.filter((v) => !v.quoted).at(-1);
      return f ? classifyBuild(f.version) : undefined;
    });
  }

  /** CLI and gateway report different builds. */
  get versionMismatch(): { cli: VersionFact; gateway: VersionFact } | undefined {
    const cli = this.cliVersion;
    const gateway = this.gatewayVersion;
    if (cli && gateway && compareVersions(cli.version, gateway.version) !== 0) return { cli, gateway };
    return undefined;
  }

  // ── platform and config ─────────────────────────────────────────────────────────────────────

  /** Platforms seen, most specific first (WSL2 and Docker say more than Linux). */
  get platforms(): Platform[] {
    return this.once('platforms', () => {
      const seen = new Set<Platform>(this.all('platform').map((p) => p.platform));
      // Only host clients report the host's `process.platform`; a browser's record says where the
      // browser runs.
      for (const list of this.all('devices-list')) {
        for (const d of [...list.pending, ...list.paired]) {
          if (!isHostClient(d.clientId)) continue;
          const p = d.platform;
          if (p === 'win32') seen.add('windows');
          else if (p === 'darwin') seen.add('macos');
          else if (p === 'linux') seen.add('linux');
        }
      }
      const order: Platform[] = ['docker', 'wsl2', 'windows', 'macos', 'linux', 'android', 'ios'];
      return order.filter((p) => seen.has(p));
    });
  }

  /** Windows without WSL or Docker (whose shells are Linux): commands need PowerShell syntax and
   * `%USERPROFILE%` paths. */
  get onWindows(): boolean {
    const p = this.platforms;
    return p.includes('windows') && !p.includes('wsl2') && !p.includes('docker');
  }

  config(key: FactOf<'config'>['key']): string | undefined {
    return this.all('config').filter((c) => c.key === key).at(-1)?.value;
  }

  // ── devices, requests and approvals ─────────────────────────────────────────────────────────

  /** The newest device list (latest wins). */
  get devicesList(): DevicesListFact | undefined {
    return this.latest('devices-list');
  }

  /** Every `openclaw devices approve` outcome, oldest first. */
  get approveResults(): CliResultFact[] {
    return this.once('approveResults', () => this.all('cli-result').filter((r) => r.command === 'approve'));
  }

  /** Every requestId seen anywhere in the thread, with what became of it. */
  get requests(): Map<RequestId, RequestHistory> {
    return this.once('requests', () => this.buildRequests());
  }

  private buildRequests(): Map<RequestId, RequestHistory> {
    const map = new Map<RequestId, RequestHistory>();
    const see = (id: RequestId, at: Where, info: Partial<RequestHistory> = {}) => {
      const h = map.get(id);
      if (!h) {
        map.set(id, { requestId: id, firstSeen: at, lastSeen: at, state: 'unknown', ...info });
        return;
      }
      if (before(h.lastSeen, at)) h.lastSeen = at;
      h.deviceId ??= info.deviceId;
      h.clientId ??= info.clientId;
      h.scopes ??= info.scopes;
      h.ts ??= info.ts;
    };
    for (const f of this.facts) {
      switch (f.kind) {
        case 'devices-list':
          for (const p of f.pending) {
            if (p.requestId) see(p.requestId, f.at, pendingInfo(p));
          }
          break;
        case 'doctor-pairing':
          if (f.requestId) see(f.requestId, f.at, { deviceId: f.deviceId, scopes: f.requestedScopes, clientId: f.label === 'cli' ? 'cli' : undefined });
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
    // What became of each id, judged from the newest evidence about it. Everything the judgement
    // looks up is indexed first: a long log holds thousands of ids, and a scan per id is quadratic.
    const list = this.devicesList;
    const approved = new Set<RequestId>();
    const staleAnswers = new Map<RequestId, CliResultFact[]>();
    for (const r of this.approveResults) {
      if (!r.requestId) continue;
      if (r.outcome === 'ok') approved.add(r.requestId);
      if (STALE_OUTCOMES.has(r.outcome)) {
        const answers = staleAnswers.get(r.requestId);
        if (answers) answers.push(r);
        else staleAnswers.set(r.requestId, [r]);
      }
    }
    const rejected = new Set<RequestId>();
    for (const r of this.all('cli-result')) if (r.command === 'reject' && r.outcome === 'ok' && r.requestId) rejected.add(r.requestId);
    const listed = new Set<RequestId>();
    for (const p of list?.pending ?? []) if (p.requestId) listed.add(p.requestId);
    // Per device, the newest request's first sighting: whatever was last seen before it is superseded.
    const newestFirstSeen = new Map<DeviceId, Where>();
    for (const h of map.values()) {
      if (!h.deviceId) continue;
      const n = newestFirstSeen.get(h.deviceId);
      if (!n || before(n, h.firstSeen)) newestFirstSeen.set(h.deviceId, h.firstSeen);
    }
    const lastListed = this.lastListedPending();
    for (const h of map.values()) {
      const staleAnswer = staleAnswers.get(h.requestId)?.find((r) => !before(r.at, h.firstSeen));
      const seenAfter = (at: Where) => {
        const l = lastListed.get(h.requestId);
        return l !== undefined && before(at, l);
      };
      if (approved.has(h.requestId)) h.state = 'approved';
      else if (rejected.has(h.requestId)) h.state = 'stale';
      else if (staleAnswer && !seenAfter(staleAnswer.at)) h.state = 'stale';
      else if (this.at !== undefined && h.ts !== undefined && this.at - h.ts > PENDING_TTL_MS) h.state = 'expired';
      else if (list && before(h.lastSeen, list.at) && list.complete && !listed.has(h.requestId)) {
        h.state = 'stale';
      } else if (list && listed.has(h.requestId)) h.state = 'live';
      else if (!list) h.state = 'unknown';
      // A newer request for the same device supersedes this one (a request is never newer than itself:
      // it is first seen no later than it is last seen).
      if (h.state === 'live' || h.state === 'unknown') {
        const newest = h.deviceId ? newestFirstSeen.get(h.deviceId) : undefined;
        if (newest && before(h.lastSeen, newest)) h.state = 'stale';
      }
    }
    return map;
  }

  /** Where each requestId was last listed as pending, over every device list. */
  private lastListedPending(): Map<RequestId, Where> {
    const out = new Map<RequestId, Where>();
    for (const l of this.all('devices-list')) {
      for (const p of l.pending) {
        if (!p.requestId) continue;
        const seen = out.get(p.requestId);
        if (!seen || before(seen, l.at)) out.set(p.requestId, l.at);
      }
    }
    return out;
  }

  /** The device whose connect fails, newest evidence first: audit line, close context, repair request. */
  get failingDevice(): FailingDevice | undefined {
    return this.once('failingDevice', () => {
      const audit = this.latest('upgrade-audit');
      const ctx = this.all('close-context').filter((c) => c.cause === 'pairing-required').at(-1);
      const meta = this.latest('metadata-audit');
      const candidates: FailingDevice[] = [];
      if (audit) {
        candidates.push({
          deviceId: audit.deviceId,
          deviceIdPrefix: audit.deviceIdPrefix,
          client: audit.client,
          reason: audit.reason,
          scopesFrom: audit.scopesFrom,
          scopesTo: audit.scopesTo,
          roleFrom: audit.roleFrom,
          roleTo: audit.roleTo,
          at: audit.at,
        });
      }
      if (ctx?.deviceId) candidates.push({ deviceId: ctx.deviceId, reason: ctx.reason, at: ctx.at });
      if (meta) candidates.push({ deviceId: meta.deviceId, client: meta.client, reason: 'metadata-upgrade', at: meta.at });
      const doctor = this.all('doctor-pairing').filter((d) => d.finding === 'scope-upgrade' || d.finding === 'role-upgrade').at(-1);
      if (doctor) {
        candidates.push({
          deviceId: doctor.deviceId,
          client: doctor.label === 'cli' || doctor.label === 'gateway-client' ? doctor.label : undefined,
          reason: doctor.finding,
          scopesFrom: doctor.approvedScopes,
          scopesTo: doctor.requestedScopes,
          at: doctor.at,
        });
      }
      const repair = this.narrowRepairRequest();
      if (repair) {
        const paired = this.pairedRecord(repair.deviceId);
        candidates.push({
          deviceId: repair.deviceId,
          client: repair.clientId,
          reason: 'scope-upgrade',
          scopesFrom: paired ? grantedScopes(paired) : undefined,
          scopesTo: repair.scopes,
          at: this.devicesList!.at,
        });
      }
      if (candidates.length === 0) return undefined;
      // Prefer a candidate with a whole deviceId; among those the newest; fill gaps from the others
      // about the same device.
      const withId = candidates.filter((c) => c.deviceId);
      const pick = (withId.length ? withId : candidates).reduce((a, b) => (before(a.at, b.at) ? b : a));
      for (const c of candidates) {
        if (c === pick) continue;
        const same = !c.deviceId || !pick.deviceId || c.deviceId === pick.deviceId;
        if (!same) continue;
        pick.client ??= c.client;
        pick.scopesFrom ??= c.scopesFrom;
        pick.scopesTo ??= c.scopesTo;
        pick.deviceIdPrefix ??= c.deviceIdPrefix;
        pick.reason ??= c.reason;
      }
      return pick;
    });
  }

  /** The paired record of a device in the newest list. */
  pairedRecord(deviceId: DeviceId | undefined): PairedDevice | undefined {
    if (!deviceId) return undefined;
    return this.pairedById.get(deviceId);
  }

  /** The newest list's paired records by deviceId (the first of a repeated id, as a search would find). */
  private get pairedById(): Map<DeviceId, PairedDevice> {
    return this.once('pairedById', () => {
      const out = new Map<DeviceId, PairedDevice>();
      for (const p of this.devicesList?.paired ?? []) if (p.deviceId && !out.has(p.deviceId)) out.set(p.deviceId, p);
      return out;
    });
  }

  /** A pending repair request (in the newest list) of a device whose paired record lacks what it asks. */
  private narrowRepairRequest(): (PendingRequest & { deviceId: DeviceId }) | undefined {
    const list = this.devicesList;
    if (!list) return undefined;
    const narrow = list.pending.filter((p): p is PendingRequest & { deviceId: DeviceId } => {
      if (!p.deviceId) return false;
      const paired = list.paired.find((d) => d.deviceId === p.deviceId);
      if (!paired) return false;
      return !scopesCover(grantedScopes(paired), p.scopes ?? []);
    });
    return narrow.sort((a, b) => (b.ts ?? 0) - (a.ts ?? 0))[0];
  }

  /**
   * The pending request to approve now: in the newest list, whole id, not stale or expired, for the
   * failing device when that is known (never another healthy device's), newest first.
   */
  get requestToApprove(): RequestHistory | undefined {
    return this.once('requestToApprove', () => {
      const list = this.devicesList;
      const failing = this.failingDevice;
      const live = [...this.requests.values()].filter((h) => h.state === 'live' || (h.state === 'unknown' && !list));
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
        const paired = this.pairedRecord(h.deviceId);
        return !paired || !scopesCover(grantedScopes(paired), h.scopes ?? []);
      };
      const pool = live.filter(forDevice);
      return pool.sort((a, b) => (b.ts ?? 0) - (a.ts ?? 0) || (before(a.lastSeen, b.lastSeen) ? 1 : -1))[0];
    });
  }

  /** Requests that became stale or expired, newest first. */
  get staleRequests(): RequestHistory[] {
    return [...this.requests.values()]
      .filter((h) => h.state === 'stale' || h.state === 'expired')
      .sort((a, b) => (before(a.lastSeen, b.lastSeen) ? 1 : -1));
  }

  /** Where the newest pairing failure was seen (audit, close, client error, failed command). */
  get lastPairingFailure(): Where | undefined {
    return this.once('lastPairingFailure', () => {
      let last: Where | undefined;
      for (const f of this.facts) {
        if (isPairingFailure(f)) last = f.at;
      }
      return last;
    });
  }

  /** Any evidence that this thread is about OpenClaw device pairing. */
  get hasPairingSignal(): boolean {
    return this.once('hasPairingSignal', () => this.facts.some(isPairingSignal));
  }
}

function pendingInfo(p: PendingRequest): Partial<RequestHistory> {
  return { deviceId: p.deviceId, clientId: p.clientId, scopes: p.scopes, ts: p.ts };
}

/** The scopes a paired record really holds: the approved baseline, else its scopes, else its live tokens'. */
export function grantedScopes(d: PairedDevice): string[] {
  if (d.approvedScopes?.length) return d.approvedScopes;
  if (d.scopes?.length) return d.scopes;
  return (d.tokens ?? []).filter((t) => t.revokedAtMs === undefined).flatMap((t) => t.scopes ?? []);
}

function isIdPrefix(s: string): boolean {
  return /^[0-9a-f]{6,63}$/i.test(s.replace(/[.…]+$/, ''));
}

export function isPairingFailure(f: Fact): boolean {
  switch (f.kind) {
    case 'upgrade-audit':
    case 'metadata-audit':
      return true;
    case 'gateway-closed':
    case 'connect-failed':
      return f.pairing !== undefined;
    case 'closed-before-connect':
      return f.pairingReason !== undefined || (f.reason ?? '').startsWith('pairing required');
    case 'close-context':
      return f.cause === 'pairing-required';
    case 'cli-result':
      return f.outcome === 'pairing-required';
    case 'status-pairing':
      return true;
    case 'spawn-result':
      return f.status === 'error' && /pairing required/.test(f.error ?? '');
    default:
      return false;
  }
}

function isPairingSignal(f: Fact): boolean {
  if (isPairingFailure(f)) return true;
  switch (f.kind) {
    case 'pairing-mention':
    case 'approve-preview':
    case 'doctor-pairing':
      return true;
    case 'devices-list':
      return f.pending.length > 0 || f.paired.length > 0;
    case 'cli-result':
      return f.command === 'approve' || f.command === 'remove' || f.command === 'reject' || f.command === 'clear';
    case 'pairing-log':
      return f.event === 'auto-approved' || f.event === 'approved';
    case 'setup':
      // "awaiting approval", "等待配对审批": a device the asker sees waiting for its pairing approval.
      return f.awaitingApproval === true;
    default:
      return false;
  }
}
