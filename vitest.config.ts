import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// The CLI and bot process tests start Node on the TypeScript sources again and again; Node's
// compile cache keeps the stripped and compiled modules between starts (keyed by content, so an
// edit is never served stale), which halves each start. Set here so vitest's workers, the processes
// they spawn and the engine's worker threads all inherit it.
process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), 'node-compile-cache');

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // No test mocks a module or keeps state in one, so files share a worker's module graph instead
    // of each importing discord.js and the engine afresh (a third of the suite's CPU time).
    isolate: false,
    // vitest's default is one worker fewer than the cores, one on a 2-core machine; many end-to-end
    // tests mostly wait (for a spawned bot, a gateway resume, a download deadline), so two overlap.
    maxWorkers: Math.max(2, availableParallelism()),
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
