import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const CAPTURES = join(FIXTURES, 'openclaw-2026.4.14');

const SKIP = /(^|\/)(SUMMARY\.txt|steps\.tsv|results\.tsv|ids\.txt|version\.txt|openclaw\.json)$/;

/** Every captured OpenClaw output, as paths relative to test/fixtures/. */
export function captureFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!SKIP.test(p)) out.push(relative(FIXTURES, p));
    }
  };
  walk(CAPTURES);
  return out;
}
