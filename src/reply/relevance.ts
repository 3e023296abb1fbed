/**
 * What of a rule's advice this thread makes likely, read from the asker's own words (no pastes):
 * "what will not help" keeps the items the asker says they tried or is about to try, and the
 * rule's own specific items, at most three; the shared list from reference §12 (restart, insecure
 * auth, rotate, …) stays in Details unless the thread brings it up.
 */
import { pairingNotFixes } from '../../rules/common.ts';

export const MAX_NOT_FIXES = 3;

/** Words in the asker's prose that make a shared "will not help" item relevant, by its opening code span. */
const TRIGGERS: readonly { item: string; asked: RegExp }[] = [
  { item: pairingNotFixes.restart, asked: /restart|reboot|重启|重啟|重新启动|重新啟動/i },
  { item: pairingNotFixes.insecureAuth, asked: /allowInsecureAuth|dangerouslyDisableDeviceAuth|insecure|auth\W{0,3}mode\W{0,6}none|"none"|免认证|关闭认证/i },
  { item: pairingNotFixes.rotate, asked: /\brotate\b|轮换|輪換/i },
  { item: pairingNotFixes.spawnParams, asked: /sessions_spawn\b.{0,80}\b(param|option|flag|scope)|spawn.{0,40}(param|参数|參數)/i },
  { item: pairingNotFixes.removeNarrow, asked: /\b(devices (remove|clear|reject)|remove[ds]? (the |it|device)|clear(ed)? (the )?devices)|删除设备|刪除裝置|移除/i },
  { item: pairingNotFixes.wipeState, asked: /rm -rf|delet\w* (the |my |all )?(~\/)?\.openclaw|wipe|reinstall|re-install|fresh install|重装|重裝|删除.{0,6}openclaw|刪除.{0,6}openclaw/i },
  { item: pairingNotFixes.statusFirst, asked: /openclaw status|\bstatus\b.{0,30}(first|then)/i },
];

const shared = new Map(TRIGGERS.map((t) => [t.item, t.asked]));

/** The items worth showing, most likely first: what the asker tried, then the rule's own items. */
export function rankNotFixes(items: readonly string[], prose: string): string[] {
  const mentioned: string[] = [];
  const specific: string[] = [];
  for (const item of items) {
    const asked = shared.get(item);
    if (asked === undefined) specific.push(item);
    else if (asked.test(prose)) mentioned.push(item);
  }
  return [...mentioned, ...specific];
}

/** The asker asked whether it is safe, or whether they will need it again. */
export function safetyAsked(prose: string): boolean {
  return /\b(safe|safety|secure|security|risk|risky|dangerous)\b|need (it|this|to do (this|it)) again|every time|each time|again\?|安全|风险|風險|危险|危險|每次都|以后还|以後還|还要再|還要再/i.test(prose);
}
