/**
 * `openclaw devices approve --latest` (or with no id) since 2026.4.10 only previews: it names the
 * request it would approve and exits 1 (docs/openclaw-facts.md §3.1). Read both the text preview and the
 * `--json` form (`{"selected":…,"approveCommand":…}`), so the reply can say nothing was approved
 * and hand back the exact command.
 */
import { defineExtractor } from './extractor.ts';
import type { ApprovePreviewFact, Fact } from './facts.ts';
import { asDeviceId, asRequestId } from './ids.ts';
import { type JsonObject, type JsonValue, objectDocs } from './json-scan.ts';
import { keywords } from './keywords.ts';
import type { Paste } from './paste.ts';

const SELECTED = 'Selected pending device request';
const APPROVE_HINT = 'Approve this exact request with: openclaw devices approve';
/** Lines found through the paste's keyword index (one pass for every extractor's words). */
keywords([SELECTED, APPROVE_HINT]);
/** Detail lines printed under `Selected …`; a few spare for ≥ 4.20's Requested/Approved/Note. */
const MAX_DETAIL_LINES = 10;
const ID_TOKEN = /^\s*([0-9A-Fa-f-]{8,64})(?=\s|$)/;
/** Indented detail line; file logs rewritten by the paste keep a leading timestamp before the indent. */
const DETAIL =
  /^(?:\[?\d{4}-\d\d-\d\d[T ][\d:.]{8,18}(?:Z|[+-]\d\d:?\d\d)?\]? )?\s+(Device|Role|Scopes|IP|Requested|Approved|Note):\s*(.*)$/;

function splitList(s: string): string[] {
  return s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '' && x !== 'none');
}

function clean(f: ApprovePreviewFact): ApprovePreviewFact {
  for (const k of Object.keys(f) as (keyof ApprovePreviewFact)[]) if (f[k] === undefined) delete f[k];
  return f;
}

function fromText(paste: Paste): ApprovePreviewFact[] {
  const out: ApprovePreviewFact[] = [];
  const claimedHints = new Set<number>();
  for (const hit of paste.linesWith(SELECTED)) {
    const rest = hit.text.slice(hit.text.indexOf(SELECTED) + SELECTED.length);
    const f: ApprovePreviewFact = { kind: 'approve-preview', at: { message: paste.message, line: hit.line } };
    f.requestId = asRequestId(ID_TOKEN.exec(rest)?.[1]);
    for (let k = hit.line; k < Math.min(paste.lineCount(), hit.line + MAX_DETAIL_LINES); k++) {
      const line = paste.line(k + 1);
      if (line.includes(APPROVE_HINT)) {
        claimedHints.add(k + 1);
        f.requestId ??= asRequestId(ID_TOKEN.exec(line.slice(line.indexOf(APPROVE_HINT) + APPROVE_HINT.length))?.[1]);
        break;
      }
      const m = DETAIL.exec(line);
      if (!m) {
        if (line.trim() === '' || line.includes('Direct scope access failed') || line.startsWith('gateway connect failed')) continue;
        break;
      }
      const value = m[2]!.trim();
      switch (m[1]) {
        case 'Device': {
          const id = asDeviceId(value);
          if (id) f.deviceId = id;
          else if (value !== '') f.deviceLabel = value.slice(0, 200);
          break;
        }
        case 'Role':
          if (value !== '') f.role = value;
          break;
        case 'Scopes':
          f.scopes = splitList(value);
          break;
        case 'Requested': {
          // `roles: operator; scopes: a, b` (≥ 4.20) when the plain Role/Scopes lines are absent.
          for (const part of value.split(';')) {
            const c = part.indexOf(':');
            if (c === -1) continue;
            const key = part.slice(0, c).trim();
            const vals = splitList(part.slice(c + 1));
            if (key === 'scopes') f.scopes ??= vals;
            if (key === 'roles' && vals.length === 1) f.role ??= vals[0];
          }
          break;
        }
      }
    }
    out.push(clean(f));
  }
  // The hint alone (stderr pasted without stdout) still proves a preview, and names the request.
  for (const hit of paste.linesWith(APPROVE_HINT)) {
    if (claimedHints.has(hit.line)) continue;
    const requestId = asRequestId(ID_TOKEN.exec(hit.text.slice(hit.text.indexOf(APPROVE_HINT) + APPROVE_HINT.length))?.[1]);
    // stderr printed apart from stdout (or interleaved log lines) is still the same preview.
    if (requestId && out.some((f) => f.requestId === requestId)) continue;
    out.push(clean({ kind: 'approve-preview', at: { message: paste.message, line: hit.line }, requestId }));
  }
  return out;
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const APPROVE_CMD = /openclaw devices approve\s+([0-9A-Fa-f-]{36})(?=\s|$)/;

function fromJson(paste: Paste): ApprovePreviewFact[] {
  const text = paste.text;
  const out: ApprovePreviewFact[] = [];
  if (text.indexOf('"selected"') === -1 && text.indexOf('"approveCommand"') === -1) return out;
  for (const doc of objectDocs(text)) {
    const root = doc.value;
    if (!isObject(root) || (!isObject(root.selected) && typeof root.approveCommand !== 'string')) continue;
    const f: ApprovePreviewFact = { kind: 'approve-preview', at: { message: paste.message, line: paste.lineAt(doc.start).line } };
    const sel = root.selected;
    if (isObject(sel)) {
      // Strings only land in the tree when read to their closing quote, so they are whole even if
      // the object around them was cut; a cut scopes array is not, and is left out.
      f.requestId = typeof sel.requestId === 'string' ? asRequestId(sel.requestId) : undefined;
      f.deviceId = typeof sel.deviceId === 'string' ? asDeviceId(sel.deviceId) : undefined;
      if (typeof sel.displayName === 'string' && sel.displayName !== '') f.deviceLabel = sel.displayName.slice(0, 200);
      if (typeof sel.role === 'string') f.role = sel.role;
      const scopes = sel.scopes;
      if (Array.isArray(scopes) && !doc.open.has(scopes) && scopes.every((s) => typeof s === 'string')) f.scopes = scopes as string[];
    }
    if (!f.requestId && typeof root.approveCommand === 'string') f.requestId = asRequestId(APPROVE_CMD.exec(root.approveCommand)?.[1]);
    if (!f.requestId && !f.deviceId) continue;
    out.push(clean(f));
  }
  return out;
}

export const approvePreview = defineExtractor({
  name: 'approve-preview',
  extract(paste: Paste): Fact[] {
    const text = paste.text;
    if (
      text.indexOf(SELECTED) === -1 &&
      text.indexOf(APPROVE_HINT) === -1 &&
      text.indexOf('"selected"') === -1 &&
      text.indexOf('"approveCommand"') === -1
    )
      return [];
    return [...fromText(paste), ...fromJson(paste)];
  },
});
