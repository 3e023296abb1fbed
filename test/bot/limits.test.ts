import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseCache, recount } from '../../src/discord/case-store.ts';
import { Cooldown } from '../../src/discord/cooldown.ts';
import { DownloadAbandoned, Downloads } from '../../src/discord/downloads.ts';
import { Gate } from '../../src/discord/gate.ts';
import { InFlight } from '../../src/discord/in-flight.ts';
import { caseWeight, type ReadAttachment, type ThreadCase } from '../../src/discord/thread-case.ts';
import { ThreadQueue } from '../../src/discord/thread-queue.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A case whose messages hold these texts (only the text counts towards the cache's budget). */
function caseOf(threadId: string, texts: string[]): ThreadCase {
  const messages = new Map(texts.map((text, i) => [String(i), { id: String(i), authorId: 'u', text, postedAt: 0, notes: [] }]));
  return { threadId, messages, replies: 0, dismissed: false };
}

describe('the case cache', () => {
  it('evicts the least recently used case, a read counting as use', () => {
    const cases = caseCache(2, 1_000);
    cases.set('a', caseOf('a', ['x']));
    cases.set('b', caseOf('b', ['y']));
    expect(cases.get('a')).toBeDefined();
    cases.set('c', caseOf('c', ['z']));
    expect(cases.has('b')).toBe(false);
    expect([cases.has('a'), cases.has('c')]).toEqual([true, true]);
  });

  it('stays within its character budget and refuses a case heavier than all of it', () => {
    const cases = caseCache(100, 10);
    cases.set('a', caseOf('a', ['xxx']));
    cases.set('b', caseOf('b', ['yyy']));
    cases.set('c', caseOf('c', ['zzz']));
    expect(cases.has('a')).toBe(false);
    expect(cases.calculatedSize).toBe(8);
    cases.set('huge', caseOf('huge', ['x'.repeat(10)]));
    expect(cases.has('huge')).toBe(false);
    expect(cases.size).toBe(2);
  });

  it('recounts a case changed in place', () => {
    const cases = caseCache(10, 100);
    const c = caseOf('k', ['a']);
    cases.set('k', c);
    c.messages.set('more', { id: 'more', authorId: 'u', text: 'bcdef', postedAt: 0, notes: [] });
    recount(cases, 'k');
    expect(cases.calculatedSize).toBe(7);
    recount(cases, 'missing');
    expect(cases.has('missing')).toBe(false);
  });

  it('never exceeds its bounds, whatever the operations (10,000 threads)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('set', 'get', 'delete', 'grow'), fc.integer({ min: 0, max: 10_000 }), fc.nat(50)), {
          maxLength: 300,
        }),
        (ops) => {
          const cases = caseCache(20, 200);
          for (const [op, key, chars] of ops) {
            const id = String(key);
            if (op === 'set') cases.set(id, caseOf(id, ['x'.repeat(chars)]));
            else if (op === 'get') cases.get(id);
            else if (op === 'delete') cases.delete(id);
            else {
              cases
                .peek(id)
                ?.messages.set(`m${chars}`, { id: `m${chars}`, authorId: 'u', text: 'y'.repeat(chars), postedAt: 0, notes: [] });
              recount(cases, id);
            }
            expect(cases.size).toBeLessThanOrEqual(20);
            expect(cases.calculatedSize).toBeLessThanOrEqual(200);
            let held = 0;
            for (const c of cases.values()) held += caseWeight(c) + 1;
            expect(cases.calculatedSize).toBe(held);
          }
        },
      ),
    );
  });
});

