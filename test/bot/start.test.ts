/** How the bot is started: `npm start` runs the sources (no compile step), the image the compiled build, both with the same Node flags. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> };
const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');

describe('starting the bot', () => {
  const start = pkg.scripts.start!.split(/\s+/);

  it('npm start runs src/main.ts directly: no build first', () => {
    expect(start[0]).toBe('node');
    expect(start.at(-1)).toBe('src/main.ts');
    expect(pkg.scripts.start).not.toMatch(/build|tsc|&&/);
  });

  it('the Docker image runs the compiled entry point with the same Node flags as npm start', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(cmd).toBeDefined();
    const flags = start.filter((t) => t.startsWith('--'));
    expect(JSON.parse(cmd!)).toEqual(['node', ...flags, 'dist/src/main.js']);
  });
});
