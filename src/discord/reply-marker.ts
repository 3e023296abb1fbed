/**
 * How the bot recognises its own auto-reply in a thread, after a restart too: the buttons on the
 * reply's last message carry the stage and the number of messages in the reply in their custom_id
 * (`ct:<action>:<stage>:<parts>`), a dismissed reply is the bot's one line starting with
 * `Dismissed by`, and a reply replaced by a newer one below is the bot's one line starting with
 * `-# Replaced by my newer reply below`. Discord is the store: nothing else is persisted.
 */
import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';
import { type Language, languages } from '../evidence/language.ts';
import { translator } from '../reply/catalog/index.ts';
import { type Stage, stages } from '../triage/stage.ts';

export const replyActions = ['fixed', 'failing', 'dismiss', 'details'] as const;
export type ReplyAction = (typeof replyActions)[number];

export interface ReplyMarker {
  action: ReplyAction;
  stage: Stage;
  parts: number;
}

const prefix = 'ct';
/** The Mark solved button on a /verify answer; the thread is re-read when it is pressed. */
export const markSolvedId = `${prefix}:solve`;
export const dismissedPrefix = 'Dismissed by ';

export function encodeMarker(m: ReplyMarker): string {
  return `${prefix}:${m.action}:${m.stage}:${m.parts}`;
}

export function decodeMarker(customId: string): ReplyMarker | undefined {
  const [tag, action, stage, parts, ...rest] = customId.split(':');
  if (tag !== prefix || rest.length > 0) return undefined;
  if (!replyActions.includes(action as ReplyAction)) return undefined;
  if (!stages.includes(stage as Stage)) return undefined;
  const n = Number(parts);
  if (!Number.isInteger(n) || n < 1 || n > 10) return undefined;
  return { action: action as ReplyAction, stage: stage as Stage, parts: n };
}

/** The buttons under an auto-reply, labelled in the reply's language; their custom_ids are the reply's state. */
export function replyButtons(stage: Stage, parts: number, language: Language = 'en'): ActionRowBuilder<ButtonBuilder> {
  const labels = translator(language).chrome.buttons;
  const button = (action: ReplyAction, label: string, style: ButtonStyle) =>
    new ButtonBuilder().setCustomId(encodeMarker({ action, stage, parts })).setLabel(label).setStyle(style);
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    button('fixed', labels.fixed, ButtonStyle.Success),
    button('failing', labels.failing, ButtonStyle.Secondary),
    button('dismiss', labels.dismiss, ButtonStyle.Secondary),
    // The full explanation, shown to the clicker alone (issue 7): the posted reply is the short form.
    button('details', labels.details, ButtonStyle.Secondary),
  );
}

/**
 * The language a reply was written in, told by the label of its first button (each language labels
 * them its own way); a click's pop-up answers in it. Undefined for rows that are not a reply's.
 */
export function languageOfButtons(rows: ReadonlyArray<object>): Language | undefined {
  for (const row of rows) {
    const json = ('toJSON' in row && typeof row.toJSON === 'function' ? row.toJSON() : row) as {
      components?: Array<{ label?: string }>;
    };
    const label = json.components?.[0]?.label;
    const found = languages.find((l) => translator(l).chrome.buttons.fixed === label);
    if (found) return found;
  }
  return undefined;
}

/** The clicker's Discord client language, as the catalog names it. */
export function languageOfLocale(locale: string | undefined): Language {
  if (locale === 'zh-CN') return 'zh-Hans';
  if (locale === 'zh-TW') return 'zh-Hant';
  return 'en';
}

/** The marker on a message's buttons: built rows, or rows as a fetched message holds them. */
export function markerOf(rows: ReadonlyArray<object>): ReplyMarker | undefined {
  for (const row of rows) {
    const json = ('toJSON' in row && typeof row.toJSON === 'function' ? row.toJSON() : row) as {
      components?: Array<{ custom_id?: string }>;
    };
    for (const component of json.components ?? []) {
      const marker = component.custom_id ? decodeMarker(component.custom_id) : undefined;
      if (marker) return marker;
    }
  }
  return undefined;
}

export function dismissedLine(by: string): string {
  return `${dismissedPrefix}${by}. I'll stay quiet in this thread; \`/diagnose\` still answers here.`;
}

export function isDismissedLine(content: string): boolean {
  return content.startsWith(dismissedPrefix);
}

const pointerPrefix = '-# Replaced by my newer reply below';

/** What an earlier reply shrinks to once newer advice is posted under the user's message: a link down to it. */
export function pointerLine(guildId: string, channelId: string, messageId: string): string {
  return `${pointerPrefix}: https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
}

export function isPointerLine(content: string): boolean {
  return content.startsWith(pointerPrefix);
}
