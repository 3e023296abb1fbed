import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../src/diagnose.ts';
import type { Example } from '../../src/triage/rule.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Runs a rule example through the whole engine, as the CLI would. */
export function runExample(ex: Example) {
  const messages = ex.thread.map((m) => ({ text: typeof m === 'string' ? readFileSync(join(FIXTURES, m), 'utf8') : m.text }));
  return diagnose(messages, { at: ex.at ? Date.parse(ex.at) : undefined });
}
