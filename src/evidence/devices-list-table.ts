/**
 * `openclaw devices list` as a table (docs/openclaw-facts.md §2.2): Unicode or ASCII borders, the 4.14, 4.20+
 * and 9.6 column sets. OpenClaw wraps long cells over several lines with no separator between
 * rows, so cells are reassembled by column, and an id is only taken as whole when it is provably
 * so: the printed pieces must be exactly what OpenClaw's own wrapper prints for that id at that
 * column width, and the row must be seen to end. Anything less stays a fragment.
 */

import { LOCAL_FALLBACK_NOTICE } from './devices-list-json.ts';
import { defineExtractor } from './extractor.ts';
import type { DevicesListFact, DeviceToken, Fact, InputNoteFact, PairedDevice, PendingRequest, Where } from './facts.ts';
import { asDeviceId, asRequestId } from './ids.ts';
import type { Paste } from './paste.ts';

const EMPTY_NOTICE = 'No device pairing entries.';
/** Lines a single table may span; a longer run is not a devices table. */
const MAX_TABLE_LINES = 5000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX64 = /^[0-9a-f]{64}$/;

/**
 * OpenClaw's `wrapLine` (src/terminal/table.ts) for plain text: fill to `width`, break after the
 * last space, tab, `/`, `-`, `_` or `.` when the next character would overflow, else hard-break.
 */
export function wrapLikeOpenClaw(text: string, width: number): string[] {
  if (width <= 0) return [text];
  const lines: string[] = [];
  let buf = '';
  let lastBreak = -1;
  const pushLine = (v: string): void => {
    const cleaned = v.trimEnd();
    if (cleaned.trim().length > 0) lines.push(cleaned);
  };
  const flushAt = (at: number): void => {
    if (buf.length === 0) return;
    if (at <= 0) {
      pushLine(buf);
      buf = '';
      lastBreak = -1;
      return;
    }
    pushLine(buf.slice(0, at));
    let rest = buf.slice(at);
    let k = 0;
    while (k < rest.length && (rest[k] === ' ' || rest[k] === '\t')) k++;
    rest = rest.slice(k);
    buf = rest;
    lastBreak = -1;
  };
  for (const ch of text) {
    if (buf.length + 1 > width && buf.length > 0) flushAt(lastBreak);
    buf += ch;
    if (ch === ' ' || ch === '\t' || ch === '/' || ch === '-' || ch === '_' || ch === '.') lastBreak = buf.length;
  }
  flushAt(buf.length);
  return lines.length > 0 ? lines : [''];
}

type Border = 'unicode' | 'ascii';

interface Table {
  border: Border;
  /** Index (in `lines`) of the top border. */
  top: number;
  headers: string[];
  /** Content width of each column (border segment minus one space of padding each side). */
  widths: number[];
  /** Data rows: for each row, for each column, the printed pieces (top-aligned, non-empty). */
  rows: string[][][];
  /** Per row: its end was seen (a following row or the bottom border). */
  closed: boolean[];
  /** Per row: every line was sliced at the border positions (so pieces are exact). */
  exact: boolean[];
  /** The bottom border was reached. */
  finished: boolean;
  /** Index after the table's last line. */
  next: number;
}

function isBorderLine(s: string, border: Border): boolean {
  if (s.length < 3) return false;
  if (border === 'unicode') return /^[┌├└][─┬┼┴]*[┐┤┘]$/.test(s);
  return /^\+[-+]*\+$/.test(s);
}

function junctions(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '┌' || c === '┬' || c === '┐' || c === '├' || c === '┼' || c === '┤' || c === '└' || c === '┴' || c === '┘' || c === '+')
      out.push(i);
  }
  return out;
}

/** One printed line's cells; `exact` when sliced at the border positions. */
function splitRow(line: string, cuts: number[], v: string): { cells: string[]; exact: boolean } | undefined {
  if (!line.startsWith(v)) return undefined;
  const n = cuts.length - 1;
  let aligned = line.length >= cuts[n]! + 1;
  for (const c of cuts) if (line[c] !== v) aligned = false;
  if (aligned) {
    const cells: string[] = [];
    for (let k = 0; k < n; k++) {
      const raw = line.slice(cuts[k]! + 1, cuts[k + 1]!);
      // Exactly one space of padding: keep any further leading space, it is part of the content.
      cells.push((raw.startsWith(' ') ? raw.slice(1) : raw).trimEnd());
    }
    return { cells, exact: true };
  }
  // Wide characters or an edited paste shift the borders: fall back to splitting on the bar.
  const parts = line.split(v);
  if (parts.length !== n + 2 || parts[parts.length - 1]!.trim() !== '') return undefined;
  return { cells: parts.slice(1, n + 1).map((p) => p.trim()), exact: false };
}

