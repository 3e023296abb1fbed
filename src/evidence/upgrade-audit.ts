import { defineExtractor } from './extractor.ts';
import type { Fact, MetadataAuditFact, UpgradeAuditFact } from './facts.ts';
import { asDeviceId } from './ids.ts';
import { keywords } from './keywords.ts';
import { fieldValue, lineTime, type Paste, type PasteLine } from './paste.ts';

const ACCESS = 'device access upgrade requested';
const METADATA = 'device metadata upgrade requested';
/** Lines found through the paste's keyword index (one pass for every extractor's words). */
keywords([ACCESS, METADATA, 'scopesFrom']);

const ACCESS_KEYS = ['reason', 'device', 'ip', 'auth', 'roleFrom', 'roleTo', 'scopesFrom', 'scopesTo', 'client', 'conn'];
const METADATA_KEYS = [
  'reason',
  'device',
  'ip',
  'auth',
  'payload',
  'claimedPlatform',
  'pinnedPlatform',
  'claimedDeviceFamily',
  'pinnedDeviceFamily',
  'client',
  'conn',
];
/** A wrapped line's continuation starts with one of the line's own fields. */
const CONTINUATION =
  /^\s*(?:reason|device|ip|auth|payload|roleFrom|roleTo|scopesFrom|scopesTo|claimedPlatform|pinnedPlatform|claimedDeviceFamily|pinnedDeviceFamily|client|conn)=/;
/** A line that ends inside a value (`scopesTo=operator.admin,` / `client=`) goes on without a space. */
const CUT_MID_VALUE = /(?:^|\s)(?:roleFrom|scopesFrom|scopesTo)=[\w.,:-]*,$|(?:^|\s)[A-Za-z]{2,20}=$/;
/** How far a cut line is followed: the format has 10–11 fields, two screen wraps at most. */
const MAX_CONTINUATION_LINES = 3;
const MAX_LINE = 64 * 1024;

/** A value cut by the pasting (`con…`, `operator.re...`) is not a value. */
function truncated(v: string): boolean {
  return v.endsWith('…') || v.endsWith('...');
}

function clean(v: string | undefined): string | undefined {
  if (v === undefined || v === '' || truncated(v)) return undefined;
  return v;
}

function list(v: string | undefined): string[] | undefined {
  const s = clean(v);
  if (s === undefined) return undefined;
  if (s === '<none>') return [];
  // A trailing comma means the list was cut where the line wrapped.
  if (s.endsWith(',')) return undefined;
  return s.split(',').filter((x) => x !== '');
}

/** The audit text from the keyword on, with wrapped continuation lines joined back on. */
function auditText(paste: Paste, l: PasteLine, hit: number, lastKey: string): string {
  let s = l.text.slice(hit, hit + MAX_LINE);
  if (fieldValue(s, lastKey) !== undefined) return s;
  for (let i = l.line; i < paste.lineCount() && i < l.line + MAX_CONTINUATION_LINES; i++) {
    const next = paste.line(i + 1);
    const cutMidValue = CUT_MID_VALUE.test(s.length > 256 ? s.slice(-256) : s);
    if (!CONTINUATION.test(next) && !cutMidValue) break;
    s += (cutMidValue ? '' : ' ') + next.trim().slice(0, MAX_LINE);
    if (fieldValue(s, lastKey) !== undefined) break;
  }
  return s;
}

function setDevice(f: { deviceId?: UpgradeAuditFact['deviceId']; deviceIdPrefix?: string }, raw: string | undefined): void {
  if (raw === undefined || raw === '') return;
  const id = asDeviceId(raw);
  if (id) f.deviceId = id;
  else f.deviceIdPrefix = raw;
}

/** A paraphrase names the reason in words ("The reason is scope-upgrade.") instead of `reason=`. */
const REASON_WORD = /\b(scope-upgrade|role-upgrade)\b/;

