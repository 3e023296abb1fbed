/**
 * `openclaw devices list --json` (docs/openclaw-facts.md §2.1), and the on-disk pairing store (`paired.json` /
 * `pending.json`, objects keyed by id, §8.2) which users paste too. Pastes are often cut at
 * Discord's 2000 characters: only entry objects that were closed before the cut are kept, so an
 * entry is never shown with fewer scopes than it had, and `complete` says the list proves nothing
 * by absence.
 */
import { z } from 'zod';
import { defineExtractor } from './extractor.ts';
import type { DeviceEntry, DevicesListFact, DeviceToken, Fact, InputNoteFact, PairedDevice, PendingRequest } from './facts.ts';
import { asDeviceId, asRequestId } from './ids.ts';
import { type JsonObject, type JsonValue, objectDocs, type ParsedDoc, readDoc } from './json-scan.ts';
import type { Paste } from './paste.ts';

export const LOCAL_FALLBACK_NOTICE = 'Direct scope access failed; using local fallback.';

/** Wrong-typed optional fields are dropped, never the whole entry: newer builds add and change fields. */
const optString = z.string().max(2000).optional().catch(undefined);
const optStrings = z.array(z.string().max(200)).max(200).optional().catch(undefined);
const optNumber = z.number().finite().optional().catch(undefined);
const optBool = z.boolean().optional().catch(undefined);

const tokenSummarySchema = z.looseObject({
  role: optString,
  scopes: optStrings,
  createdAtMs: optNumber,
  rotatedAtMs: optNumber,
  revokedAtMs: optNumber,
  lastUsedAtMs: optNumber,
});

const commonEntry = {
  requestId: optString,
  deviceId: optString,
  publicKey: optString,
  displayName: optString,
  platform: optString,
  clientId: optString,
  clientMode: optString,
  role: optString,
  roles: optStrings,
  scopes: optStrings,
  remoteIp: optString,
  // Every field the facts share is read from the wire, and nothing else: the two cannot drift apart.
} satisfies Record<Exclude<keyof DeviceEntry, 'deviceIdFragment'> | 'requestId', z.ZodType>;

const pendingEntrySchema = z.looseObject({
  ...commonEntry,
  silent: optBool,
  isRepair: optBool,
  ts: optNumber,
});

const pairedEntrySchema = z.looseObject({
  ...commonEntry,
  approvedScopes: optStrings,
  // An array of summaries from `devices list`, an object keyed by role in the store.
  tokens: z
    .union([z.array(z.unknown()), z.record(z.string(), z.unknown())])
    .optional()
    .catch(undefined),
  createdAtMs: optNumber,
  approvedAtMs: optNumber,
});

/** Fragments are for showing, not for commands: keep them short. */
function fragment(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const t = s.trim();
  return t === '' ? undefined : t.slice(0, 80);
}

function withoutUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function toPending(v: JsonObject): PendingRequest | undefined {
  const r = pendingEntrySchema.safeParse(v);
  if (!r.success) return undefined;
  const e = r.data;
  if (e.requestId === undefined && e.deviceId === undefined) return undefined;
  const requestId = asRequestId(e.requestId);
  const deviceId = asDeviceId(e.deviceId);
  return withoutUndefined<PendingRequest>({
    requestId,
    requestIdFragment: requestId ? undefined : fragment(e.requestId),
    deviceId,
    deviceIdFragment: deviceId ? undefined : fragment(e.deviceId),
    publicKey: e.publicKey,
    displayName: e.displayName,
    platform: e.platform,
    clientId: e.clientId,
    clientMode: e.clientMode,
    role: e.role,
    roles: e.roles,
    scopes: e.scopes,
    remoteIp: e.remoteIp,
    silent: e.silent,
    isRepair: e.isRepair,
    ts: e.ts,
  });
}

function toTokens(raw: unknown[] | Record<string, unknown> | undefined, open: WeakSet<object>): DeviceToken[] | undefined {
  if (raw === undefined) return undefined;
  const pairs: [string | undefined, unknown][] = Array.isArray(raw)
    ? raw.map((t) => [undefined, t])
    : Object.keys(raw).map((k) => [k, raw[k]]);
  const out: DeviceToken[] = [];
  for (const [key, t] of pairs) {
    if (t === null || typeof t !== 'object' || open.has(t)) continue;
    const r = tokenSummarySchema.safeParse(t);
    if (!r.success) continue;
    const role = r.data.role ?? key;
    if (role === undefined) continue;
    // The store's raw `token` value is deliberately not copied: it is a secret.
    out.push(
      withoutUndefined<DeviceToken>({
        role,
        scopes: r.data.scopes,
        createdAtMs: r.data.createdAtMs,
        rotatedAtMs: r.data.rotatedAtMs,
        revokedAtMs: r.data.revokedAtMs,
        lastUsedAtMs: r.data.lastUsedAtMs,
      }),
    );
  }
  return out;
}

