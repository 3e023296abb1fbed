/**
 * Attachment downloads on their own: a cap on how many run at once and a deadline for each (the wait
 * for a slot included), apart from the engine's slots. Five files whose CDN never answers hold
 * download slots for one deadline at most, and a thread without attachments never waits behind
 * them. A file that misses its deadline is skipped with a note, like any file that cannot be read.
 */
import { type FileText, skipped } from '../intake/file.ts';
import { Gate } from './gate.ts';
import type { ReadAttachment } from './thread-case.ts';

/** Thrown by a download cut short by shutdown: the thread gets no half-read reply (catch-up answers it later). */
export class DownloadAbandoned extends Error {
  override name = 'DownloadAbandoned';
}

export interface DownloadsOptions {
  concurrency: number;
  deadlineMs: number;
  read: ReadAttachment;
}

export class Downloads {
  readonly #gate: Gate;
  readonly #deadlineMs: number;
  readonly #read: ReadAttachment;
  readonly #stopping = new AbortController();

  constructor(opts: DownloadsOptions) {
    this.#gate = new Gate(opts.concurrency);
    this.#deadlineMs = opts.deadlineMs;
    this.#read = opts.read;
  }

  /** Downloads running now, and waiting for a slot. */
  get active(): number {
    return this.#gate.active;
  }

  get queued(): number {
    return this.#gate.queued;
  }

  readonly read: ReadAttachment = async (ref, opts = {}) => {
    const deadline = AbortSignal.timeout(this.#deadlineMs);
    const signals = [deadline, this.#stopping.signal, ...(opts.signal ? [opts.signal] : [])];
    const signal = AbortSignal.any(signals);
    const late = (): FileText => skipped(ref.name, { why: 'late', seconds: Math.round(this.#deadlineMs / 1000) });
    let result: FileText;
    try {
      result = await this.#gate.run(() => this.#read(ref, { ...opts, signal, timeoutMs: this.#deadlineMs }), signal);
    } catch (err) {
      if (this.#stopping.signal.aborted) throw new DownloadAbandoned(`download of ${ref.name} abandoned at shutdown`);
      if (deadline.aborted) return late();
      throw err;
    }
    if (this.#stopping.signal.aborted) throw new DownloadAbandoned(`download of ${ref.name} abandoned at shutdown`);
    // The reader reports its own abort as a generic download failure; say what really happened.
    return result.kind === 'skipped' && deadline.aborted ? late() : result;
  };

  /** Aborts every download and wait: used once shutdown has let in-flight work finish for a while. */
  stop(): void {
    this.#stopping.abort(new DownloadAbandoned('shutting down'));
  }
}
