import type { DeviceId, RequestId } from './facts.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX64 = /^[0-9a-f]{64}$/;

/** A requestId only when the string is a whole UUID; a cut or wrapped id gives undefined. */
export function asRequestId(s: string | undefined): RequestId | undefined {
  if (s === undefined) return undefined;
  const v = s.trim().toLowerCase();
  return UUID.test(v) ? (v as RequestId) : undefined;
}

/** A deviceId only when the string is a whole 64-hex id. */
export function asDeviceId(s: string | undefined): DeviceId | undefined {
  if (s === undefined) return undefined;
  const v = s.trim().toLowerCase();
  return HEX64.test(v) ? (v as DeviceId) : undefined;
}
