import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose.ts';
import { EnginePool } from '../../src/discord/engine-pool.ts';

const flaky = new URL('./flaky-engine.ts', import.meta.url);
const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('EnginePool', () => {
  let pool: EnginePool | undefined;
  afterEach(async () => {
    await pool?.close();
  });

  it("gives the real engine's diagnosis, the same as inline", async () => {
    pool = new EnginePool({ size: 1, idleMs: 60_000 });
    const thread = [
      { text: seed('000-1-opening-post.txt'), postedAt: 1776612000000 },
      { text: seed('000-5-devices-list.txt'), postedAt: 1776614500000 },
    ];
    expect(await pool.run(thread)).toEqual(diagnose(thread));
  });

  it('sends big texts in slices and joins them back whole, in order', async () => {
    pool = new EnginePool({ size: 1, idleMs: 60_000, engine: flaky, sliceChars: 1000 });
    const big = `${'a'.repeat(2500)}${'b'.repeat(2500)}`;
    const d = await pool.run([{ text: 'first' }, { text: big, postedAt: 7 }, { text: '' }]);
    expect(d.reply).toBe(`3:${5 + 1 + big.length + 1}:first|${'a'.repeat(14)}:-,7,-`);
  });

  it('fails a task whose engine throws or whose worker dies, and goes on with the next', async () => {
    pool = new EnginePool({ size: 1, idleMs: 60_000, engine: flaky });
    await expect(pool.run([{ text: 'THROW' }])).rejects.toThrow(/engine failed in its worker: Error: engine bug/);
    await expect(pool.run([{ text: 'CRASH' }])).rejects.toThrow(/exited with code 3/);
    expect((await pool.run([{ text: 'fine' }])).reply).toBe('1:4:fine:-');
  });

  it('runs up to `size` workers, queues the rest, and ends idle workers', async () => {
    pool = new EnginePool({ size: 2, idleMs: 20, engine: flaky });
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((t) => pool!.run([{ text: t }])));
    expect(results.map((d) => d.reply.split(':')[2])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(pool.workers).toBeLessThanOrEqual(2);
    await until(() => pool!.workers === 0);
    expect(pool.workers).toBe(0);
    expect((await pool.run([{ text: 'again' }])).reply).toBe('1:5:again:-');
  });

  it('rejects what is queued when closed', async () => {
    pool = new EnginePool({ size: 1, idleMs: 60_000, engine: flaky });
    const outcomes = Promise.allSettled([pool.run([{ text: 'one' }]), pool.run([{ text: 'two' }])]);
    await pool.close();
    for (const o of await outcomes) expect(o).toMatchObject({ status: 'rejected', reason: { message: 'the engine pool is closed' } });
    await expect(pool.run([{ text: 'three' }])).rejects.toThrow('closed');
  });
});
