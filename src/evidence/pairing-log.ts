import { defineExtractor } from './extractor.ts';
import type { Fact, PairingLogFact } from './facts.ts';
import { asDeviceId } from './ids.ts';
import { fieldValue, lineTime, type Paste, type PasteLine } from './paste.ts';
import { escapeRegExp } from './regex-escape.ts';

/**
 * The gateway's own wording (docs/openclaw-facts.md §1.3). Each is followed directly by ` device=`, which keeps a
 * person's sentence ("the device pairing approved screen…") from matching.
 */
const EVENTS: ReadonlyArray<[string, PairingLogFact['event']]> = [
  ['device pairing auto-approved device=', 'auto-approved'],
  ['device pairing approved device=', 'approved'],
  ['device pairing removed device=', 'removed'],
  ['device pairing removal denied device=', 'removal-denied'],
  ['device token rotated device=', 'token-rotated'],
  ['device token rotation denied device=', 'rotation-denied'],
  ['device token revoked device=', 'token-revoked'],
  ['device token revocation denied device=', 'revocation-denied'],
];

/** All the wordings in one pass (no two can match at one position), rather than a pass each. */
const ANY_EVENT = new RegExp(EVENTS.map(([needle]) => escapeRegExp(needle)).join('|'), 'g');

/** The lines holding each wording, in order, each line once per wording. */
function linesByWording(paste: Paste): Map<string, PasteLine[]> {
  const text = paste.text;
  const out = new Map<string, PasteLine[]>();
  ANY_EVENT.lastIndex = 0;
  for (let m = ANY_EVENT.exec(text); m; m = ANY_EVENT.exec(text)) {
    const lines = out.get(m[0]) ?? [];
    const last = lines[lines.length - 1];
    if (!last || m.index > last.end) lines.push(paste.lineAt(m.index));
    out.set(m[0], lines);
    ANY_EVENT.lastIndex = m.index + 1;
  }
  return out;
}

/** PairingLogFact: approvals, removals and token rotations/revocations as the gateway logs them. */
export const pairingLog = defineExtractor({
  name: 'pairing-log',
  extract(paste: Paste): Fact[] {
    const out: PairingLogFact[] = [];
    const byWording = linesByWording(paste);
    for (const [needle, event] of EVENTS) {
      for (const l of byWording.get(needle) ?? []) {
        const rest = l.text.slice(l.text.indexOf(needle) + needle.length - 'device='.length);
        const f: PairingLogFact = { kind: 'pairing-log', at: { message: paste.message, line: l.line }, event };
        const device = asDeviceId(fieldValue(rest, 'device'));
        if (device) f.deviceId = device;
        const role = fieldValue(rest, 'role');
        if (role && role !== 'unknown') f.role = role;
        const reason = fieldValue(rest, 'reason');
        if (reason) f.reason = reason;
        const time = lineTime(l.text);
        if (time !== undefined) f.time = time;
        out.push(f);
      }
    }
    out.sort((a, b) => a.at.line - b.at.line);
    return out;
  },
});
