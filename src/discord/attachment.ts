/**
 * Downloads a pasted file: logs, device lists and config dumps arrive as attachments as often as in
 * the message. What Discord says of the file decides whether it is worth fetching at all; its bytes
 * become text in the intake (src/intake/file.ts), as they arrive, the way the CLI reads a file.
 */
import { FileBytes, type FileText, skipped } from '../intake/file.ts';

export interface AttachmentRef {
  name: string;
  url: string;
  /** As Discord reports it, e.g. `text/plain; charset=utf-8`; often absent for `.log` files. */
  contentType?: string | null;
  size?: number;
}

const textExtensions = /\.(txt|log|json|jsonl|ndjson|out|err|conf|cfg|ini|ya?ml|toml|md|csv|tsv)$/i;
const textTypes = /^(text\/|application\/(json|x-ndjson|jsonl|x-yaml|yaml|toml|xml)\b|[^;]*\+json\b)/i;
/** Types that are never text, however the file is named: not worth a download. */
const binaryTypes = /^(image|audio|video|font|model)\/|^application\/(pdf|zip|gzip|x-tar|x-7z|x-rar|vnd\.|msword|x-msdownload)/i;

export interface DownloadOptions {
  maxBytes?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Whether it is worth fetching at all, from what Discord says about the file. */
export function looksTextual(ref: AttachmentRef): 'text' | 'binary' | 'sniff' {
  const type = ref.contentType?.trim() ?? '';
  if (type !== '' && binaryTypes.test(type)) return 'binary';
  if (type !== '' && textTypes.test(type)) return 'text';
  // No type, or a generic one (application/octet-stream for `.log` on some clients): look at the bytes.
  return textExtensions.test(ref.name) || type === '' || /octet-stream/i.test(type) ? 'sniff' : 'binary';
}

/** What went wrong, in a word: fetch wraps a network error (ECONNRESET, ...) in a TypeError, and
 * an abort is a TimeoutError or AbortError. */
function failure(err: unknown): string {
  const { name, cause } = err as Error;
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : name;
}

export async function readAttachment(ref: AttachmentRef, opts: DownloadOptions = {}): Promise<FileText> {
  if (looksTextual(ref) === 'binary') return skipped(ref.name, { why: 'not-text', type: ref.contentType ?? 'binary' });
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? 30_000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;

  // Node's own fetch: the project carries no HTTP client of its own (discord.js brings undici for its REST calls).
  let response: Response;
  try {
    response = await fetch(ref.url, { signal });
  } catch (err) {
    return skipped(ref.name, { why: 'download-failed', detail: failure(err) });
  }
  if (response.status !== 200 || !response.body) {
    await response.body?.cancel();
    return skipped(ref.name, { why: 'download-failed', detail: `HTTP ${response.status}` });
  }
  const file = new FileBytes(ref.name, opts.maxBytes);
  try {
    for await (const chunk of response.body) {
      if (file.push(chunk)) continue;
      // Binary: the rest is not worth the bandwidth (leaving the loop cancels the download).
      break;
    }
  } catch (err) {
    return skipped(ref.name, { why: 'download-failed', detail: failure(err) });
  }
  return file.text();
}
