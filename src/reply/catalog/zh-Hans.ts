/**
 * Simplified Chinese. Commands, ids, versions and doc links are placeholders and stay as they are.
 * `sentences` is keyed by the English skeleton (src/reply/skeleton.ts); test/reply/catalog.test.ts
 * lists every sentence a rule can say that has no entry here.
 */
import type { Catalog } from './types.ts';
import { sentences } from './zh-Hans.sentences.ts';

export const zhHans: Catalog = {
  chrome: {
    ifFails: '如果还是不行',
    notFixes: '这些没有用',
    safety: '这样安全吗？以后还要再做吗？',
    docs: '文档：',
    pasteOutput: (asks) => `**还是失败？**请贴出 ${asks.join(' 和 ')} 的输出。`,
    footer: (stage, more) => `-# claw-triage · \`${stage}\`${more ? ' · 更多见「详情」' : ''}`,
    secretHead: (names, where) =>
      `⚠️ **你贴出了密钥**（${names}${where ? `，出现在 ${where}` : ''}）。请立即删除那条消息（或附件），我没有在这里重复它。然后轮换它：`,
    and: ' 和 ',
    or: ' 或 ',
    inputNotes: {
      binary: '有一个附件看起来是二进制文件，我跳过了它：请改为粘贴文本输出（或 `.txt`/`.log`/`.json` 文件）。',
      'truncated-json': '你贴的 `devices list --json` 被截断了，我只用了完整的条目：请贴出其余部分（或作为 `.json` 文件附上）。',
      'wrapped-table-ids': '表格把一些 id 折成了多行，所以我没有使用它们：`openclaw devices list --json` 会给出完整的 id。',
    },
    buttons: { fixed: '已解决', failing: '仍然失败', dismiss: '忽略', details: '详情' },
    popups: {
      fixedOwner:
        '太好了，现在可以用了！版主可以在这里运行 `/verify` 检查证据并把帖子标记为已解决。贴出能说明它已正常工作的输出（例如 `openclaw devices list --json`）会对他们有帮助。',
      fixedOther: '谢谢！只有发帖人本人才能确认这个修复对他有效。',
      failing: '抱歉，还是失败。请把最新的输出贴在这里（我的回复里要的那些命令的输出，以及你现在看到的错误），我会更新建议。',
      dismissNotAllowed: '只有发帖人或版主才能忽略我的回复。',
      detailsOutsideThread: '「详情」只能在求助帖里使用。',
    },
  },
  sentences,
  labels: {
    "gateway's internal client (what `sessions_spawn`, cron and tools use)": '网关内部客户端（`sessions_spawn`、cron 和工具使用的那个）',
    'Control UI (browser) device': 'Control UI（浏览器）设备',
    'CLI device': 'CLI 设备',
    'web chat device': '网页聊天设备',
    'TUI device': 'TUI 设备',
    'macOS app': 'macOS 应用',
    'iOS app': 'iOS 应用',
    'Android app': 'Android 应用',
    'node host': '节点主机（node host）',
    'status probe': '状态探针（status probe）',
  },
};
