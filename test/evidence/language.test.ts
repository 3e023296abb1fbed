import { describe, expect, it } from 'vitest';
import { languageOf, saysAnything } from '../../src/evidence/language.ts';

describe('saysAnything', () => {
  it('a screenshot, a link or a mention says nothing; a word does', () => {
    expect(saysAnything('![image](https://github.com/user-attachments/assets/7b77)')).toBe(false);
    expect(saysAnything('<img width="652" alt="Image" src="https://example.com/a.png" />\n')).toBe(false);
    expect(saysAnything('https://example.com/log.txt <@123456789>')).toBe(false);
    expect(saysAnything('就可以了')).toBe(true);
    expect(saysAnything('works now')).toBe(true);
  });
});

describe('the asker language', () => {
  it("keeps the asker's Chinese after a pasted error on the same line", () => {
    expect(
      languageOf('disconnected (1008): control ui requires HTTPS or localhost (secure context) 不知如何解决，能不能帮忙解决一下'),
    ).toBe('zh-Hans');
  });

  it('reads camelCase and snake_case log fields as pasted, not as English prose', () => {
    const text =
      '以下是 cowork.log报错内容\n  errorMessage: Claude Code process exited with code 1\n  errorStack: Error: Claude Code process exited with code 1\n  error_code: authentication failed badly';
    expect(languageOf(text)).toBe('zh-Hans');
  });
});
