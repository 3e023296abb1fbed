import { defineExtractor } from './extractor.ts';
import type { DoctorPairingFact, Fact } from './facts.ts';
import { asDeviceId, asRequestId } from './ids.ts';
import { keywords } from './keywords.ts';
import type { Paste } from './paste.ts';

/** Lines found through the paste's keyword index (one pass for every extractor's words). */
keywords(['Pending ']);

const UUID = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/;
const HEX64 = /\b[0-9a-fA-F]{64}\b/;
const LABEL = /\bfor ([^()\n]{1,80}?) \(/;
const SCOPES = (which: 'approved' | 'requested') => new RegExp(`${which} scopes \\[([^\\]\\n]{0,400})\\]`);
const APPROVED = SCOPES('approved');
const REQUESTED = SCOPES('requested');

/** The words doctor puts between `Pending` and the id. */
function findingOf(line: string): DoctorPairingFact['finding'] {
  const l = line.toLowerCase();
  if (l.includes('scope upgrade')) return 'scope-upgrade';
  if (l.includes('role upgrade')) return 'role-upgrade';
  if (l.includes('public-key') || l.includes('public key')) return 'public-key-repair';
  if (l.includes('first-time') || l.includes('first time')) return 'first-time';
  if (l.includes('repair')) return 'repair';
  return 'other';
}

function scopes(line: string, re: RegExp): string[] | undefined {
  const m = re.exec(line);
  if (!m) return undefined;
  return m[1]!
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[a-z]+(\.[a-z]+)+$/i.test(s));
}

/**
 * `openclaw doctor`'s Device pairing notes, e.g. `- Pending scope upgrade <requestId> for cli
 * (<deviceId>): approved scopes [operator.read], requested scopes [operator.admin, …]. Review with
 * openclaw devices list, then approve with openclaw devices approve <requestId>.`
 */
export const doctorPairing = defineExtractor({
  name: 'doctor-pairing',
  extract(paste: Paste): Fact[] {
    const out: Fact[] = [];
    for (const l of paste.linesWith('Pending ')) {
      const text = l.text.length > 2000 ? l.text.slice(0, 2000) : l.text;
      const at = text.indexOf('Pending ');
      if (!/^[\s>*•◇│|-]*$/.test(text.slice(0, at))) continue;
      const id = UUID.exec(text);
      // Doctor names the request and says how to approve it; a person's sentence does neither.
      if (!id || !/devices (approve|remove|list)|approved scopes|requested scopes/.test(text)) continue;
      const f: DoctorPairingFact = {
        kind: 'doctor-pairing',
        at: { message: paste.message, line: l.line },
        finding: findingOf(text.slice(at, id.index)),
      };
      const requestId = asRequestId(id[0]);
      if (requestId) f.requestId = requestId;
      const dev = HEX64.exec(text);
      const deviceId = dev ? asDeviceId(dev[0]) : undefined;
      if (deviceId) f.deviceId = deviceId;
      const label = LABEL.exec(text.slice(id.index));
      if (label) f.label = label[1]!.trim();
      const approved = scopes(text, APPROVED);
      if (approved) f.approvedScopes = approved;
      const requested = scopes(text, REQUESTED);
      if (requested) f.requestedScopes = requested;
      out.push(f);
    }
    return out;
  },
});
