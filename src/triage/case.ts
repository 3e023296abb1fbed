import type {
  CliResultFact,
  DeviceId,
  DevicesListFact,
  Fact,
  FactOf,
  PairedDevice,
  Platform,
  RequestId,
  StatementKind,
  VersionFact,
  Where,
} from '../evidence/facts.ts';
import { isHostClient } from '../openclaw/clients.ts';
import type { BuildInfo } from './build.ts';
import { type FailingDevice, failingDevice } from './failing-device.ts';
import { pairedById } from './paired.ts';
import { approveResults, type RequestHistory, requestHistories, requestToApprove, staleRequests } from './requests.ts';
import { ThreadFacts } from './thread-facts.ts';
import { buildOf, cliVersion, gatewayVersion, versionMismatch } from './versions.ts';

// The views' types and the order of positions are part of what rules get with a case.
export type { FailingDevice } from './failing-device.ts';
export type { RequestHistory } from './requests.ts';
export { before } from './where.ts';

/**
 * A thread's evidence merged into one view: its facts oldest first (ThreadFacts), plus the derived
 * views rules ask for, each computed once on first use. The views live in their own modules: the
 * request history (requests.ts), the failing device (failing-device.ts), the versions
 * (versions.ts). Built once per diagnosis; pure.
 */
export class Case extends ThreadFacts {
  private readonly memo = new Map<string, unknown>();

  private once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  /** The asker's newest statement of that kind (src/evidence/statements.ts): weaker than a
   * pasted output, so rules use it where no output says the same. */
  said(kind: StatementKind): FactOf<'statement'> | undefined {
    return this.all('statement')
      .filter((s) => s.said === kind)
      .at(-1);
  }

  // ── versions ────────────────────────────────────────────────────────────────────────────────

  /** The newest version the CLI printed of itself (`--version`, banner). */
  get cliVersion(): VersionFact | undefined {
    return this.once('cliVersion', () => cliVersion(this));
  }

  /** The gateway's own version (probe `app …`, gateway-side lines). */
  get gatewayVersion(): VersionFact | undefined {
    return this.once('gatewayVersion', () => gatewayVersion(this));
  }

  /** The build that decides the advice: the gateway's when known (it enforces pairing), else the CLI's,
   * else any version named. */
  get build(): BuildInfo | undefined {
    return this.once('build', () => buildOf(this, { cli: this.cliVersion, gateway: this.gatewayVersion }));
  }

  /** CLI and gateway report different builds. */
  get versionMismatch(): { cli: VersionFact; gateway: VersionFact } | undefined {
    return versionMismatch(this.cliVersion, this.gatewayVersion);
  }

  // ── platform and config ─────────────────────────────────────────────────────────────────────

  /** Platforms seen, most specific first (WSL2 and Docker say more than Linux). */
  get platforms(): Platform[] {
    return this.once('platforms', () => {
      const seen = new Set<Platform>(this.all('platform').map((f) => f.platform));
      // Only host clients report the host's `process.platform`; a browser's record says where the
      // browser runs.
      for (const list of this.all('devices-list')) {
        for (const device of [...list.pending, ...list.paired]) {
          if (!isHostClient(device.clientId)) continue;
          if (device.platform === 'win32') seen.add('windows');
          else if (device.platform === 'darwin') seen.add('macos');
          else if (device.platform === 'linux') seen.add('linux');
        }
      }
      const order: Platform[] = ['docker', 'wsl2', 'windows', 'macos', 'linux', 'android', 'ios'];
      return order.filter((p) => seen.has(p));
    });
  }

  /** Windows without WSL or Docker (whose shells are Linux): commands need PowerShell syntax and
   * `%USERPROFILE%` paths. */
  get onWindows(): boolean {
    const seen = this.platforms;
    return seen.includes('windows') && !seen.includes('wsl2') && !seen.includes('docker');
  }

  config(key: FactOf<'config'>['key']): string | undefined {
    return this.all('config')
      .filter((c) => c.key === key)
      .at(-1)?.value;
  }

  // ── devices, requests and approvals ─────────────────────────────────────────────────────────

  /** The newest device list (latest wins). */
  get devicesList(): DevicesListFact | undefined {
    return this.latest('devices-list');
  }

  /** Every `openclaw devices approve` outcome, oldest first. */
  get approveResults(): CliResultFact[] {
    return this.once('approveResults', () => approveResults(this));
  }

  /** Every requestId seen anywhere in the thread, with what became of it. */
  get requests(): Map<RequestId, RequestHistory> {
    return this.once('requests', () => requestHistories(this));
  }

  /** The device whose connect fails, newest evidence first: audit line, close context, repair request. */
  get failingDevice(): FailingDevice | undefined {
    return this.once('failingDevice', () => failingDevice(this, this.pairedById));
  }

  /** The paired record of a device in the newest list. */
  pairedRecord(deviceId: DeviceId | undefined): PairedDevice | undefined {
    if (!deviceId) return undefined;
    return this.pairedById.get(deviceId);
  }

  private get pairedById(): Map<DeviceId, PairedDevice> {
    return this.once('pairedById', () => pairedById(this.devicesList));
  }

  /**
   * The pending request to approve now: in the newest list, whole id, not stale or expired, for the
   * failing device when that is known (never another healthy device's), newest first.
   */
  get requestToApprove(): RequestHistory | undefined {
    return this.once('requestToApprove', () =>
      requestToApprove(this.requests, { hasList: this.devicesList !== undefined, failing: this.failingDevice, paired: this.pairedById }),
    );
  }

  /** Requests that became stale or expired, newest first. */
  get staleRequests(): RequestHistory[] {
    return staleRequests(this.requests);
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
    case 'pairing-mention':
      // Quoted with its requirement, the close reason is the failure itself, told in a sentence.
      return f.reason !== undefined;
    default:
      return false;
  }
}

const PAIRING_STATEMENTS: ReadonlySet<StatementKind> = new Set(['request-id-churns', 'scope-upgrade-described', 'approve-unknown-request']);

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
    case 'statement':
      // Told in words, but only pairing requests do these: a look-alike elsewhere in the thread is
      // then a side issue, not the answer.
      return PAIRING_STATEMENTS.has(f.said);
    default:
      return false;
  }
}
