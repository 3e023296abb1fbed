import { defineExtractor } from './extractor.ts';
import type { Fact, OtherPairingFact } from './facts.ts';
import { asRequestId } from './ids.ts';
import type { Paste } from './paste.ts';

const NODE_INVOKE = 'pairing required before node invoke';
const NODE_REQUEST = /Approve pairing request ([0-9a-fA-F-]{36})\b/;
/** `openclaw pairing approve <channel> <CODE>` as a channel bot prints it to the person waiting. */
const CHANNEL_APPROVE = /openclaw pairing approve [a-z][\w-]{1,30} [A-Za-z0-9]{4,16}\b/;

/**
 * Pairing prompts that are not device pairing: `pairing required before node invoke. Approve pairing
 * request <id> and retry.` (reference §1.8) and a chat channel's DM pairing code (§10.3), which is
 * approved with `openclaw pairing`, never `openclaw devices`.
 */
export const otherPairing = defineExtractor({
  name: 'other-pairing',
  extract(paste: Paste): Fact[] {
    const out: Fact[] = [];
    for (const l of paste.linesWith(NODE_INVOKE)) {
      const f: OtherPairingFact = { kind: 'other-pairing', what: 'node-invoke', at: { message: paste.message, line: l.line } };
      const id = asRequestId(NODE_REQUEST.exec(l.text.slice(0, 1000))?.[1]);
      if (id) f.requestId = id;
      out.push(f);
    }
    for (const l of paste.linesWith('openclaw pairing approve ')) {
      const m = CHANNEL_APPROVE.exec(l.text.slice(0, 1000));
      if (!m) continue;
      out.push({ kind: 'other-pairing', what: 'channel-dm', command: m[0], at: { message: paste.message, line: l.line } });
    }
    for (const l of paste.linesWith('Pairing code: ')) {
      if (out.some((f) => f.at.line === l.line)) continue;
      out.push({ kind: 'other-pairing', what: 'channel-dm', at: { message: paste.message, line: l.line } });
    }
    return out;
  },
});
