import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose.ts';

/** The forum post's title (src/diagnose.ts): a fallback for bodies that decide nothing, never an override. */
describe('the thread title', () => {
  it('decides a body that holds only a question or a screenshot', () => {
    const body = [{ text: '![screenshot](https://example.com/a.png)\nWhat should I do?' }];
    expect(diagnose(body).stage).toBe('no-match');
    const d = diagnose(body, { title: 'Control UI: disconnected (1008): pairing required' });
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain('openclaw devices approve');
  });

  it('never outranks what the asker pasted: a token mismatch stays a look-alike under a "pairing" title', () => {
    const body = [
      {
        text: 'disconnected (1008): unauthorized: gateway token mismatch (open the dashboard URL and paste the token in Control UI settings)',
      },
    ];
    const d = diagnose(body, { title: 'pairing required error after update' });
    expect(d.stage).toBe('other-cause');
    expect(d.reply).not.toContain('openclaw devices approve');
  });

  it('keeps the language of the messages, and uses the title only when nothing else has prose', () => {
    const zh = diagnose([{ text: '截图在这里，请问怎么办？一直连接不上' }], { title: 'disconnected (1008): pairing required' });
    expect(zh.language).toBe('zh-Hans');
    const fromTitle = diagnose([{ text: '![](https://example.com/a.png)' }], { title: '控制台一直显示 pairing required，怎么批准设备？' });
    expect(fromTitle.language).toBe('zh-Hans');
  });

  it('gives the language when the body is only a pasted error', () => {
    const d = diagnose(
      [
        {
          text: 'disconnected (1008): origin not allowed (open the Control UI from the gateway host or allow it in gateway.controlUi.allowedOrigins)',
        },
      ],
      { title: '这个还是不行 disconnected (1008): origin not allowed' },
    );
    expect(d.stage).toBe('other-cause');
    expect(d.language).toBe('zh-Hans');
  });

  it('a title that decides nothing leaves the reply as it was', () => {
    const body = [{ text: 'help please, it does not work' }];
    expect(diagnose(body, { title: 'Help!' }).reply).toBe(diagnose(body).reply);
  });
});