function accessFact(paste: Paste, l: PasteLine, s: string): UpgradeAuditFact | undefined {
  let reason = fieldValue(s, 'reason');
  if (reason === undefined) reason = REASON_WORD.exec(s.slice(0, 400))?.[1];
  if (reason !== 'scope-upgrade' && reason !== 'role-upgrade') return undefined;
  const f: UpgradeAuditFact = { kind: 'upgrade-audit', at: { message: paste.message, line: l.line }, reason };
  setDevice(f, fieldValue(s, 'device'));
  const ip = clean(fieldValue(s, 'ip'));
  if (ip) f.ip = ip;
  const auth = clean(fieldValue(s, 'auth'));
  if (auth) f.auth = auth;
  const roleFrom = list(fieldValue(s, 'roleFrom'));
  if (roleFrom) f.roleFrom = roleFrom;
  const roleTo = clean(fieldValue(s, 'roleTo'));
  if (roleTo) f.roleTo = roleTo;
  const scopesFrom = list(fieldValue(s, 'scopesFrom'));
  if (scopesFrom) f.scopesFrom = scopesFrom;
  const scopesTo = list(fieldValue(s, 'scopesTo'));
  if (scopesTo) f.scopesTo = scopesTo;
  const client = clean(fieldValue(s, 'client'));
  if (client) f.client = client;
  const conn = clean(fieldValue(s, 'conn'));
  if (conn) f.conn = conn;
  return f;
}

function metadataFact(paste: Paste, l: PasteLine, s: string): MetadataAuditFact {
  const f: MetadataAuditFact = { kind: 'metadata-audit', at: { message: paste.message, line: l.line } };
  const device = fieldValue(s, 'device');
  const id = device === undefined ? undefined : asDeviceId(device);
  if (id) f.deviceId = id;
  for (const key of ['claimedPlatform', 'pinnedPlatform', 'claimedDeviceFamily', 'pinnedDeviceFamily', 'client', 'conn'] as const) {
    const v = clean(fieldValue(s, key));
    if (v !== undefined) f[key] = v;
  }
  return f;
}

function scan(paste: Paste, needle: string, keys: string[], build: (l: PasteLine, s: string) => Fact | undefined, out: Fact[]): void {
  for (const l of paste.linesWith(needle)) {
    const hit = l.text.indexOf(needle);
    const s = auditText(paste, l, hit + needle.length, keys[keys.length - 1]!);
    const f = build(l, s);
    if (!f) continue;
    const time = lineTime(l.text);
    if (time !== undefined) f.time = time;
    out.push(f);
  }
}

/** `key: value` as people retype the audit fields, one or two to a line. */
const COLON_FIELD = /\b(reason|device|roleFrom|roleTo|scopesFrom|scopesTo|client)\s*:\s*"?/g;
/** Lines around a `scopesFrom` that may hold the rest of its fields. */
const FIELD_WINDOW = 3;

/**
 * The audit's fields without its `security audit: …` head: `reason: scope-upgrade` on one line and
 * `scopesFrom=operator.read scopesTo=operator.admin` on the next, as people copy them out of a log
 * viewer or retype them under an error. Needs both scope lists and a reason within a few lines.
 */
function splitFields(paste: Paste, out: Fact[]): void {
  const claimed = new Set(out.map((f) => f.at.line));
  for (const l of paste.linesWith('scopesFrom')) {
    if (claimed.has(l.line) || l.text.indexOf(ACCESS) !== -1 || l.text.length > 4096) continue;
    // An audit found above already holds these fields when it wrapped onto this line.
    if (out.some((f) => f.kind === 'upgrade-audit' && l.line - f.at.line >= 0 && l.line - f.at.line <= MAX_CONTINUATION_LINES)) continue;
    const parts: string[] = [];
    for (let i = Math.max(1, l.line - FIELD_WINDOW); i <= Math.min(paste.lineCount(), l.line + 1); i++)
      parts.push(paste.line(i).slice(0, 4096));
    const s = parts.join(' ').replace(COLON_FIELD, '$1=');
    if (fieldValue(s, 'scopesTo') === undefined || fieldValue(s, 'reason') === undefined) continue;
    const f = accessFact(paste, l, s);
    if (!f) continue;
    const time = lineTime(l.text);
    if (time !== undefined) f.time = time;
    out.push(f);
  }
}

/**
 * `security audit: device access upgrade requested …` (UpgradeAuditFact) and `… device metadata
 * upgrade requested …` (MetadataAuditFact), in console, journald, file-log and paraphrased forms.
 */
export const upgradeAudit = defineExtractor({
  name: 'upgrade-audit',
  extract(paste: Paste): Fact[] {
    const out: Fact[] = [];
    scan(paste, ACCESS, ACCESS_KEYS, (l, s) => accessFact(paste, l, s), out);
    scan(paste, METADATA, METADATA_KEYS, (l, s) => metadataFact(paste, l, s), out);
    splitFields(paste, out);
    return out;
  },
});
