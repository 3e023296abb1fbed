/**
 * Issue 7: a field echoed from a paste (clientId, displayName, platform, paths) can never break out
 * of its code span. Hostile values are planted in a real devices list, a real audit line and an
 * approve error; whatever the reply says, no link, mention or `@everyone` from the paste appears
 * outside a code span or block, in English or Chinese, short or full.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose.ts';
import { plain } from '../../src/evidence/plain.ts';
import { code } from '../../src/reply/code.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'openclaw-2026.4.14', 'stale-baseline');
const list = JSON.parse(readFileSync(join(FIX, 'devices-list-after-supersede.json'), 'utf8')) as {
  pending: Record<string, unknown>[];
  paired: Record<string, unknown>[];
};

const PAYLOADS = ['@everyone', '[click me](https://evil.example/x)', '<@123456789012345678>', '<@&42>', '<#99>', 'https://evil.example'];
const BREAKERS = ['`', '``', '```', '\n', '\r\n', '\u2028', '**', '||', '> ', '# ', '\\`'];

const hostile = fc
  .array(fc.oneof(fc.constantFrom(...PAYLOADS, ...BREAKERS), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 8 })
  .map((parts) => `${parts.join('')}@everyone`);

/** The reply with every code block and inline code span taken out: what Discord renders as markdown. */
function outsideCode(md: string): string {
  const lines = md.split('\n');
  const kept: string[] = [];
  let fenced = false;
  for (const line of lines) {
    if (line.startsWith('```')) {
      fenced = !fenced;
      continue;
    }
    if (!fenced) kept.push(line);
  }
  // Inline spans never cross a line in our replies; an unmatched backtick would be the breakout.
  return kept.map((l) => l.replace(/`[^`]*`/g, '')).join('\n');
}

function assertContained(md: string): void {
  const rest = outsideCode(md);
  expect(rest).not.toContain('@everyone');
  expect(rest).not.toContain('evil.example');
  expect(rest).not.toMatch(/<@&?\d+>|<#\d+>/);
}

describe('echoed fields cannot escape their code span', () => {
  it('plain() leaves no backtick or line break, and code() is one span', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = plain(s);
        expect(p).not.toMatch(/[`\n\r\u2028\u2029]/);
        const c = code(s);
        expect(c.startsWith('`') && c.endsWith('`')).toBe(true);
        expect(c.slice(1, -1)).not.toContain('`');
      }),
    );
  });

  it('hostile clientId, displayName, platform and paths in a devices list, an audit line and an error', () => {
    fc.assert(
      fc.property(
        hostile,
        hostile,
        hostile,
        hostile,
        fc.constantFrom('en', 'zh-Hans', 'zh-Hant') as fc.Arbitrary<'en' | 'zh-Hans' | 'zh-Hant'>,
        (clientId, displayName, platform, path, language) => {
          const doc = structuredClone(list);
          Object.assign(doc.pending[0]!, { clientId, displayName, platform });
          Object.assign(doc.paired[0]!, { clientId, displayName, platform });
          const audit =
            'security audit: device access upgrade requested reason=scope-upgrade device=a737c285864f348d0dbbccbc7c5b63827e21bacb3a2dd8a2c3754036f86490f3 ' +
            `ip=unknown-ip auth=token roleFrom=operator roleTo=operator scopesFrom=operator.read scopesTo=operator.admin client=${clientId} conn=1`;
          const error = `gateway closed (1008): pairing required\nConfig: ${path}/openclaw.json\nSource: local loopback\nGateway target: ws://127.0.0.1:18789`;
          const d = diagnose([{ text: error }, { text: audit }, { text: JSON.stringify(doc, null, 2) }], { language });
          for (const m of [d.reply, ...d.messages, ...(d.details ?? [])]) assertContained(m);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a clientId made to close its span and post a link stays inside it', () => {
    const doc = structuredClone(list);
    doc.pending[0]!.clientId = 'cli` [official fix](https://evil.example) @everyone `x';
    doc.paired[0]!.clientId = doc.pending[0]!.clientId;
    const d = diagnose([{ text: JSON.stringify(doc, null, 2) }]);
    assertContained(d.reply);
    for (const m of d.details ?? []) assertContained(m);
  });
});
