/**
 * The Chinese catalog: every sentence a rule can say has a Chinese version (this test lists the
 * ones that do not, so a changed or new rule text shows up here), entries keep their placeholders,
 * and a Chinese asker gets the whole reply in their script with commands, ids and links unchanged.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose.ts';
import { languageOf, threadLanguage } from '../../src/evidence/language.ts';
import { translator } from '../../src/reply/catalog/index.ts';
import { zhHans } from '../../src/reply/catalog/zh-Hans.ts';
import { toSkeleton } from '../../src/reply/skeleton.ts';
import { rules } from '../../src/rules/index.ts';
import { loadCorpus } from '../corpus/cases.ts';
import { runExampleAs } from './run-example-as.ts';
import { untranslatedInExamples } from './untranslated.ts';

describe('the Chinese catalog', () => {
  it("has a Chinese version of every sentence the rules' firing examples produce", () => {
    const missing = untranslatedInExamples();
    const list = [...missing].map(([key, where]) => `${where[0]}: ${JSON.stringify(key)}`);
    expect(list, `${list.length} sentences have no zh-Hans entry in src/reply/catalog/zh-Hans.sentences.ts`).toEqual([]);
  });

  it('translates every sentence of every real thread answered in Chinese', () => {
    const missing: string[] = [];
    for (const c of loadCorpus(['real'])) {
      const messages = c.messages.map((text) => ({ text }));
      if (diagnose(messages, { title: c.title }).language === 'en') continue;
      diagnose(messages, { title: c.title, onMissingTranslation: (k) => missing.push(`${c.id}: ${JSON.stringify(k)}`) });
    }
    expect(missing).toEqual([]);
  });

  it('keeps every placeholder of its English skeleton', () => {
    const bad = Object.entries(zhHans.sentences).filter(([en, zh]) => {
      const ph = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort().join();
      return ph(en) !== ph(zh);
    });
    expect(bad).toEqual([]);
  });

  it('turns a sentence into a skeleton and back: code spans, versions and labels are parts', () => {
    const s = 'Your CLI device `a2db8970…` is paired with `operator.read`, `operator.write` only; upgrade to 2026.4.25 (#59555).';
    const sk = toSkeleton(s);
    expect(sk.key).toBe('Your {0} {1} is paired with {2} only; upgrade to {3} ({4}).');
    expect(sk.parts).toEqual(['CLI device', '`a2db8970…`', '`operator.read`, `operator.write`', '2026.4.25', '#59555']);
  });

  it('writes a whole reply in Chinese for a Chinese asker, commands and ids unchanged', () => {
    const rule = rules.find((r) => r.id === 'approve-pending-upgrade')!;
    const en = runExampleAs(rule.examples.fires[0]!, 'en');
    const zh = runExampleAs(rule.examples.fires[0]!, 'zh-Hans');
    expect(zh.language).toBe('zh-Hans');
    const commands = (md: string) => [...md.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(commands(zh.reply)).toEqual(commands(en.reply));
    expect(zh.reply).toContain('openclaw devices approve 8b796ecc-ba50-427a-b3ff-19c4c5377692');
    expect(zh.reply).toContain('`fresh-approve`');
    expect(zh.reply).toMatch(/文档/);
    // No English sentence left outside code: at most a few Latin words (product names, terms) per line.
    const prose = zh.reply.replace(/```\w*\n[\s\S]*?```/g, '');
    for (const line of prose.split('\n')) {
      const words =
        line
          .replace(/`[^`]*`/g, '')
          .replace(/\[[^\]]*\]\(<[^>]*>\)/g, '')
          .match(/\b[a-z]{4,}\b/g) ?? [];
      expect(words.length, line).toBeLessThan(6);
    }
  });

  it('writes Traditional Chinese for a Traditional asker', () => {
    const t = translator('zh-Hant');
    expect(t.chrome.notFixes).toBe('這些沒有用');
    expect(t.text('Restart the gateway:')).toMatch(/閘道器|網關/);
    // Code spans are never converted.
    expect(t.text('Restart the gateway so it loads it:')).not.toMatch(/`/);
    expect(t.text('Do not paste the token here.')).toMatch(/token/);
  });
});

describe("the asker's language", () => {
  it('reads prose, not pastes, and follows the latest message', () => {
    expect(languageOf('我的网关一直报错，怎么办？\n```\ngateway closed (1008): pairing required\n```')).toBe('zh-Hans');
    expect(languageOf('安裝後跑完 wizard，gateway 就 crash 了，這要怎麼操作?')).toBe('zh-Hant');
    expect(languageOf('After the update my CLI fails with this:\n```\n设备 张三 的 MacBook\n```')).toBe('en');
    expect(languageOf('```\n{"displayName": "张三的电脑"}\n```')).toBeUndefined();
    expect(
      threadLanguage([{ text: '我的 CLI 一直 pairing required，怎么办' }, { text: 'openclaw devices list --json\n{"pending": []}' }]),
    ).toBe('zh-Hans');
    expect(
      threadLanguage([
        { text: '我的 CLI 一直 pairing required，怎么办' },
        { text: 'Sorry, switching to English: it still fails after approving.' },
      ]),
    ).toBe('en');
    expect(threadLanguage([{ text: 'ゲートウェイに接続できません。ペアリングが必要です。' }])).toBe('en');
  });
});
