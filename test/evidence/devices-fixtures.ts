/** Fixture access shared by the devices / approve / secrets tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Extractor } from '../../src/evidence/extractor.ts';
import type { Fact, FactKind, FactOf } from '../../src/evidence/facts.ts';
import { makePaste } from '../../src/evidence/paste.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const OC414 = join(FIXTURES, 'openclaw-2026.4.14');

export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

export function run(e: Extractor, text: string, message = 0): Fact[] {
  return e.extract(makePaste(text, message));
}

export function only<K extends FactKind>(facts: Fact[], kind: K): FactOf<K>[] {
  return facts.filter((f): f is FactOf<K> => f.kind === kind);
}

export const SEED_000 = join(FIXTURES, 'seeds', '000_74c957401880c7c4.txt');
