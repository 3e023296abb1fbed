/**
 * Reads a pasted file: logs, device lists and config dumps arrive as attachments as often as in
 * the message. Text is downloaded (capped: a huge log keeps its head and tail, where the version
 * banner and the latest failure are); anything that is not text is skipped with a note for the user.
 */
import { request } from 'undici';

export interface AttachmentRef {
  name: string;
  url: string;
  /** As Discord reports it, e.g. `text/plain; charset=utf-8`; often absent for `.log` files. */
  contentType?: string | null;
  size?: number;
}

export type AttachmentText =
  | { kind: 'text'; name: string; text: string; bytes: number; cut: boolean }
  | { kind: 'skipped'; name: string; reason: string };

export const maxAttachmentBytes = 10 * 1024 * 1024;

const textExtensions = /\.(txt|log|json|jsonl|ndjson|out|err|conf|cfg|ini|ya?ml|toml|md|csv|tsv)$/i;
const textTypes = /^(text\/|application\/(json|x-ndjson|jsonl|x-yaml|yaml|toml|xml)\b|[^;]*\+json\b)/i;
/** Types that are never text, however the file is named: not worth a download. */
const binaryTypes = /^(image|audio|video|font|model)\/|^application\/(pdf|zip|gzip|x-tar|x-7z|x-rar|vnd\.|msword|x-msdownload)/i;
const sniffBytes = 8192;

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

export async function readAttachment(ref: AttachmentRef, opts: DownloadOptions = {}): Promise<AttachmentText> {
  const verdict = looksTextual(ref);
  if (verdict === 'binary') {
    return { kind: 'skipped', name: ref.name, reason: `not a text file (${ref.contentType ?? 'binary'})` };
  }
  const maxBytes = opts.maxBytes ?? maxAttachmentBytes;
  const headLimit = Math.floor(maxBytes / 4) * 2; // even, so a UTF-16 cut stays on a code unit
  const tailLimit = headLimit;
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? 30_000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;

  let response: Awaited<ReturnType<typeof request>>;
  try {
    response = await request(ref.url, { signal });
  } catch (err) {
    return { kind: 'skipped', name: ref.name, reason: `could not be downloaded (${(err as Error).name})` };
  }
  if (response.statusCode !== 200) {
    await response.body.dump();
    return { kind: 'skipped', name: ref.name, reason: `could not be downloaded (HTTP ${response.statusCode})` };
  }

  const head: Buffer[] = [];
  let headLength = 0;
  const tail: Buffer[] = [];
  let tailLength = 0;
  let total = 0;
  let encoding: Encoding | undefined;
  try {
    for await (const data of response.body) {
      const chunk = data as Buffer;
      if (chunk.length === 0) continue;
      total += chunk.length;
      let rest = chunk;
      if (headLength < headLimit) {
        const take = rest.subarray(0, headLimit - headLength);
        head.push(take);
        headLength += take.length;
        rest = rest.subarray(take.length);
      }
      if (encoding === undefined && (headLength >= sniffBytes || rest.length > 0)) {
        encoding = sniffEncoding(Buffer.concat(head).subarray(0, sniffBytes));
        if (encoding === 'binary') {
          response.body.destroy();
          return { kind: 'skipped', name: ref.name, reason: 'not a text file (binary content)' };
        }
      }
      if (rest.length > 0) {
        tail.push(rest);
        tailLength += rest.length;
        while (tail.length > 1 && tailLength - tail[0]!.length >= tailLimit) tailLength -= tail.shift()!.length;
      }
    }
  } catch (err) {
    return { kind: 'skipped', name: ref.name, reason: `could not be downloaded (${(err as Error).name})` };
  }
  encoding ??= sniffEncoding(Buffer.concat(head).subarray(0, sniffBytes));
  if (encoding === 'binary') return { kind: 'skipped', name: ref.name, reason: 'not a text file (binary content)' };

  if (total <= headLimit + tailLimit) {
    // One copy of up to 10 MB, not two: each one blocks the event loop for milliseconds.
    const text = decode(Buffer.concat([...head, ...tail]), encoding);
    return { kind: 'text', name: ref.name, text, bytes: total, cut: false };
  }
  const headBytes = Buffer.concat(head);
  const tailAll = Buffer.concat(tail);
  const tailBytes = tailAll.subarray(tailAll.length - tailLimit);
  // Cut on line boundaries so no half line looks like evidence.
  const headText = decode(headBytes, encoding);
  const tailText = decode(tailBytes, encoding);
  const headLines = headText.slice(0, Math.max(0, headText.lastIndexOf('\n')));
  const tailLines = tailText.slice(tailText.indexOf('\n') + 1);
  const cutBytes = total - headBytes.length - tailBytes.length;
  const marker = `[… ${formatBytes(cutBytes)} cut from the middle of ${ref.name}: only its first and last ${formatBytes(headLimit)} were read …]`;
  return { kind: 'text', name: ref.name, text: `${headLines}\n${marker}\n${tailLines}`, bytes: total, cut: true };
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'binary';

/** UTF-16 matters: Windows PowerShell's `>` writes UTF-16LE, whose NUL bytes would look binary. */
export function sniffEncoding(start: Buffer): Encoding {
  if (start[0] === 0xff && start[1] === 0xfe) return 'utf-16le';
  if (start[0] === 0xfe && start[1] === 0xff) return 'utf-16be';
  if (!start.includes(0)) return 'utf-8';
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < start.length; i++) {
    if (start[i] !== 0) continue;
    if (i % 2 === 0) evenZero++;
    else oddZero++;
  }
  const pairs = Math.floor(start.length / 2);
  if (pairs > 0 && oddZero >= pairs * 0.9 && evenZero === 0) return 'utf-16le';
  if (pairs > 0 && evenZero >= pairs * 0.9 && oddZero === 0) return 'utf-16be';
  return 'binary';
}

function decode(bytes: Buffer, encoding: Exclude<Encoding, 'binary'>): string {
  if (encoding === 'utf-16be') {
    const swapped = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
    swapped.swap16();
    return new TextDecoder('utf-16le').decode(swapped).replace(/^\uFEFF/, '');
  }
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
