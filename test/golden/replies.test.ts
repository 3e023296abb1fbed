/**
 * Every reply the bot can give, as the bot would post it: each rule's firing examples rendered to a
 * golden markdown file under test/golden/replies/. Review a changed reply in the diff like code.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.ts';
import { runExample } from '../rules/run-example.ts';

describe('golden replies', () => {
  for (const rule of rules) {
    rule.examples.fires.forEach((ex, i) => {
      it(`${rule.id} #${i + 1}`, async () => {
        const d = runExample(ex);
        const body = `<!-- ${rule.id} #${i + 1}: ${ex.name ?? 'example'} · stage ${d.stage} -->\n${d.messages.join('\n\n<!-- next message -->\n\n')}\n`;
        await expect(body).toMatchFileSnapshot(`replies/${rule.id}.${i + 1}.md`);
      });
    });
  }
});