/** Columns holding comma/semicolon lists: a wrap inside them leaves a separator or break char. */
const LIST_COLUMNS = new Set(['Role', 'Roles', 'Scopes', 'Tokens', 'Flags', 'Requested', 'Approved']);

/**
 * Could `next` be the wrapped continuation of `prev` in a column of this width? Only if the
 * wrapper had to break there: the start of `next` did not fit on `prev`'s line.
 */
function couldContinue(prev: string, next: string, width: number, header: string, soFar: readonly string[]): boolean {
  if (header === 'Request' || header === 'Device ID') {
    // One id per cell: a whole id never continues, and pieces never add up past an id's length.
    if (UUID.test(prev) || HEX64.test(prev)) return false;
    return soFar.join('').length + next.length <= (header === 'Request' ? 36 : 64);
  }
  if (prev.length >= width) return true;
  if (LIST_COLUMNS.has(header) && !/[,;:/_.-]$/.test(prev)) return false;
  const sep = /[/_.-]$/.test(prev) ? 0 : 1;
  const seg = /^[^ /_.-]*[/_.-]?/.exec(next)?.[0] ?? next;
  // The wrapper breaks when the character after the segment overflows, hence the + 1.
  return prev.length + sep + seg.length + 1 > width;
}

/**
 * Rows are not separated by a line, so a printed line starts a new row when any column could not
 * be continuing its cell: it was empty on the line before (a cell's wrapped lines are contiguous
 * from the row's first line), or its text would have fitted on the line before.
 */
function startsNewRow(
  prev: readonly string[],
  cur: readonly string[],
  headers: readonly string[],
  widths: readonly number[],
  row: string[][] | undefined,
): boolean {
  for (let k = 0; k < cur.length; k++) {
    const c = cur[k]!;
    if (c === '') continue;
    const p = prev[k] ?? '';
    if (p === '') return true;
    if (!couldContinue(p, c, widths[k] ?? 0, headers[k] ?? '', row?.[k] ?? [])) return true;
  }
  return false;
}

function readTable(lines: readonly string[], top: number): Table | undefined {
  const topLine = lines[top]!.trim();
  const border: Border = topLine.startsWith('+') ? 'ascii' : 'unicode';
  const v = border === 'ascii' ? '|' : '│';
  const cuts = junctions(topLine);
  if (cuts.length < 3) return undefined;
  const headerLine = lines[top + 1]?.trim();
  if (headerLine === undefined) return undefined;
  const header = splitRow(headerLine, cuts, v);
  if (!header) return undefined;
  const headers = header.cells.map((h) => h.trim());
  if (!headers.includes('Device') && !headers.includes('Request')) return undefined;
  const widths: number[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) widths.push(cuts[k + 1]! - cuts[k]! - 1 - 2);

  let i = top + 2;
  const sep = lines[i]?.trim();
  if (sep !== undefined && isBorderLine(sep, border)) i++;

  const rows: string[][][] = [];
  const closed: boolean[] = [];
  const exact: boolean[] = [];
  let prev: string[] | undefined;
  let finished = false;
  const limit = Math.min(lines.length, top + MAX_TABLE_LINES);
  for (; i < limit; i++) {
    const line = lines[i]!.trim();
    if (isBorderLine(line, border)) {
      finished = true;
      i++;
      break;
    }
    const r = splitRow(line, cuts, v);
    if (!r) break;
    const startsRow = prev === undefined || startsNewRow(prev, r.cells, headers, widths, rows[rows.length - 1]);
    if (startsRow) {
      if (rows.length > 0) closed[rows.length - 1] = true;
      rows.push(r.cells.map((c) => (c === '' ? [] : [c])));
      closed.push(false);
      exact.push(r.exact);
    } else {
      const row = rows[rows.length - 1]!;
      r.cells.forEach((c, k) => {
        if (c !== '') row[k]!.push(c);
      });
      if (!r.exact) exact[exact.length - 1] = false;
    }
    prev = r.cells;
  }
  if (finished && rows.length > 0) closed[rows.length - 1] = true;
  return { border, top, headers, widths, rows, closed, exact, finished, next: i };
}

/** Text of a wrapped cell for reading: a wrap at a space lost that space, other breaks lost nothing. */
function readable(pieces: readonly string[]): string {
  let out = '';
  for (const p of pieces) {
    if (out === '') out = p;
    else out += /[-/_.]$/.test(out) ? p : ` ${p}`;
  }
  return out.trim();
}

