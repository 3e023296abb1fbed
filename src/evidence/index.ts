import { approveAnswer } from './approve-answer.ts';
import { approvePreview } from './approve-preview.ts';
import { cliResult } from './cli-result.ts';
import { clientApp } from './client-app.ts';
import { closedBeforeConnect } from './closed-before-connect.ts';
import { config } from './config.ts';
import { connectFailed } from './connect-failed.ts';
import { devicesListJson } from './devices-list-json.ts';
import { devicesListTable } from './devices-list-table.ts';
import { doctorPairing } from './doctor-pairing.ts';
import type { Extractor } from './extractor.ts';
import type { Fact } from './facts.ts';
import { fixedClaim } from './fixed-claim.ts';
import { gatewayClosed } from './gateway-closed.ts';
import { healthyCall } from './healthy-call.ts';
import { otherPairing } from './other-pairing.ts';
import { pairingLog } from './pairing-log.ts';
import { pairingMention } from './pairing-mention.ts';
import { makePaste, type Paste } from './paste.ts';
import { platform } from './platform.ts';
import { secrets } from './secrets.ts';
import { setup } from './setup.ts';
import { statements } from './statements.ts';
import { statusPairing } from './status-pairing.ts';
import { upgradeAudit } from './upgrade-audit.ts';
import { version } from './version.ts';

/** Every extractor, in no particular order: each one is independent of the others. The look-alike
 * extractors are not here: they are built from the rules' declarations and handed in (`more`). */
export const extractors: readonly Extractor[] = [
  version,
  upgradeAudit,
  pairingLog,
  closedBeforeConnect,
  gatewayClosed,
  connectFailed,
  pairingMention,
  cliResult,
  statusPairing,
  doctorPairing,
  otherPairing,
  healthyCall,
  config,
  platform,
  devicesListJson,
  devicesListTable,
  approvePreview,
  approveAnswer,
  secrets,
  setup,
  statements,
  fixedClaim,
  clientApp,
];

/** All facts in one message. Never throws: an extractor that fails is skipped, not fatal. */
export function extractEvidence(raw: string, message = 0, more: readonly Extractor[] = []): Fact[] {
  return extractPaste(makePaste(raw, message), more);
}

/** All facts in one message already made into a paste (a thread's, after its split lists were joined). */
export function extractPaste(paste: Paste, more: readonly Extractor[] = []): Fact[] {
  const facts: Fact[] = [];
  if (paste.binary) {
    facts.push({ kind: 'input-note', note: 'binary', at: { message: paste.message, line: 1 } });
    return facts;
  }
  for (const e of [...extractors, ...more]) {
    try {
      for (const f of e.extract(paste)) facts.push(f);
    } catch {
      // A bug in one extractor must not cost the user the whole diagnosis.
    }
  }
  return facts;
}
