/**
 * An engine for the worker thread that holds its thread until the test says so: the text names a
 * file (`release=<path>`); the engine writes `<path>.started`, then blocks synchronously (as the
 * real engine does on a big paste) until `<path>` exists. Had it run on the main thread, nothing
 * else (heartbeats included) could happen meanwhile: it gives up after `patienceMs` so such a
 * failure ends, and its reply then says so.
 */
import { existsSync, writeFileSync } from 'node:fs';
import type { Diagnosis, ThreadMessage } from '../../src/diagnose.ts';

const nap = new Int32Array(new SharedArrayBuffer(4));
const patienceMs = 15_000;

export function diagnose(messages: readonly ThreadMessage[]): Diagnosis {
  const chars = messages.reduce((n, m) => n + m.text.length, 0);
  const release = /release=(\S+)/.exec(messages.map((m) => m.text.slice(0, 2000)).join('\n'))?.[1];
  let waited = 'released';
  if (release) {
    writeFileSync(`${release}.started`, String(chars));
    const until = Date.now() + patienceMs;
    while (!existsSync(release)) {
      if (Date.now() > until) {
        waited = 'never released';
        break;
      }
      Atomics.wait(nap, 0, 0, 10);
    }
  }
  const reply = `Read ${chars} characters, ${waited}. openclaw`;
  return {
    stage: 'need-evidence',
    findings: [],
    asks: [],
    reply,
    messages: [reply],
    relevant: true,
    secrets: [],
    verification: { confirmed: false, evidence: [], missing: [], summary: '' },
  };
}