/** Comma lists (scopes, roles): list items hold no spaces, so a wrap only ever removed spaces. */
function list(pieces: readonly string[]): string[] {
  return pieces
    .join('')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

interface IdCell {
  id?: string;
  fragment?: string;
  /** Pieces that look like an id but could not be proved whole. */
  unproved: boolean;
}

/**
 * An id cell is whole only when re-wrapping the candidate at the column width reproduces the
 * printed pieces exactly and nothing after it can be missing (the row ended, or the id kind has a
 * fixed length and the candidate has it in one piece).
 */
function proveId(pieces: readonly string[], width: number, rowClosed: boolean, exact: boolean, shape: RegExp, withIp = false): IdCell {
  const joined = pieces.join('');
  // 4.20+ prints `<deviceId> · <ip>`; neither part holds a space, so joining pieces loses none.
  const dot = withIp ? joined.lastIndexOf('·') : -1;
  const core = dot === -1 ? joined : joined.slice(0, dot).trimEnd();
  const suffix = dot === -1 ? '' : ` · ${joined.slice(dot + 1).trim()}`;
  const looksLikeId = /^[0-9a-f-]{6,}[.…]*$/.test(core);
  if (!looksLikeId) return { unproved: false };
  if (shape.test(core) && exact) {
    const rewrap = wrapLikeOpenClaw(core + suffix, width);
    const same = rewrap.length === pieces.length && rewrap.every((p, k) => p === pieces[k]);
    if (same && (rowClosed || pieces.length === 1)) return { id: core, unproved: false };
  }
  return { fragment: core.slice(0, 80), unproved: true };
}

function col(headers: readonly string[], name: string): number {
  return headers.indexOf(name);
}

function cellOf(row: string[][], k: number): string[] {
  return k === -1 ? [] : (row[k] ?? []);
}

/** `roles: operator; scopes: operator.admin, operator.read` (4.20+ Requested/Approved). */
function rolesAndScopes(pieces: readonly string[]): { roles?: string[]; scopes?: string[] } {
  const out: { roles?: string[]; scopes?: string[] } = {};
  for (const part of pieces.join('').split(';')) {
    const colon = part.indexOf(':');
    if (colon === -1) continue;
    const key = part.slice(0, colon).trim();
    const values = part
      .slice(colon + 1)
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '' && s !== 'none');
    if (key === 'roles') out.roles = values;
    else if (key === 'scopes') out.scopes = values;
  }
  return out;
}

function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

interface Built<T> {
  entries: T[];
  unproved: boolean;
  /** A row was dropped or is not fully readable. */
  partial: boolean;
}

/** Splits `<label> · <ip>` (4.20+ Device column). */
function deviceAndIp(text: string): { label: string; ip?: string } {
  const dot = text.lastIndexOf('·');
  if (dot === -1) return { label: text };
  const ip = text.slice(dot + 1).trim();
  return { label: text.slice(0, dot).trim(), ip: ip === '' ? undefined : ip };
}

function buildPending(t: Table): Built<PendingRequest> {
  const h = t.headers;
  const cReq = col(h, 'Request');
  const cDev = col(h, 'Device');
  const cRole = col(h, 'Role');
  const cScopes = col(h, 'Scopes');
  const cIp = col(h, 'IP');
  const cFlags = col(h, 'Flags');
  const cRequested = col(h, 'Requested');
  const cStatus = col(h, 'Status');
  const entries: PendingRequest[] = [];
  let unproved = false;
  let partial = false;
  t.rows.forEach((row, r) => {
    const closed = t.closed[r]!;
    const exact = t.exact[r]!;
    const req = proveId(cellOf(row, cReq), t.widths[cReq] ?? 0, closed, exact, UUID);
    if (req.unproved) unproved = true;
    const e: PendingRequest = {};
    if (req.id) e.requestId = asRequestId(req.id);
    else if (req.fragment) e.requestIdFragment = req.fragment;
    if (!closed) {
      // A cut row's other cells may be missing lines: keep only its (provable) request id.
      partial = true;
      if (e.requestId || e.requestIdFragment) entries.push(e);
      return;
    }
    const devPieces = cellOf(row, cDev);
    const devText = readable(devPieces);
    const { label, ip } = cRequested !== -1 ? deviceAndIp(devText) : { label: devText, ip: undefined };
    const dev = proveId(devPieces, t.widths[cDev] ?? 0, closed, exact, HEX64, cRequested !== -1);
    if (dev.id) e.deviceId = asDeviceId(dev.id);
    else if (dev.fragment) {
      e.deviceIdFragment = dev.fragment;
      unproved = true;
    } else if (label !== '') e.displayName = label;
    if (cRole !== -1) {
      const role = readable(cellOf(row, cRole));
      if (role) e.role = role;
    }
    if (cScopes !== -1) e.scopes = list(cellOf(row, cScopes));
    if (cRequested !== -1) {
      const rs = rolesAndScopes(cellOf(row, cRequested));
      if (rs.roles) {
        e.roles = rs.roles;
        if (rs.roles.length === 1) e.role = rs.roles[0];
      }
      if (rs.scopes) e.scopes = rs.scopes;
    }
    if (cIp !== -1) {
      const v = readable(cellOf(row, cIp));
      if (v) e.remoteIp = v;
    } else if (ip) e.remoteIp = ip;
    if (cFlags !== -1) e.isRepair = list(cellOf(row, cFlags)).includes('repair');
    if (cStatus !== -1)
      e.isRepair = readable(cellOf(row, cStatus))
        .split(',')
        .some((s) => s.trim() === 'repair');
    if (!e.requestId && !e.requestIdFragment) partial = true;
    entries.push(clean(e));
  });
  return { entries, unproved, partial };
}