function toPaired(v: JsonObject, open: WeakSet<object>): PairedDevice | undefined {
  const r = pairedEntrySchema.safeParse(v);
  if (!r.success) return undefined;
  const e = r.data;
  if (e.deviceId === undefined) return undefined;
  const deviceId = asDeviceId(e.deviceId);
  return withoutUndefined<PairedDevice>({
    deviceId,
    deviceIdFragment: deviceId ? undefined : fragment(e.deviceId),
    publicKey: e.publicKey,
    displayName: e.displayName,
    platform: e.platform,
    clientId: e.clientId,
    clientMode: e.clientMode,
    role: e.role,
    roles: e.roles,
    scopes: e.scopes,
    approvedScopes: e.approvedScopes,
    tokens: toTokens(e.tokens, open),
    createdAtMs: e.createdAtMs,
    approvedAtMs: e.approvedAtMs,
    remoteIp: e.remoteIp,
  });
}

interface Salvage<T> {
  entries: T[];
  /** Every member was a closed, readable entry and the container itself was closed. */
  whole: boolean;
}

function salvage<T>(items: JsonValue[], open: WeakSet<object>, map: (o: JsonObject) => T | undefined): Salvage<T> {
  const entries: T[] = [];
  let whole = !open.has(items);
  for (const item of items) {
    if (!isObject(item) || open.has(item)) {
      whole = false;
      continue;
    }
    const e = map(item);
    if (e === undefined) whole = false;
    else entries.push(e);
  }
  return { entries, whole };
}

/** Store values keyed by their own id; a key that is not a whole id is not a store. */
function storeValues(obj: JsonObject, open: WeakSet<object>, kind: 'pending' | 'paired'): JsonValue[] | undefined {
  const keys = Object.keys(obj);
  const values: JsonValue[] = [];
  let matched = 0;
  for (const k of keys) {
    const v = obj[k]!;
    const idOk = kind === 'pending' ? asRequestId(k) !== undefined : asDeviceId(k) !== undefined;
    if (!idOk) {
      // The last key of a cut store may itself be cut: that is a cut, not a different format.
      if (open.has(obj) && k === keys[keys.length - 1]) continue;
      return undefined;
    }
    if (isObject(v) && v[kind === 'pending' ? 'requestId' : 'deviceId'] === k) matched++;
    values.push(v);
  }
  if (matched === 0) return undefined;
  // The array stands in for the object, so its openness is the object's.
  if (open.has(obj)) open.add(values);
  return values;
}

function storeKind(obj: JsonObject): 'pending' | 'paired' | undefined {
  const first = Object.keys(obj)[0];
  if (first === undefined) return undefined;
  if (asRequestId(first)) return 'pending';
  if (asDeviceId(first)) return 'paired';
  return undefined;
}

interface DevicesDoc {
  start: number;
  end: number;
  pending: PendingRequest[];
  paired: PairedDevice[];
  complete: boolean;
  /** The document was cut (by the paste's end or by prose), not merely partial by choice. */
  truncated: boolean;
  /** The reader ran to the end of the text inside this document: a continuation may follow. */
  unterminated: boolean;
  hasApprovedScopes: boolean;
}

/** What a parsed document is as a devices list, if anything. */
function interpret(doc: ParsedDoc): DevicesDoc | undefined {
  const root = doc.value;
  if (!isObject(root)) return undefined;
  const open = doc.open;
  let pendingItems: JsonValue[] | undefined;
  let pairedItems: JsonValue[] | undefined;

  if (Array.isArray(root.pending) || Array.isArray(root.paired)) {
    pendingItems = Array.isArray(root.pending) ? root.pending : undefined;
    pairedItems = Array.isArray(root.paired) ? root.paired : undefined;
  } else if (isObject(root['paired.json']) || isObject(root['pending.json'])) {
    const pendingStore = root['pending.json'];
    const pairedStore = root['paired.json'];
    pendingItems = isObject(pendingStore)
      ? (storeValues(pendingStore, open, 'pending') ?? (Object.keys(pendingStore).length === 0 && !open.has(pendingStore) ? [] : undefined))
      : undefined;
    pairedItems = isObject(pairedStore)
      ? (storeValues(pairedStore, open, 'paired') ?? (Object.keys(pairedStore).length === 0 && !open.has(pairedStore) ? [] : undefined))
      : undefined;
  } else {
    const kind = storeKind(root);
    if (kind === undefined) return undefined;
    const values = storeValues(root, open, kind);
    if (values === undefined) return undefined;
    if (kind === 'pending') pendingItems = values;
    else pairedItems = values;
  }
  if (pendingItems === undefined && pairedItems === undefined) return undefined;

  const p = salvage(pendingItems ?? [], open, toPending);
  const d = salvage(pairedItems ?? [], open, (o) => toPaired(o, open));
  const truncated = !doc.closed;
  // A list without its `pending` (or `paired`) key says nothing about what that key held.
  const complete = !truncated && p.whole && d.whole && pendingItems !== undefined && pairedItems !== undefined;
  return {
    start: doc.start,
    end: doc.end,
    pending: p.entries,
    paired: d.entries,
    complete,
    truncated,
    unterminated: !doc.closed && doc.hitEnd,
    hasApprovedScopes: d.entries.some((e) => e.approvedScopes !== undefined),
  };
}

