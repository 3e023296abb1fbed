/**
 * One engine worker thread (see engine-pool.ts). A thread's text arrives in slices, so that no single
 * postMessage copies megabytes while the main thread waits; `run` joins them and diagnoses.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Diagnosis, ThreadMessage } from '../diagnose.ts';

export type ToWorker =
  | { id: number; kind: 'slice'; message: number; text: string }
  | { id: number; kind: 'run'; postedAt: (number | undefined)[]; title?: string };

export type FromWorker = { id: number; diagnosis: Diagnosis } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('engine-worker.ts runs as a worker thread');

const { diagnose } = (await import(String(workerData.engine))) as {
  diagnose: (messages: readonly ThreadMessage[], opts?: { title?: string }) => Diagnosis;
};

const pending = new Map<number, string[][]>();

port.on('message', (m: ToWorker) => {
  if (m.kind === 'slice') {
    let slices = pending.get(m.id);
    if (!slices) pending.set(m.id, (slices = []));
    (slices[m.message] ??= []).push(m.text);
    return;
  }
  const slices = pending.get(m.id) ?? [];
  pending.delete(m.id);
  const messages = m.postedAt.map((postedAt, i) => ({ text: (slices[i] ?? []).join(''), postedAt }));
  let reply: FromWorker;
  try {
    reply = { id: m.id, diagnosis: diagnose(messages, { title: m.title }) };
  } catch (err) {
    reply = { id: m.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  port.postMessage(reply);
});