describe('Gate', () => {
  it('runs at most `limit` jobs at once and hands slots to waiters in order', async () => {
    const gate = new Gate(2);
    const order: string[] = [];
    const releases: Array<() => void> = [];
    const job = (name: string) => () =>
      new Promise<void>((resolve) => {
        order.push(name);
        releases.push(resolve);
      });
    const runs = ['a', 'b', 'c', 'd'].map((n) => gate.run(job(n)));
    await tick();
    expect(order).toEqual(['a', 'b']);
    expect(gate.full).toBe(true);
    releases[0]!();
    await tick();
    expect(order).toEqual(['a', 'b', 'c']);
    expect(gate.active).toBe(2);
    releases[1]!();
    releases[2]!();
    await tick();
    releases[3]!();
    await Promise.all(runs);
    expect(gate.active).toBe(0);
  });

  it('frees the slot when a job throws', async () => {
    const gate = new Gate(1);
    await expect(gate.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(gate.full).toBe(false);
  });

  it('lets a waiter give up when its signal aborts, without losing the slot', async () => {
    const gate = new Gate(1);
    let release!: () => void;
    const holder = gate.run(() => new Promise<void>((r) => (release = r)));
    const giveUp = new AbortController();
    const waiter = gate.run(async () => 'never', giveUp.signal);
    expect(gate.queued).toBe(1);
    giveUp.abort(new Error('deadline'));
    await expect(waiter).rejects.toThrow('deadline');
    expect(gate.queued).toBe(0);
    release();
    await holder;
    expect(gate.active).toBe(0);
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
  });
});

describe('Downloads', () => {
  const ref = (name: string) => ({ name, url: `http://127.0.0.1:1/${name}` });
  /** A reader that hangs until its signal aborts, as fetch does on a CDN that never answers. */
  const hanging: ReadAttachment = (r, opts) =>
    new Promise((resolve) =>
      opts?.signal?.addEventListener('abort', () =>
        resolve({ kind: 'skipped', name: r.name, reason: { why: 'download-failed', detail: 'AbortError' } }),
      ),
    );

  it('skips a file past its deadline with a note, and a waiter past its own while queued', async () => {
    const downloads = new Downloads({ concurrency: 1, deadlineMs: 50, read: hanging });
    const [first, second] = await Promise.all([downloads.read(ref('a.log')), downloads.read(ref('b.log'))]);
    expect(first).toEqual({ kind: 'skipped', name: 'a.log', reason: { why: 'late', seconds: 0 } });
    expect(second).toMatchObject({ kind: 'skipped', name: 'b.log' });
    expect(downloads.active).toBe(0);
  });

  it('passes results through and caps how many run at once', async () => {
    let running = 0;
    let most = 0;
    const read: ReadAttachment = async (r) => {
      most = Math.max(most, ++running);
      await tick();
      running--;
      return { kind: 'text', name: r.name, text: 'openclaw', bytes: 8, cut: false };
    };
    const downloads = new Downloads({ concurrency: 2, deadlineMs: 5_000, read });
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((n) => downloads.read(ref(n))));
    expect(results.map((r) => r.kind)).toEqual(['text', 'text', 'text', 'text', 'text']);
    expect(most).toBe(2);
  });

  it('abandons everything at stop(): no half-read reply', async () => {
    const downloads = new Downloads({ concurrency: 1, deadlineMs: 60_000, read: hanging });
    const running = downloads.read(ref('a.log'));
    const queued = downloads.read(ref('b.log'));
    downloads.stop();
    await expect(running).rejects.toBeInstanceOf(DownloadAbandoned);
    await expect(queued).rejects.toBeInstanceOf(DownloadAbandoned);
  });
});

describe('Cooldown', () => {
  it('lets a user go once per window and says how long to wait', () => {
    let now = 1_000;
    const cd = new Cooldown(5_000, () => now);
    expect(cd.take('u1')).toBe(0);
    expect(cd.take('u2')).toBe(0);
    now += 2_000;
    expect(cd.take('u1')).toBe(3_000);
    now += 3_000;
    expect(cd.take('u1')).toBe(0);
  });

  it('is off with a zero window', () => {
    const cd = new Cooldown(0);
    expect(cd.take('u')).toBe(0);
    expect(cd.take('u')).toBe(0);
  });
});

describe('ThreadQueue', () => {
  it("runs one thread's jobs one after the other, other threads alongside", async () => {
    const queue = new ThreadQueue();
    const log: string[] = [];
    let releaseFirst!: () => void;
    const first = queue.run(
      't1',
      () =>
        new Promise<void>(
          (r) =>
            (releaseFirst = () => {
              log.push('t1-a done');
              r();
            }),
        ),
    );
    const second = queue.run('t1', async () => void log.push('t1-b'));
    const other = queue.run('t2', async () => void log.push('t2'));
    await other;
    expect(log).toEqual(['t2']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(log).toEqual(['t2', 't1-a done', 't1-b']);
    await tick();
    expect(queue.pending).toBe(0);
  });

  it('keeps going after a failed job', async () => {
    const queue = new ThreadQueue();
    await expect(queue.run('t', async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(queue.run('t', async () => 42)).resolves.toBe(42);
  });
});

describe('InFlight', () => {
  it('drains finished work and gives up at its bound', async () => {
    const inFlight = new InFlight();
    inFlight.track(new Promise((r) => setTimeout(r, 10)));
    expect(await inFlight.drain(1_000)).toBe(true);
    inFlight.track(new Promise(() => {}));
    // Work that never settles: drain answers at its bound (a hang would fail on the test timeout).
    expect(await inFlight.drain(50)).toBe(false);
  });
});
