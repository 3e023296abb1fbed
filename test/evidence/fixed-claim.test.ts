import { describe, expect, it } from 'vitest';
import { fixedClaim } from '../../src/evidence/fixed-claim.ts';
import { run } from './devices-fixtures.ts';

const claims = (text: string) => run(fixedClaim, text);

describe('fixed-claim: the asker says it works now', () => {
  it.each([
    'ok it works now, thank you!',
    'Fixed it by pasting the token into the panel.',
    'problem solved',
    'all good now',
    'finally working',
    'that did the trick',
    'resolved',
    '重启之后好了',
    '升级客户端后问题已解决',
    '搞定了，谢谢',
    '解决',
    '已经自己修好配置了，可以关闭了',
    'Thanks, this can be closed.',
    '## What worked',
  ])('claims: %s', (text) => {
    expect(claims(text)).toHaveLength(1);
  });

  it.each([
    'it still does not work',
    'is it fixed in 2026.5?',
    'It worked before the update, but now it fails',
    'none of these resolved the issue',
    'works now, but the next call says pairing required',
    '还是没解决',
    '这个问题怎么解决？',
    '临时解决方案：用浏览器打开',
    'Attempted fixes (none resolved the issue):',
    'in a setup that works correctly on 2026.6.1',
    'can this be closed or is it still broken?',
    '不可以关闭',
    '## What worked before the update',
  ])('no claim: %s', (text) => {
    expect(claims(text)).toHaveLength(0);
  });

  it('keeps the command that fixed it, without its id', () => {
    const [f] = claims('What fixed it:\n```\nopenclaw nodes approve 0f0e0d0c-1111-4222-8333-944445555666\n```');
    expect(f).toMatchObject({ kind: 'fixed-claim', command: 'openclaw nodes approve' });
  });

  it('a clause of its own counts, the negation of another clause does not cancel it', () => {
    expect(claims('问题已解决   装了缺的插件就行了 默认没带')).toHaveLength(1);
  });
});

describe('fixed-claim: how far a turn reaches', () => {
  it('a "but" in a later list item does not cancel the claim', () => {
    expect(claims('- typed the code by hand: it connected fine\n- another thing, but unrelated')).toHaveLength(1);
  });
  it('a "but" on the next line of the same paragraph does', () => {
    expect(claims('it connected fine\nbut after a restart it fails again')).toHaveLength(0);
  });
});
