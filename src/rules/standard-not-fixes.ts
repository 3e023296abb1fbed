import { pairingNotFixes } from '../openclaw/not-fixes.ts';
import type { Case } from '../triage/case.ts';

/** The "what will not help" list for a stale baseline; the remove/clear line only where the CLI itself is the narrow device. */
export function standardNotFixes(c: Case): string[] {
  const list: string[] = [pairingNotFixes.restart, pairingNotFixes.insecureAuth, pairingNotFixes.rotate, pairingNotFixes.spawnParams];
  if (c.all('cli-result').some((r) => r.outcome === 'pairing-required') || c.failingDevice?.client === 'cli') {
    list.push(pairingNotFixes.removeNarrow);
  }
  list.push(pairingNotFixes.wipeState);
  return list;
}
