import type { OtherPairingFact } from '../../src/evidence/facts.ts';
import { defineRule } from '../../src/triage/rule.ts';
import { docs } from '../docs.ts';

/** A chat channel's DM pairing code: `openclaw pairing`, not `openclaw devices` (reference §10.3). */
export default defineRule<{ fact: OtherPairingFact }>({
  id: 'channel-dm-pairing',
  stage: 'other-cause',
  title: "A chat channel's DM pairing code, which is not device pairing",
  docs: [docs.channelPairing],
  match(c) {
    const fact = c.all('other-pairing').filter((f) => f.what === 'channel-dm').at(-1);
    return fact ? { fact } : undefined;
  },
  advise({ fact }) {
    return {
      summary:
        "That is a chat channel's DM pairing code: someone messaged your bot and is waiting to be let in. It lives in `openclaw pairing`, not in `openclaw devices`, which is why `devices list` shows nothing.",
      steps: fact.command
        ? [{ text: 'If you know that person, approve them with the exact command the bot printed:', command: fact.command }]
        : [{ text: 'Approve the person with the `openclaw pairing approve …` command the bot printed (channel and code), if you know them.' }],
      notes: ['Channel pairing codes expire after an hour; a new message from them makes a new code.'],
      notFixes: ['Approving or removing devices: device pairing is a different store.'],
      asks: ['openclaw --version'],
    };
  },
  examples: {
    fires: [
      {
        thread: [{ text: 'my telegram bot says "Pairing code: X7K9PQ2M. Ask the bot owner to approve with: openclaw pairing approve telegram X7K9PQ2M" and devices list is empty' }],
        expect: { stage: 'other-cause', mentions: ['openclaw pairing approve telegram X7K9PQ2M'], absent: ['devices approve', 'devices remove', 'devices clear'] },
      },
    ],
    silent: [{ thread: ['seeds/000-5-devices-list.txt'] }],
  },
});
