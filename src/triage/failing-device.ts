import type { DeviceId, DevicesListFact, PairedDevice, PendingRequest, Where } from '../evidence/facts.ts';
import { grantedScopes, scopesCover } from './scopes.ts';
import type { ThreadFacts } from './thread-facts.ts';
import { before } from './where.ts';

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

/**
 * The device whose connect fails, newest evidence first: audit line, close context, doctor finding,
 * a repair request in the newest device list. `paired` is that list's records by deviceId.
 */
export function failingDevice(t: ThreadFacts, paired: ReadonlyMap<DeviceId, PairedDevice>): FailingDevice | undefined {
  const audit = t.latest('upgrade-audit');
  const context = t
    .all('close-context')
    .filter((c) => c.cause === 'pairing-required')
    .at(-1);
  const meta = t.latest('metadata-audit');
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
  if (context?.deviceId) candidates.push({ deviceId: context.deviceId, reason: context.reason, at: context.at });
  if (meta) candidates.push({ deviceId: meta.deviceId, client: meta.client, reason: 'metadata-upgrade', at: meta.at });
  const doctor = t
    .all('doctor-pairing')
    .filter((d) => d.finding === 'scope-upgrade' || d.finding === 'role-upgrade')
    .at(-1);
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
  const list = t.latest('devices-list');
  const repair = list && narrowRepairRequest(list);
  if (list && repair) {
    const record = paired.get(repair.deviceId);
    candidates.push({
      deviceId: repair.deviceId,
      client: repair.clientId,
      reason: 'scope-upgrade',
      scopesFrom: record ? grantedScopes(record) : undefined,
      scopesTo: repair.scopes,
      at: list.at,
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
}

/** The newest pending repair request in the list of a device whose paired record lacks what it asks. */
function narrowRepairRequest(list: DevicesListFact): (PendingRequest & { deviceId: DeviceId }) | undefined {
  const narrow = list.pending.filter((request): request is PendingRequest & { deviceId: DeviceId } => {
    if (!request.deviceId) return false;
    const record = list.paired.find((d) => d.deviceId === request.deviceId);
    if (!record) return false;
    return !scopesCover(grantedScopes(record), request.scopes ?? []);
  });
  return narrow.sort((a, b) => (b.ts ?? 0) - (a.ts ?? 0))[0];
}

/** A printed deviceId cut short (`a2db8970…`): enough hex to pick one device by its prefix. */
export function isIdPrefix(s: string): boolean {
  return /^[0-9a-f]{6,63}$/i.test(s.replace(/[.…]+$/, ''));
}
