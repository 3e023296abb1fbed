import type { OtherPairingFact } from '../../evidence/facts.ts';
import { docs } from '../../openclaw/docs.ts';
import type { Step } from '../../triage/rule.ts';
import { defineRule } from '../../triage/rule.ts';
import { gatewayWrapper, wrapCommand } from '../wrappers.ts';

const CHANNEL_NAMES: Record<string, string> = {
  telegram: 'Telegram',
  discord: 'Discord',
  feishu: 'Feishu',
  slack: 'Slack',
  whatsapp: 'WhatsApp',
  signal: 'Signal',
  imessage: 'iMessage',
  mattermost: 'Mattermost',
  matrix: 'Matrix',
};

/**
 * A chat channel's DM pairing code: `openclaw pairing`, not `openclaw devices` (docs/openclaw-facts.md §10.3). The
 * code is stored in the gateway's own state, so the CLI that lists and approves it must run where the
 * gateway runs (its container, sandbox or host user); codes last an hour.
 */
export default defineRule<{ fact: OtherPairingFact; channel?: string }>({
  id: 'channel-dm-pairing',
  stage: 'other-cause',
  priority: 740,
  title: "A chat channel's DM pairing code, which is not device pairing",
  docs: [docs.channelPairing],
  match(c) {
    const all = c.all('other-pairing').filter((f) => f.what === 'channel-dm');
    const fact = all.find((f) => f.command) ?? all.at(-1);
    if (!fact) return undefined;
    const channel = all
      .map((f) => f.channel)
      .filter((x): x is string => !!x)
      .at(-1);
    return channel ? { fact, channel } : { fact };
  },
  advise({ fact, channel }, c) {
    const w = gatewayWrapper(c);
    const ch = channel ?? 'telegram';
    const name = channel ? (CHANNEL_NAMES[channel] ?? channel) : 'the chat channel';
    const where =
      w.kind === 'host'
        ? 'On the machine where the gateway runs (same user, same state directory as the gateway)'
        : 'Where the gateway runs (the same container, sandbox or template console as the gateway, not your own computer)';
    const steps: Step[] = [
      {
        text: `${where}, list the codes waiting for approval${channel ? '' : " (shown for Telegram; use your channel's name)"}:`,
        command: wrapCommand(w, `openclaw pairing list ${ch}`),
      },
      fact.command
        ? { text: 'If you know that sender, approve the code the bot printed:', command: wrapCommand(w, fact.command) }
        : {
            text: channel
              ? "Approve the sender's code from that list:"
              : "Approve the sender's code with the channel it came from (for Telegram, as below):",
            command: wrapCommand(w, `openclaw pairing approve ${ch} <code>`),
          },
      {
        text: "If approve answers that no pending request matches, the code expired (codes last one hour, and a new DM makes a new one) or the CLI reads another state directory than the gateway: send a new DM, then list and approve right away from the gateway's own context.",
      },
    ];
    return {
      summary: `That is ${name}'s DM pairing: someone messaged your bot and is waiting to be let in. It lives in \`openclaw pairing\`, not in \`openclaw devices\`: the devices lists and the Control UI's device pages never show it.`,
      steps,
      notes: [
        ...(c.all('other-pairing').some((f) => f.codeMissing)
          ? [
              `\`openclaw pairing approve ${ch}\` without the code approves nothing, so every new DM gets a new code: give it the sender's code from the list.`,
            ]
          : []),
        `To skip codes for people you know, put their ${channel ? name : 'chat'} user id in \`channels.${ch}.allowFrom\` instead.`,
      ],
      notFixes: ['Approving or removing devices: device pairing is a different store.'],
      asks: ['openclaw --version', `openclaw pairing list ${ch}`],
    };
  },
  examples: {
    fires: [
      {
        thread: [
          {
            text: 'my telegram bot says "Pairing code: X7K9PQ2M. Ask the bot owner to approve with: openclaw pairing approve telegram X7K9PQ2M" and devices list is empty',
          },
        ],
        expect: {
          stage: 'other-cause',
          mentions: ['openclaw pairing approve telegram X7K9PQ2M', 'openclaw pairing list telegram'],
          absent: ['devices approve', 'devices remove', 'devices clear'],
        },
      },
      {
        name: 'a placeholder command quoted, old binary name',
        thread: [{ text: 'The bot answers with: clawdbot pairing approve discord <code>. Where do I run that?' }],
        expect: { stage: 'other-cause', mentions: ['pairing approve discord <code>'], absent: ['devices approve', 'devices remove'] },
      },
      {
        name: 'described, channel named',
        thread: [{ text: 'Slack bot keeps asking to pair every time I DM it, even after approvals' }],
        expect: { stage: 'other-cause', mentions: ['openclaw pairing list slack'], absent: ['devices approve', 'devices remove'] },
      },
      {
        name: 'approve run without the code, in Chinese',
        thread: [{ text: '一直发送配对码，使用命令授权之后还是继续发新的配对码：\n```\nopenclaw pairing approve feishu\n```' }],
        expect: {
          stage: 'other-cause',
          mentions: ['openclaw pairing list feishu', 'openclaw pairing approve feishu <code>'],
          absent: ['devices approve', 'devices remove'],
        },
      },
      {
        name: 'the --channel form, run from a source checkout',
        thread: [
          { text: 'node openclaw.mjs pairing approve --channel feishu LC7CS8DP\nNo pending pairing request found for code: LC7CS8DP' },
        ],
        expect: {
          stage: 'other-cause',
          mentions: ['openclaw pairing list feishu', 'openclaw pairing approve feishu LC7CS8DP'],
          absent: ['devices approve', 'devices remove', 'telegram'],
        },
      },
    ],
    silent: [
      { thread: ['seeds/000-5-devices-list.txt'] },
      { name: 'device pairing in a telegram handler', thread: [{ text: '[telegram/native-approvals] connect error: pairing required' }] },
    ],
  },
});
