/**
 * One file's bytes made into text, the same way whether the CLI read it from disk or the bot
 * downloaded it from Discord: a byte order mark is dropped, UTF-16 is decoded (Windows PowerShell's
 * `>` writes UTF-16LE, whose NUL bytes would otherwise look binary), a binary file is skipped, and a
 * file over the cap keeps its head and tail (where the version banner and the latest failure are).
 * Bytes can be pushed as they arrive, so a download stops as soon as it is known to be binary and
 * never holds more than the cap.
 */
/** The most of one file that is read; past it, the first and last halves are kept. */
export const maxFileBytes = 10 * 1024 * 1024;
const sniffBytes = 8192;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'binary';

/** Why a file was not read; `notes.ts` says it to the asker, in one wording for every path. */
export type SkipReason =
  /** By its content type (never downloaded), or by its bytes when `type` is absent. */
  | { why: 'not-text'; type?: string }
  | { why: 'download-failed'; detail: string }
  | { why: 'late'; seconds: number }
  /** The thread already holds as much file text as one diagnosis reads. */
  | { why: 'over-budget' };

export type FileText =
  /** `cut`: only the head and tail were read, with a marker line between them in `text`. */
  { kind: 'text'; name: string; text: string; bytes: number; cut: boolean } | { kind: 'skipped'; name: string; reason: SkipReason };

export function skipped(name: string, reason: SkipReason): FileText {
  return { kind: 'skipped', name, reason };
}

/** A file's bytes as they arrive: the head up to half the cap, and the newest bytes after it. */
export class FileBytes {
  readonly name: string;
  readonly #headLimit: number;
  readonly #head: Buffer[] = [];
  #headLength = 0;
  readonly #tail: Buffer[] = [];
  /** Chunks before this index have dropped out of the tail (an index, not shift(): small chunks are many). */
  #tailStart = 0;
  #tailLength = 0;
  #total = 0;
  #encoding: Encoding | undefined;

  constructor(name: string, maxBytes = maxFileBytes) {
    this.name = name;
    // Even, so a UTF-16 cut stays on a code unit.
    this.#headLimit = Math.floor(maxBytes / 4) * 2;
  }

  /** Adds the next bytes; false once they are known not to be text, so the reader can stop. */
  push(chunk: Uint8Array): boolean {
    if (this.#encoding === 'binary') return false;
    if (chunk.length === 0) return true;
    this.#total += chunk.length;
    let rest = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    if (this.#headLength < this.#headLimit) {
      const take = rest.subarray(0, this.#headLimit - this.#headLength);
      this.#head.push(take);
      this.#headLength += take.length;
      rest = rest.subarray(take.length);
    }
    if (this.#encoding === undefined && (this.#headLength >= sniffBytes || rest.length > 0)) {
      this.#encoding = sniffEncoding(Buffer.concat(this.#head).subarray(0, sniffBytes));
      if (this.#encoding === 'binary') return false;
    }
    if (rest.length > 0) {
      this.#tail.push(rest);
      this.#tailLength += rest.length;
      const tail = this.#tail;
      while (tail.length - this.#tailStart > 1 && this.#tailLength - tail[this.#tailStart]!.length >= this.#headLimit) {
        this.#tailLength -= tail[this.#tailStart++]!.length;
      }
      if (this.#tailStart > 1024 && this.#tailStart * 2 > tail.length) {
        tail.splice(0, this.#tailStart);
        this.#tailStart = 0;
      }
    }
    return true;
  }

  /** The text of the bytes pushed so far, or why the file is skipped. */
  text(): FileText {
    const encoding = (this.#encoding ??= sniffEncoding(Buffer.concat(this.#head).subarray(0, sniffBytes)));
    if (encoding === 'binary') return skipped(this.name, { why: 'not-text' });
    const headLimit = this.#headLimit;
    const tailLimit = headLimit;
    if (this.#total <= headLimit + tailLimit) {
      // One copy of up to 10 MB, not two: each one blocks the event loop for milliseconds.
      const text = decode(Buffer.concat([...this.#head, ...this.#tail.slice(this.#tailStart)]), encoding);
      return { kind: 'text', name: this.name, text, bytes: this.#total, cut: false };
    }
    const headBytes = Buffer.concat(this.#head);
    const tailAll = Buffer.concat(this.#tail.slice(this.#tailStart));
    const tailBytes = tailAll.subarray(tailAll.length - tailLimit);
    // Cut on line boundaries so no half line looks like evidence.
    const headText = decode(headBytes, encoding);
    const tailText = decode(tailBytes, encoding);
    const headLines = headText.slice(0, Math.max(0, headText.lastIndexOf('\n')));
    const tailLines = tailText.slice(tailText.indexOf('\n') + 1);
    const cutBytes = this.#total - headBytes.length - tailBytes.length;
    const marker = `[… ${formatBytes(cutBytes)} cut from the middle of ${this.name}: only its first and last ${formatBytes(headLimit)} were read …]`;
    return { kind: 'text', name: this.name, text: `${headLines}\n${marker}\n${tailLines}`, bytes: this.#total, cut: true };
  }
}

/** A whole file already in memory. */
export function fileText(name: string, bytes: Uint8Array, maxBytes = maxFileBytes): FileText {
  const file = new FileBytes(name, maxBytes);
  file.push(bytes);
  return file.text();
}

/** From the first bytes: a byte order mark, or else where the NUL bytes of mostly-ASCII UTF-16 fall. */
export function sniffEncoding(start: Uint8Array): Encoding {
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