function tokensOf(pieces: readonly string[]): DeviceToken[] {
  const text = readable(pieces);
  if (text === 'none' || text === '') return [];
  const out: DeviceToken[] = [];
  for (const part of text.split(',')) {
    const p = part.trim();
    // A revoked token authenticates nothing; the table gives no time to record it with.
    if (p === '' || p.endsWith('(revoked)')) continue;
    out.push({ role: p });
  }
  return out;
}

function buildPaired(t: Table): Built<PairedDevice> {
  const h = t.headers;
  const cDev = col(h, 'Device');
  const cId = col(h, 'Device ID');
  const cRoles = col(h, 'Roles');
  const cScopes = col(h, 'Scopes');
  const cTokens = col(h, 'Tokens');
  const cIp = col(h, 'IP');
  const entries: PairedDevice[] = [];
  let unproved = false;
  let partial = false;
  t.rows.forEach((row, r) => {
    const closed = t.closed[r]!;
    const exact = t.exact[r]!;
    if (!closed) {
      partial = true;
      return;
    }
    const e: PairedDevice = {};
    const devPieces = cellOf(row, cDev);
    if (cId !== -1) {
      // 9.6: a label column and an id column (the id may be shortened; the block below has it whole).
      const id = proveId(cellOf(row, cId), t.widths[cId] ?? 0, closed, exact, HEX64);
      if (id.id) e.deviceId = asDeviceId(id.id);
      else if (id.fragment) {
        e.deviceIdFragment = id.fragment.replace(/[.…]+$/, '');
        unproved = true;
      }
      const label = readable(devPieces);
      if (label) e.displayName = label;
    } else {
      const dev = proveId(devPieces, t.widths[cDev] ?? 0, closed, exact, HEX64);
      if (dev.id) e.deviceId = asDeviceId(dev.id);
      else if (dev.fragment) {
        e.deviceIdFragment = dev.fragment;
        unproved = true;
      } else {
        const label = readable(devPieces);
        if (label) e.displayName = label;
      }
    }
    if (cRoles !== -1) e.roles = list(cellOf(row, cRoles));
    if (e.roles?.length === 1) e.role = e.roles[0];
    if (cScopes !== -1) e.scopes = list(cellOf(row, cScopes));
    if (cTokens !== -1) e.tokens = tokensOf(cellOf(row, cTokens));
    if (cIp !== -1) {
      const v = readable(cellOf(row, cIp));
      if (v) e.remoteIp = v;
    }
    entries.push(clean(e));
  });
  return { entries, unproved, partial };
}

const FULL_ID_LINE = /^\s+([0-9a-f]{64})(?:\s+(.{1,200}))?$/;

/** 9.6 `Full device IDs` block: one whole id per line with its label; matched to rows, never added. */
function applyFullIds(lines: readonly string[], from: number, paired: PairedDevice[]): { next: number; unmatched: boolean } {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  if (i >= lines.length || !/^Full device IDs:?$/.test(lines[i]!.trim())) return { next: from, unmatched: false };
  i++;
  let unmatched = false;
  for (; i < lines.length; i++) {
    const m = FULL_ID_LINE.exec(lines[i]!);
    if (!m) break;
    const id = asDeviceId(m[1]);
    const label = m[2]?.trim();
    if (!id) continue;
    if (paired.some((p) => p.deviceId === id)) continue;
    const candidates = paired.filter(
      (p) =>
        !p.deviceId &&
        ((p.deviceIdFragment !== undefined && id.startsWith(p.deviceIdFragment)) || (label !== undefined && p.displayName === label)),
    );
    if (candidates.length === 1) {
      candidates[0]!.deviceId = id;
      delete candidates[0]!.deviceIdFragment;
    } else unmatched = true;
  }
  return { next: i, unmatched };
}

