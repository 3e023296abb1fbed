import type { DeviceId, DevicesListFact, PairedDevice } from '../evidence/facts.ts';

/** A device list's paired records by deviceId (the first of a repeated id, as a search would find). */
export function pairedById(list: DevicesListFact | undefined): Map<DeviceId, PairedDevice> {
  const out = new Map<DeviceId, PairedDevice>();
  for (const record of list?.paired ?? []) if (record.deviceId && !out.has(record.deviceId)) out.set(record.deviceId, record);
  return out;
}
