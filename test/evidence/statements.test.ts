import { describe, expect, it } from 'vitest';
import type { StatementFact } from '../../src/evidence/facts.ts';
import { makePaste } from '../../src/evidence/paste.ts';
import { statements } from '../../src/evidence/statements.ts';

const said = (text: string) => (statements.extract(makePaste(text)) as StatementFact[]).map((f) => f.said);

describe('statements: what the asker says they did and saw', () => {
  it('approve answering unknown requestId, in several wordings', () => {
    expect(said('Every time I approve it, the CLI says unknown requestId.')).toContain('approve-unknown-request');
    expect(said('openclaw devices approve <id> just returns "unknown request id" for me')).toContain('approve-unknown-request');
    expect(said('我执行批准命令，结果提示 unknown requestId')).toContain('approve-unknown-request');
  });

  it('a requestId that keeps changing', () => {
    expect(said('The request id keeps changing every few seconds so I never catch it.')).toContain('request-id-churns');
    expect(said('Each reconnect creates a brand new pending request, the old one gets superseded.')).toContain('request-id-churns');
    expect(said('requestId 一直在变，根本来不及批准')).toContain('request-id-churns');
    expect(said('每次重连都会生成新的请求 id')).toContain('request-id-churns');
  });

  it('approved, and it asks again', () => {
    expect(said('I approved it twice but it keeps asking for pairing.')).toContain('approved-still-asks');
    expect(said('Approving in the Control UI does not stick, the prompt comes back.')).toContain('approved-still-asks');
    expect(said('已经批准了，但是还是要求配对')).toContain('approved-still-asks');
  });

  it('things tried and places looked', () => {
    expect(said('I even edited ~/.openclaw/devices/paired.json by hand to add operator.admin')).toContain('edited-pairing-files');
    expect(said('我修改了 device-auth.json 也没用')).toContain('edited-pairing-files');
    expect(said('I ran openclaw nodes pending and it is empty.')).toContain('nodes-pending-empty');
    expect(said('openclaw pairing list shows no pending requests at all')).toContain('checked-channel-pairing');
    expect(said('I tried approve with the deviceId from the list, same error')).toContain('passed-device-id');
    expect(said('After a restart of the gateway it loops again.')).toContain('after-restart');
    expect(said('电脑重启后又开始要求配对')).toContain('after-restart');
  });

  it('questions the reply must answer first', () => {
    expect(said('How do I find the deviceId of the old laptop?')).toContain('asks-device-id');
    expect(said('Where do I approve it when the container has no UI?')).toContain('asks-where-approve');
    expect(said('在哪里批准这个请求？')).toContain('asks-where-approve');
    expect(said('There are two requests, which one should I approve?')).toContain('asks-which-approve');
    expect(said('Is it safe to approve this, and will I need to do it again?')).toContain('asks-safe');
  });

  it('blocked approval, removal and duplicates', () => {
    expect(said('Running openclaw devices approve inside the container fails with scope upgrade pending approval.')).toContain(
      'approve-blocked',
    );
    expect(said('After I deleted the device entry the app can no longer pair at all.')).toContain('removed-cannot-re-pair');
    expect(said('The paired list keeps growing with duplicate entries for my phone.')).toContain('duplicate-devices');
    expect(said('I scripted list and approve in a single command: still unknown requestId.')).toContain('one-line-approve-failed');
  });

  it('a described upgrade carries the scopes it names', () => {
    const [f] = (
      statements.extract(makePaste('The log says it wants to go from operator.read to operator.admin.')) as StatementFact[]
    ).filter((s) => s.said === 'scope-upgrade-described');
    expect(f?.scopesFrom).toEqual(['operator.read']);
    expect(f?.scopesTo).toEqual(['operator.admin']);
  });

  it('reads a scope upgrade described in words, in English and Chinese', () => {
    for (const text of [
      'When an operator command fails because the gateway has queued a scope upgrade, the output does not say how to clear it.',
      'Scope upgrade requests currently require SSH / control-plane approval via `openclaw devices approve`.',
      '1. CLI triggers scope upgrade → pending.json gets a new entry',
      'cron add 之后提示权限升级需要批准，但是找不到在哪里批准',
      'The tab omits the one step that makes either path work: approving the pending device scope request.',
      'The operator command fails with the exact same scope error until you approve the device.',
      'Cron announce delivery should push results without requiring a "scope-upgrade" pairing step.',
    ])
      expect(said(text), text).toContain('scope-upgrade-described');
    // A report of the gateway doing the right thing elsewhere is not this asker's pending upgrade.
    expect(said('On 2026.7.1 the gateway correctly refuses the command and leaves a pending scope-upgrade request.')).not.toContain(
      'scope-upgrade-described',
    );
    expect(
      said('the gateway generates a new scope upgrade request that supersedes the one being approved, making approval impossible.'),
    ).toContain('request-id-churns');
    expect(said('Does a scope upgrade change anything for the Control UI?')).not.toContain('scope-upgrade-described');
  });

  it('a pending request seen in the list, with a word or two before "request"', () => {
    expect(said('- `openclaw devices list` shows a pending operator pairing request (not completed)')).toContain('pending-seen');
  });

  it('a hedge holds for its own sentence, not the paragraph it opens', () => {
    expect(
      said(
        'When attempting to use openclaw mcp serve with the gateway auth token, the gateway repeatedly requests scope upgrade approval. Each subsequent CLI invocation generates a fresh pending request that supersedes any previously-approved one.',
      ),
    ).toContain('request-id-churns');
    expect(said('When the request id rotates between list and approve, run both in one line.')).not.toContain('request-id-churns');
  });

  it('advice and conditionals are not statements of what happened', () => {
    expect(said('If approving does not stick, remove the device and pair again.')).not.toContain('approved-still-asks');
    expect(said('Run devices list right before approving, because retries can supersede the old requestId.')).not.toContain(
      'request-id-churns',
    );
  });

  it('machine output is left to the extractors for pasted output', () => {
    expect(said('[openclaw] Failed to start CLI: GatewayClientRequestError: unknown requestId')).toEqual([]);
    expect(
      said(
        '$ openclaw devices approve 2f8c5b4e-1d0a-4c3b-9e7f-6a5b4c3d2e1f\ngateway connect failed: GatewayClientRequestError: pairing required',
      ),
    ).toEqual([]);
  });

  it('list items are separate sentences', () => {
    expect(said('- approve the pending node pairing request\n- rotate the node token')).not.toContain('request-id-churns');
  });

  it('nothing in an unrelated question', () => {
    expect(said('How do I change the default model of my agent?')).toEqual([]);
  });

  // Its time on 1 and 5 MB of such text is a bench figure (testkit/adversarial.ts, `npm run bench`).
  it('reads a long log whole', () => {
    const line = '2026-04-05T14:16:13.663Z [gateway] info heartbeat ok approve request id rotates pairing required\n';
    const prose = 'the request id keeps changing and approve says nothing useful, please help with this one\n';
    const text = line.repeat(40000) + prose.repeat(20000);
    expect(() => statements.extract(makePaste(text))).not.toThrow();
  });
});
