import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/discord/cooldown.ts';
import { DownloadAbandoned, Downloads } from '../../src/discord/downloads.ts';
import type { ReadAttachment } from '../../src/discord/thread-case.ts';
import { Gate } from '../../src/discord/gate.ts';
import { InFlight } from '../../src/discord/in-flight.ts';
import { Lru } from '../../src/discord/lru.ts';
import { ThreadQueue } from '../../src/discord/thread-queue.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Lru', () => {
  it('evicts the least recently used entry, a read counting as use', () => {
    const lru = new Lru<string, number>({ maxEntries: 2 });
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.has('b')).toBe(false);
    expect([lru.get('a'), lru.get('c')]).toEqual([1, 3]);
  });

  it('stays within its weight budget and refuses a value heavier than all of it', () => {
    const lru = new Lru<string, string>({ maxEntries: 100, maxWeight: 10, weigh: (v) => v.length });
    lru.set('a', 'xxxx');
    lru.set('b', 'yyyy');
    lru.set('c', 'zzzz');
    expect(lru.has('a')).toBe(false);
    expect(lru.weight).toBe(8);
    lru.set('huge', 'x'.repeat(11));
    expect(lru.has('huge')).toBe(false);
    expect(lru.size).toBe(2);
  });

  it('recounts a value mutated in place', () => {
    const lru = new Lru<string, string[]>({ maxEntries: 10, maxWeight: 5, weigh: (v) => v.length });
    const list = ['a'];
    lru.set('k', list);
    list.push('b', 'c');
    lru.reweigh('k');
    expect(lru.weight).toBe(3);
  });

  it('never exceeds its bounds, whatever the operations (10,000 threads)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('set', 'get', 'delete'), fc.integer({ min: 0, max: 10_000 }), fc.nat(50)), { maxLength: 300 }),
        (ops) => {
          const lru = new Lru<number, number>({ maxEntries: 20, maxWeight: 200, weigh: (v) => v });
          for (const [op, key, value] of ops) {
            if (op === 'set') lru.set(key, value);
            else if (op === 'get') lru.get(key);
            else lru.delete(key);
            expect(lru.size).toBeLessThanOrEqual(20);
            expect(lru.weight).toBeLessThanOrEqual(200);
            expect(lru.weight).toBeGreaterThanOrEqual(0);
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
  /** A reader that hangs until its signal aborts, as undici does on a CDN that never answers. */
  const hanging: ReadAttachment = (r, opts) =>
    new Promise((resolve) =>
      opts?.signal?.addEventListener('abort', () => resolve({ kind: 'skipped', name: r.name, reason: { why: 'download-failed', detail: 'AbortError' } })),
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
  it('runs one thread\'s jobs one after the other, other threads alongside', async () => {
    const queue = new ThreadQueue();
    const log: string[] = [];
    let releaseFirst!: () => void;
    const first = queue.run('t1', () => new Promise<void>((r) => (releaseFirst = () => {
          log.push('t1-a done');
          r();
        })));
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
    const started = Date.now();
    expect(await inFlight.drain(50)).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
