/**
 * A pasted secret is never echoed: the reply warns, asks for the message to be deleted and says how
 * to rotate that kind of secret. These replies are golden files like the rules' own.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose.ts';

// Built at run time so no secret-shaped value sits in the repository.
const gatewayToken = Array.from({ length: 48 }, (_, i) => '0123456789abcdef'[(i * 7) % 16]).join('');
const discordToken = [Buffer.from('1055872468743716874').toString('base64url'), 'Gh7abc', 'y'.repeat(30)].join('.');
const configPaste = `my config:
{
  "gateway": {
    "mode": "local",
    "bind": "loopback",
    "auth": { "mode": "token", "token": "${gatewayToken}" }
  }
}
and sessions_spawn says gateway closed (1008): pairing required
OpenClaw 2026.4.14 (323493f)`;

describe('pasted secrets', () => {
  it('a gateway token in openclaw.json beside a pairing failure: warn, rotate, then the pairing advice', async () => {
    const d = diagnose([{ text: configPaste }]);
    expect(d.secrets).toContain('gateway-token');
    expect(d.reply).not.toContain(gatewayToken);
    expect(d.reply).toContain('You pasted a secret');
    expect(d.reply).toContain('Delete that message');
    expect(d.reply).toContain('openclaw doctor --generate-gateway-token');
    expect(d.stage).toBe('version-check');
    await expect(d.messages.join('\n\n<!-- next message -->\n\n')).toMatchFileSnapshot('replies/_secret-gateway-token.md');
  });

  it('a secret and nothing else still gets the warning (and counts as relevant for auto-replies)', async () => {
    const d = diagnose([{ text: `here is my bot token ${discordToken} can you check it` }]);
    expect(d.reply).not.toContain(discordToken);
    expect(d.reply).toContain('Reset Token');
    expect(d.relevant).toBe(true);
    await expect(d.messages.join('\n\n<!-- next message -->\n\n')).toMatchFileSnapshot('replies/_secret-discord-token.md');
  });
});
