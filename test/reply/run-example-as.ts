import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../src/diagnose.ts';
import type { Language } from '../../src/evidence/language.ts';
import type { Example } from '../../src/triage/rule.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A rule example through the whole engine, as an asker writing `language`. */
export function runExampleAs(ex: Example, language: Language, onMiss?: (skeleton: string) => void) {
  const messages = ex.thread.map((m) => ({ text: typeof m === 'string' ? readFileSync(join(FIXTURES, m), 'utf8') : m.text }));
  return diagnose(messages, { at: ex.at ? Date.parse(ex.at) : undefined, language, onMissingTranslation: onMiss });
}