/** `Pending (2)` / `Paired (1)` just above the table, if printed. */
function headingAbove(lines: readonly string[], top: number): { kind: 'pending' | 'paired'; count: number; line: number } | undefined {
  for (let k = top - 1; k >= Math.max(0, top - 2); k--) {
    const m = /^(Pending|Paired)\s*\((\d{1,5})\)\s*$/.exec(lines[k]!.trim());
    if (m) return { kind: m[1] === 'Pending' ? 'pending' : 'paired', count: Number(m[2]), line: k };
  }
  return undefined;
}

interface Group {
  at: Where;
  pending: PendingRequest[];
  paired: PairedDevice[];
  sawPending: boolean;
  sawPaired: boolean;
  complete: boolean;
  unproved: boolean;
  lastLine: number;
}

export const devicesListTable = defineExtractor({
  name: 'devices-list-table',
  extract(paste: Paste): Fact[] {
    const text = paste.text;
    const hasTable = text.indexOf('│') !== -1 || text.indexOf('+-') !== -1;
    const emptyAt = text.indexOf(EMPTY_NOTICE);
    if (!hasTable && emptyAt === -1) return [];
    const facts: Fact[] = [];
    const fallback = text.indexOf(LOCAL_FALLBACK_NOTICE) !== -1;
    const msg = paste.message;

    if (emptyAt !== -1) {
      const fact: DevicesListFact = {
        kind: 'devices-list',
        at: { message: msg, line: paste.lineAt(emptyAt).line },
        format: 'table',
        pending: [],
        paired: [],
        complete: true,
        localFallback: fallback,
      };
      facts.push(fact);
    }
    if (!hasTable || text.indexOf('Device') === -1) return facts;

    const lines = paste.lines();
    const groups: Group[] = [];
    let current: Group | undefined;
    for (let i = 0; i < lines.length; i++) {
      const t0 = lines[i]!.trim();
      const c0 = t0[0];
      if (c0 !== '┌' && c0 !== '+') continue;
      if (!isBorderLine(t0, c0 === '+' ? 'ascii' : 'unicode')) continue;
      const table = readTable(lines, i);
      if (!table) continue;
      const heading = headingAbove(lines, i);
      const isPending = table.headers.includes('Request') || heading?.kind === 'pending';
      // A pending table followed by a paired table is one `devices list` output.
      if (!current || (isPending && current.sawPending) || (!isPending && current.sawPaired) || i - current.lastLine > 3) {
        current = {
          at: { message: msg, line: (heading?.line ?? i) + 1 },
          pending: [],
          paired: [],
          sawPending: false,
          sawPaired: false,
          complete: true,
          unproved: false,
          lastLine: i,
        };
        groups.push(current);
      }
      const built = isPending ? buildPending(table) : buildPaired(table);
      if (isPending) {
        current.pending.push(...(built.entries as PendingRequest[]));
        current.sawPending = true;
      } else {
        current.paired.push(...(built.entries as PairedDevice[]));
        current.sawPaired = true;
      }
      let next = table.next;
      if (!isPending && table.headers.includes('Device ID')) {
        const full = applyFullIds(lines, next, current.paired);
        next = full.next;
      }
      if (!table.finished || built.partial || (heading && heading.count !== table.rows.length)) current.complete = false;
      if (built.unproved) current.unproved = true;
      current.lastLine = next;
      i = Math.max(i, next - 1);
    }

    for (const g of groups) {
      const unprovedLeft =
        g.unproved &&
        (g.pending.some((p) => !p.requestId && p.requestIdFragment) ||
          g.pending.some((p) => p.deviceIdFragment) ||
          g.paired.some((p) => !p.deviceId && p.deviceIdFragment));
      const fact: DevicesListFact = {
        kind: 'devices-list',
        at: g.at,
        format: 'table',
        pending: g.pending,
        paired: g.paired,
        // The paste shows one table; the other heading is only omitted when that list is empty,
        // which the reader cannot tell from a table cut off by the copy.
        complete: g.complete,
        localFallback: fallback,
      };
      facts.push(fact);
      if (unprovedLeft) {
        const note: InputNoteFact = { kind: 'input-note', note: 'wrapped-table-ids', at: g.at };
        facts.push(note);
      }
    }
    return facts;
  },
});
