/**
 * Every reply sentence with no Chinese version: each rule's firing examples rendered as a Chinese
 * asker (the golden replies are these same examples), plus, with `--corpus`, every corpus thread.
 * `node test/reply/untranslated.ts [--corpus]` prints them as JSON, to fill
 * src/reply/catalog/zh-Hans.sentences.ts; test/reply/catalog.test.ts fails while any is left.
 */

import { diagnose } from '../../src/diagnose.ts';
import { rules } from '../../src/rules/index.ts';
import { loadCorpus } from '../corpus/cases.ts';
import { runExampleAs } from './run-example-as.ts';

export function untranslatedInExamples(): Map<string, string[]> {
  const missing = new Map<string, string[]>();
  for (const rule of rules) {
    rule.examples.fires.forEach((ex, i) => {
      runExampleAs(ex, 'zh-Hans', (key) => missing.set(key, [...(missing.get(key) ?? []), `${rule.id} #${i + 1}`]));
    });
  }
  return missing;
}

export function untranslatedInCorpus(): Map<string, string[]> {
  const missing = new Map<string, string[]>();
  for (const c of loadCorpus()) {
    diagnose(
      c.messages.map((text) => ({ text })),
      { language: 'zh-Hans', onMissingTranslation: (key) => missing.set(key, [...(missing.get(key) ?? []), c.id]) },
    );
  }
  return missing;
}

if (import.meta.main) {
  const all = untranslatedInExamples();
  if (process.argv.includes('--corpus')) for (const [k, v] of untranslatedInCorpus()) all.set(k, [...(all.get(k) ?? []), ...v]);
  process.stdout.write(`${JSON.stringify(Object.fromEntries([...all].map(([k, v]) => [k, v[0]])), null, 1)}\n`);
}
