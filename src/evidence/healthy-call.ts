import { defineExtractor } from './extractor.ts';
import type { Fact, HealthyCallFact, SpawnResultFact } from './facts.ts';
import { keywords } from './keywords.ts';
import { lineTime, type Paste, type PasteLine, unescapeJsonOnce } from './paste.ts';

const GATEWAY_CALL = 'Gateway call: ';
/** `Gateway call: health` is followed by the pretty JSON; `"ok": true` is its first key. */
const CALL_LOOKAHEAD = 4;
const RES_OK = '⇄ res ✓ ';
/** Lines found through the paste's keyword index (one pass for every extractor's words). */
keywords([GATEWAY_CALL, 'Connect: ok', RES_OK]);

/**
 * Methods only `operator.admin` may call (docs/openclaw-facts.md §4.4): a `⇄ res ✓` for one of them proves an
 * admin connection works. Read-scoped methods prove nothing about the upgrade.
 */
const ADMIN_METHODS = new Set([
  'sessions.patch',
  'sessions.reset',
  'sessions.delete',
  'sessions.compact',
  'sessions.compaction.restore',
  'agents.create',
  'agents.update',
  'agents.delete',
  'agents.files.set',
  'skills.install',
  'skills.update',
  'secrets.reload',
  'secrets.resolve',
  'cron.add',
  'cron.update',
  'cron.remove',
  'cron.run',
  'channels.logout',
  'chat.inject',
  'web.login.start',
  'web.login.wait',
  'set-heartbeats',
  'system-event',
]);
const ADMIN_PREFIXES = ['exec.approvals.', 'wizard.', 'update.'];

function isAdminMethod(m: string): boolean {
  if (ADMIN_METHODS.has(m)) return true;
  if (m.startsWith('config.')) return m !== 'config.get' && m !== 'config.schema';
  return ADMIN_PREFIXES.some((p) => m.startsWith(p));
}

function healthy(paste: Paste, l: PasteLine, what: HealthyCallFact['what']): HealthyCallFact {
  const f: HealthyCallFact = { kind: 'healthy-call', at: { message: paste.message, line: l.line }, what };
  const time = lineTime(l.text);
  if (time !== undefined) f.time = time;
  return f;
}

function gatewayCalls(paste: Paste, out: Fact[]): void {
  for (const l of paste.linesWith(GATEWAY_CALL)) {
    const m = /^\s*Gateway call: ([\w.-]{1,60})\s*$/.exec(l.text.length > 200 ? l.text.slice(0, 200) : l.text);
    if (!m) continue;
    const method = m[1]!;
    let ok = false;
    for (let i = l.line; i < paste.lineCount() && i < l.line + CALL_LOOKAHEAD; i++) {
      const next = paste.line(i + 1).trim();
      if (next === '' || next === '{') continue;
      ok = method === 'health' ? /^"ok":\s*true\b/.test(next) : /^["[{]/.test(next);
      break;
    }
    if (ok) out.push(healthy(paste, l, method === 'health' ? 'health' : method === 'status' ? 'status' : 'other'));
  }
}

function probes(paste: Paste, out: Fact[]): void {
  for (const l of paste.linesWith('Connect: ok')) {
    if (/\bRPC: ok\b/.test(l.text.length > 400 ? l.text.slice(0, 400) : l.text)) out.push(healthy(paste, l, 'probe'));
  }
}

function adminResponses(paste: Paste, out: Fact[]): void {
  for (const l of paste.linesWith(RES_OK)) {
    const at = l.text.indexOf(RES_OK) + RES_OK.length;
    const method = /^[\w.-]{1,80}/.exec(l.text.slice(at, at + 80))?.[0];
    if (method && isAdminMethod(method)) out.push(healthy(paste, l, 'other'));
  }
}

/** A sessions_spawn result names its child session; other tools' `"status"` keys are not spawns. */
const SPAWN_CONTEXT = ['childSessionKey', 'sessions_spawn', 'subagent'];
const CONTEXT_WINDOW = 800;
/** `"status": "accepted"` at escaping level 0, 1 (`\"status\"`) and 2 (`\\\"status\\\"`). */
const STATUS = /(\\{0,3})"status\1"\s*:\s*\1"(accepted|error|forbidden)\1"/g;
const MAX_ERROR = 500;

/** The `"error"` string value after the status, unescaped `level` times first. */
function spawnError(text: string, from: number, level: number): string | undefined {
  let s = text.slice(from, from + 4000);
  for (let i = 0; i < level; i++) s = unescapeJsonOnce(s);
  const m = /^[^{}]{0,400}?"error"\s*:\s*"/.exec(s);
  if (!m) return undefined;
  let i = m[0].length;
  let v = '';
  for (; i < s.length && v.length < MAX_ERROR; i++) {
    const c = s[i]!;
    if (c === '"' || c === '\n') break;
    if (c === '\\' && i + 1 < s.length) {
      const n = s[++i]!;
      v += n === 'n' ? '\n' : n === 't' ? '\t' : n;
    } else v += c;
  }
  return v.trim() || undefined;
}

/** `text.indexOf('"status') !== -1`, searching from the `s`: a search that starts with a quote is slow. */
function hasQuotedStatus(text: string): boolean {
  for (let i = text.indexOf('status', 1); i !== -1; i = text.indexOf('status', i + 6)) if (text[i - 1] === '"') return true;
  return false;
}

function spawnResults(paste: Paste, out: Fact[]): void {
  const text = paste.text;
  if (!hasQuotedStatus(text)) return;
  const seen = new Set<string>();
  STATUS.lastIndex = 0;
  for (let m = STATUS.exec(text); m; m = STATUS.exec(text)) {
    const lo = Math.max(0, m.index - CONTEXT_WINDOW);
    const window = text.slice(lo, m.index + m[0].length + CONTEXT_WINDOW);
    if (!SPAWN_CONTEXT.some((k) => window.indexOf(k) !== -1)) continue;
    const status = m[2] as SpawnResultFact['status'];
    const l = paste.lineAt(m.index);
    // A tool result carries the same result twice (text content and details): one fact per line.
    const key = `${l.line}|${status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const f: SpawnResultFact = { kind: 'spawn-result', at: { message: paste.message, line: l.line }, status };
    if (status !== 'accepted') {
      const slashes = m[1]!.length;
      const error = spawnError(text, m.index + m[0].length, slashes === 0 ? 0 : slashes === 1 ? 1 : 2);
      if (error) f.error = error;
    }
    const time = lineTime(l.text);
    if (time !== undefined) f.time = time;
    out.push(f);
    if (status === 'accepted') out.push(healthy(paste, l, 'sessions-spawn'));
  }
}

/**
 * HealthyCallFact (a gateway call that now works: health, probe, admin-only RPCs, an accepted
 * spawn) and SpawnResultFact (every sessions_spawn tool result).
 */
export const healthyCall = defineExtractor({
  name: 'healthy-call',
  extract(paste: Paste): Fact[] {
    const out: Fact[] = [];
    gatewayCalls(paste, out);
    probes(paste, out);
    adminResponses(paste, out);
    spawnResults(paste, out);
    out.sort((a, b) => a.at.line - b.at.line);
    return out;
  },
});