/** Cheap pre-check so a 10 MB log without any devices keys costs one scan per needle. */
function mayHoldDevices(text: string): boolean {
  return (
    text.indexOf('deviceId') !== -1 ||
    text.indexOf('"pending"') !== -1 ||
    text.indexOf('"paired"') !== -1 ||
    text.indexOf("'pending'") !== -1 ||
    text.indexOf("'paired'") !== -1 ||
    text.indexOf('pending:') !== -1 ||
    text.indexOf('paired.json') !== -1 ||
    text.indexOf('pending.json') !== -1
  );
}

/**
 * Every devices list or pairing store in normalised text, in order (linear: see `objectDocs`).
 */
function findDevicesDocs(text: string): DevicesDoc[] {
  const out: DevicesDoc[] = [];
  if (!mayHoldDevices(text)) return out;
  for (const doc of objectDocs(text)) {
    const d = interpret(doc);
    if (d) out.push(d);
  }
  return out;
}

function devicesFactsFrom(paste: Paste, docs: readonly DevicesDoc[]): Fact[] {
  const facts: Fact[] = [];
  const fallbackNotice = paste.text.indexOf(LOCAL_FALLBACK_NOTICE) !== -1;
  for (const d of docs) {
    const at = { message: paste.message, line: paste.lineAt(d.start).line };
    const fact: DevicesListFact = {
      kind: 'devices-list',
      at,
      format: 'json',
      pending: d.pending,
      paired: d.paired,
      complete: d.complete,
      localFallback: fallbackNotice || d.hasApprovedScopes,
    };
    facts.push(fact);
    if (d.truncated) {
      const note: InputNoteFact = { kind: 'input-note', note: 'truncated-json', at };
      facts.push(note);
    }
  }
  return facts;
}

export const devicesListJson = defineExtractor({
  name: 'devices-list-json',
  extract(paste: Paste): Fact[] {
    return devicesFactsFrom(paste, findDevicesDocs(paste.text));
  },
});

/** Largest joined text considered; Discord messages are 2000 (Nitro 4000) characters each. */
const MAX_JOIN = 400_000;
/** Messages one split list may span; longer chains are read message by message. */
const MAX_CHAIN = 6;

/** The document the text ends inside of, if any (read forward only, like `findDevicesDocs`). */
function lastUnterminatedDoc(text: string): ParsedDoc | undefined {
  for (const doc of objectDocs(text)) {
    if (!doc.closed && doc.hitEnd) return doc;
  }
  return undefined;
}

function completeEntries(d: DevicesDoc): number {
  return d.pending.length + d.paired.length;
}

/** Where a list cut at the end of one message starts, and the next message with that start in front. */
interface Seam {
  start: number;
  continued: string;
}

/**
 * When `first` ends inside an unterminated devices document and `second` continues it into a whole
 * document (or at least a more complete one). Conservative: a second message that does not read as
 * the continuation is left alone.
 */
function seamOf(first: string, second: string): Seam | undefined {
  if (first.length + second.length > MAX_JOIN) return undefined;
  // The first message may be cut so early (`{"pen`) that it is not yet readable as a list.
  const openDoc = lastUnterminatedDoc(first);
  if (!openDoc) return undefined;
  const asList = interpret(openDoc);
  // A fresh list in the second message is its own paste, not a continuation.
  const secondHead = second.trimStart();
  if (/^\{\s*["']?(?:pending|paired)["']?\s*:/.test(secondHead.slice(0, 40))) return undefined;

  const head = first.slice(openDoc.start);
  // Discord trims each message, so a cut between two tokens may have lost the space at the seam.
  const candidates = [head + second, head.trimEnd() + secondHead];
  for (const continued of candidates) {
    const doc = readDoc(continued, 0);
    // The second message must actually be read, not rejected at the seam.
    if (doc.end <= head.trimEnd().length) continue;
    const d = interpret(doc);
    if (!d) continue;
    if (doc.closed || completeEntries(d) > (asList ? completeEntries(asList) : 0)) return { start: openDoc.start, continued };
  }
  return undefined;
}

/**
 * Discord users split a long `devices list --json` over two or more messages. Given a thread's
 * normalised message texts, oldest first, moves a list that one message ends inside of to the
 * front of the next message when that one continues it; so each list is read once, whole, in the
 * message that completed it, and no cut half is read as a second list. Texts that join nothing
 * come back unchanged.
 */
export function joinSplitLists(texts: readonly string[]): string[] {
  const out = [...texts];
  let chain = 1;
  for (let k = 0; k + 1 < out.length; k++) {
    let seam: Seam | undefined;
    try {
      seam = chain < MAX_CHAIN ? seamOf(out[k]!, out[k + 1]!) : undefined;
    } catch {
      // A join that cannot be read leaves the messages as they were.
    }
    if (seam === undefined) {
      chain = 1;
      continue;
    }
    out[k + 1] = seam.continued;
    out[k] = out[k]!.slice(0, seam.start);
    chain++;
  }
  return out;
}
