/**
 * What of a rule's advice this thread makes likely, read from the asker's own words (no pastes):
 * "what will not help" keeps the items the asker says they tried or is about to try, and the
 * rule's own specific items, at most three; the shared list from docs/openclaw-facts.md §12 (restart, insecure
 * auth, rotate, …) stays in Details unless the thread brings it up.
 */
import { pairingNotFixes } from '../openclaw/not-fixes.ts';

export const MAX_NOT_FIXES = 3;
/** A rule's own items shown when the asker did not bring them up: none; they are in Details. */
const MAX_SPECIFIC = 0;

/**
 * Words in the asker's prose that make a shared "will not help" item relevant, and commands a paste
 * shows they already ran (`shown`).
 */
const TRIGGERS: readonly { item: string; asked: RegExp; shown?: RegExp }[] = [
  { item: pairingNotFixes.restart, asked: /restart|reboot|重启|重啟|重新启动|重新啟動/i, shown: /openclaw gateway restart/ },
  {
    item: pairingNotFixes.insecureAuth,
    asked: /allowInsecureAuth|dangerouslyDisableDeviceAuth|insecure|auth\W{0,3}mode\W{0,6}none|"none"|免认证|关闭认证/i,
  },
  { item: pairingNotFixes.rotate, asked: /\brotat(e|ed|ing)\b|轮换|輪換/i, shown: /openclaw devices rotate/ },
  { item: pairingNotFixes.spawnParams, asked: /sessions_spawn\b.{0,80}\b(param|option|flag|scope)|spawn.{0,40}(param|参数|參數)/i },
  {
    item: pairingNotFixes.removeNarrow,
    asked: /\b(devices (remove|clear|reject)|remove[ds]? (the |it|device)|clear(ed)? (the )?devices)|删除设备|刪除裝置|移除/i,
    shown: /openclaw devices (remove|clear|reject)\b/,
  },
  {
    item: pairingNotFixes.wipeState,
    asked:
      /rm -rf|delet\w* (the |my |all )?(~\/)?\.openclaw|wipe|reinstall|re-install|fresh install|重装|重裝|删除.{0,6}openclaw|刪除.{0,6}openclaw/i,
  },
  { item: pairingNotFixes.statusFirst, asked: /openclaw status|\bstatus\b.{0,30}(first|then)/i },
];

const shared = new Map(TRIGGERS.map((t) => [t.item, t]));

/**
 * The items worth showing, most likely first: what the asker says they tried or considered, and
 * what their paste itself points at (a hint box that names `allowInsecureAuth`, say).
 */
export function rankNotFixes(items: readonly string[], prose: string, pasted = ''): string[] {
  const lower = prose.toLowerCase();
  const mentioned: string[] = [];
  const specific: string[] = [];
  for (const item of items) {
    const trigger = shared.get(item);
    const likely = trigger ? trigger.asked.test(prose) || (trigger.shown?.test(pasted) ?? false) : topicMentioned(item, lower, pasted);
    if (likely) mentioned.push(item);
    else if (!trigger) specific.push(item);
  }
  return [...mentioned, ...specific.slice(0, MAX_SPECIFIC)];
}

const STOP = new Set([
  'approving',
  'removing',
  'clearing',
  'changing',
  'running',
  'editing',
  'deleting',
  'restarting',
  'another',
  'without',
  'again',
  'their',
  'these',
  'those',
  'devices',
  'device',
  'gateway',
  'openclaw',
  'tokens',
]);

/**
 * A rule's own "will not help" item is about something the asker brought up: a code span of its
 * topic (the words before the first colon) is in their prose, or a distinctive word of it is.
 */
function topicMentioned(item: string, lowerProse: string, pasted: string): boolean {
  const colon = item.indexOf(': ');
  const topic = colon > 0 ? item.slice(0, colon) : item;
  for (const m of topic.matchAll(/`([^`]+)`/g)) {
    const span = m[1]!.replace(/[…<>]/g, '').trim();
    // A setting or command name the paste itself shows: the setup invites it.
    if (span.length >= 4 && (lowerProse.includes(span.toLowerCase()) || pasted.includes(span.split('.').at(-1)!))) return true;
  }
  const words =
    topic
      .replace(/`[^`]*`/g, ' ')
      .toLowerCase()
      .match(/[a-z][a-z-]{4,}/g) ?? [];
  return words.some((w) => !STOP.has(w) && lowerProse.includes(w.slice(0, 6)));
}

/** The asker asked whether it is safe, or whether they will need it again. */
export function safetyAsked(prose: string): boolean {
  return /\b(is (it|this|that) safe|safe to|safely|unsafe|risks?|risky|dangerous)\b|need (it|this|to do (this|it)) again|will (i|it) (have|need) to [^.?\n]{0,30}again|安全吗|安全嗎|是否安全|安不安全|有风险|有風險|危险吗|危險嗎|以后还要|以後還要|还要再|還要再/i.test(
    prose,
  );
}
