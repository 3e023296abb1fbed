import { defineExtractor } from './extractor.ts';
import type { Fact, OtherPairingFact } from './facts.ts';
import { asRequestId } from './ids.ts';
import { keywords } from './keywords.ts';
import type { Paste } from './paste.ts';

const NODE_INVOKE = 'pairing required before node invoke';
const NODE_REQUEST = /Approve pairing request ([0-9a-fA-F-]{36})\b/;
/** `openclaw pairing approve <channel> <CODE>` as a channel bot prints it to the person waiting (older
 * builds print the old binary names `clawdbot` / `moltbot`), or as the asker quotes it with a placeholder. */
const CHANNEL_APPROVE =
  /\b(?:openclaw(?:\.mjs)?|clawdbot|moltbot) pairing approve (?:--channel[ =])?([a-z][\w-]{1,30}) (\[code\]|<code>|<CODE>|\[CODE\]|CODE|[A-Za-z0-9]{4,16})(?![\w>\]])/;
const PLACEHOLDER = /^(?:\[code\]|<code>|<CODE>|\[CODE\]|CODE)$/;
/** The same command as someone ran it without the code: `openclaw pairing approve feishu` and nothing after. */
const APPROVE_WITHOUT_CODE = /\b(?:openclaw|clawdbot|moltbot) pairing approve ([a-z][\w-]{1,30})\s*$/;
/** What the waiting sender or the approving owner sees when a channel's DM gate holds someone. */
const CHANNEL_TEXTS = ['Pairing code: ', 'OpenClaw: access not configured', 'No pending pairing request found for code'];
/** Lines found through the paste's keyword index (one pass for every extractor's words). */
keywords([NODE_INVOKE, ' pairing approve ', ...CHANNEL_TEXTS]);
/** Chat channels by name; CJK names map to the channel id the CLI takes. */
const CHANNELS: ReadonlyArray<[RegExp, string]> = [
  [/\btelegram\b/i, 'telegram'],
  [/\bdiscord\b/i, 'discord'],
  [/\bfeishu\b|\blark\b|飞书/i, 'feishu'],
  [/\bslack\b/i, 'slack'],
  [/\bwhatsapp\b/i, 'whatsapp'],
  [/\bsignal\b/i, 'signal'],
  [/\bimessage\b/i, 'imessage'],
  [/\bmattermost\b/i, 'mattermost'],
  [/\bmatrix\b/i, 'matrix'],
];
/** A channel named as a chat channel ("Feishu channel", "telegram bot", "飞书机器人"), not just in passing. */
const AS_CHANNEL =
  /\b(?:telegram|discord|feishu|lark|slack|whatsapp|signal|imessage|mattermost|matrix)\s*(?:\([^)]{0,10}\)\s*)?(?:channel|bot|dms?|direct message)\b|(?:飞书|钉钉)(?:机器人|频道|渠道)?/i;
/** Someone describing the DM gate: "still requires pairing", "asks me to pair", "配对码". */
const DESCRIBED =
  /\b(?:requires?|asks?(?: me)? to|needs?|keeps? asking (?:for|to))\s+(?:re-?)?pair(?:ing)?\b|\bpairing code\b|配对码|要求配对|需要配对/i;

function channelIn(text: string): string | undefined {
  for (const [re, id] of CHANNELS) if (re.test(text)) return id;
  return undefined;
}

/**
 * Pairing prompts that are not device pairing: `pairing required before node invoke. Approve pairing
 * request <id> and retry.` (docs/openclaw-facts.md §1.8) and a chat channel's DM pairing code (§10.3), which is
 * approved with `openclaw pairing`, never `openclaw devices`.
 */
export const otherPairing = defineExtractor({
  name: 'other-pairing',
  extract(paste: Paste): Fact[] {
    const out: OtherPairingFact[] = [];
    for (const l of paste.linesWith(NODE_INVOKE)) {
      const f: OtherPairingFact = { kind: 'other-pairing', what: 'node-invoke', at: { message: paste.message, line: l.line } };
      const id = asRequestId(NODE_REQUEST.exec(l.text.slice(0, 1000))?.[1]);
      if (id) f.requestId = id;
      out.push(f);
    }
    const text = paste.text;
    const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
    const named = channelIn(AS_CHANNEL.exec(sample)?.[0] ?? '');
    for (const l of paste.linesWith(' pairing approve ')) {
      const m = CHANNEL_APPROVE.exec(l.text.slice(0, 1000));
      if (!m) {
        const bare = APPROVE_WITHOUT_CODE.exec(l.text.slice(0, 1000));
        const channel = bare ? channelIn(bare[1]!) : undefined;
        if (channel)
          out.push({ kind: 'other-pairing', what: 'channel-dm', channel, codeMissing: true, at: { message: paste.message, line: l.line } });
        continue;
      }
      const f: OtherPairingFact = {
        kind: 'other-pairing',
        what: 'channel-dm',
        channel: m[1]!.toLowerCase(),
        at: { message: paste.message, line: l.line },
      };
      if (!PLACEHOLDER.test(m[2]!)) f.command = `openclaw pairing approve ${m[1]} ${m[2]}`;
      out.push(f);
    }
    for (const needle of CHANNEL_TEXTS) {
      for (const l of paste.linesWith(needle)) {
        if (out.some((f) => f.at.line === l.line)) continue;
        const f: OtherPairingFact = { kind: 'other-pairing', what: 'channel-dm', at: { message: paste.message, line: l.line } };
        const channel = channelIn(l.text.slice(0, 1000)) ?? named;
        if (channel) f.channel = channel;
        out.push(f);
      }
    }
    // Described, with the channel named as a channel and no device close in the same message.
    if (out.length === 0 && named && !sample.includes('pairing required')) {
      const m = DESCRIBED.exec(sample);
      if (m)
        out.push({
          kind: 'other-pairing',
          what: 'channel-dm',
          channel: named,
          at: { message: paste.message, line: paste.lineAt(m.index).line },
        });
    }
    return out;
  },
});
