import { describe, expect, it } from 'vitest';
import { saysAnything } from '../../src/evidence/language.ts';

describe('saysAnything', () => {
  it('a screenshot, a link or a mention says nothing; a word does', () => {
    expect(saysAnything('![image](https://github.com/user-attachments/assets/7b77)')).toBe(false);
    expect(saysAnything('<img width="652" alt="Image" src="https://example.com/a.png" />\n')).toBe(false);
    expect(saysAnything('https://example.com/log.txt <@123456789>')).toBe(false);
    expect(saysAnything('就可以了')).toBe(true);
    expect(saysAnything('works now')).toBe(true);
  });
});
