import { defineExtractor } from './extractor.ts';
import type { Fact, StatementFact, StatementKind } from './facts.ts';
import type { Paste } from './paste.ts';

/**
 * What the asker says they did and saw, when they describe instead of pasting (issue 6 §3): "approve
 * says unknown requestId", "the requestId changes every few seconds", "I approved but it keeps
 * asking". Read in English and Chinese (simplified and traditional). A statement is weaker evidence
 * than a pasted output, carries no id, and the reply says it came from the asker's words.
 *
 * Only prose is read: a line that starts like machine output is skipped, and lines are read with a
 * window of the next line because people wrap sentences. Every pattern is a bounded, anchored-free
 * regex over a short window, so the scan stays linear.
 */

/** Longer lines are pasted output or a minified blob, not a sentence. */
const MAX_LINE = 1500;
/** A thread is read up to this many prose lines: a long log holds no statements worth the time. */
const MAX_PROSE_LINES = 800;
/** A machine-printed line: timestamp, `[tag]`, JSON, a log level, a stack frame, a table border. */
const MACHINE =
  /^\s*(?:\d{4}-\d\d-\d\d[T ]|\d\d:\d\d:\d\d|\[[a-z][\w/.-]{0,40}\]|[{}[\]]|"[\w-]{1,40}"\s*:|(?:TRACE|DEBUG|INFO|WARN|ERROR|FATAL|error|warn|info)\b|at |[│┌└├┃|+][-─═┬┼ ]|[─━]{3}|[$#>] |PS [A-Z]:|gateway (?:connect failed|closed)|[\w.]*Error:)/;

/** The id a request carries, as people write it. */
const REQ =
  '(?:request ?ids?|requestids?|request-ids?|pair(?:ing)? requests?|pending requests?|repair requests?|请求(?: ?id)?|請求(?: ?id)?)';

/** A list item: `- …`, `* …`, `• …`, `1. …`. */
const ITEM = /^\s*(?:[-*•]|\d{1,2}[.)])\s/;

type Detector = { said: StatementKind; test: (w: string) => boolean };

/** Advice and conditionals ("if approving does not stick", "retries can supersede the id") are not
 * something the asker saw: a thread may quote a helper's answer. */
const HEDGE = /^\s*(?:[•*-]\s*)?(?:if|when|once)\b|\b(?:can|could|may|might)\s+(?:\w+\s+)?(?:supersed|rotat|churn|chang|replac|expire)/;
/** Statements of what happened, which a hedge turns into advice. */
const FACTUAL = new Set<StatementKind>([
  'approve-unknown-request',
  'request-id-churns',
  'approved-still-asks',
  'one-line-approve-failed',
  'approve-blocked',
  'removed-cannot-re-pair',
  'duplicate-devices',
]);

const re = (src: string) => new RegExp(src);
const any =
  (...patterns: RegExp[]) =>
  (w: string) =>
    patterns.some((p) => p.test(w));

const PENDING_SEEN = [
  re(`devices? list[^.!?。]{0,30}(?:shows?|has|lists?|displays?)[^.!?。]{0,20}(?:a |one |the )?pending (?:[a-z.-]+ ){0,2}request`),
  re(`pending (?:pairing |repair |device )?request[^.!?。]{0,40}(?:appears|shows up|is listed|with (?:a |the )?\\W?repair)`),
];
/** "No pending request ever appears" says the opposite. */
const NO_PENDING = /\bno pending|never (?:appears|shows)|does ?n[o']t (?:appear|show)|nothing to approve/;

/** Approval-named things that are not device pairing: exec approvals, the native-approvals handler. */
const OTHER_APPROVALS = /native[- ]approvals|exec[- ]approvals?|approvals? handler|plugin[- ]approvals?/;
const STILL_ASKS = [
  re(
    `(?:approv|re-?approv)\\w*[^.!?。]{0,80}(?:keeps? (?:asking|coming back|failing)|asks? again|comes? back|came back|(?:does ?n[o']t|did ?n[o']t|never|not) (?:stick|clear|settle|help|complete)|still (?:asks?|requir|get|fail|pending|stuck|pairing)|new pending|another pending|dead-?loop|stays? (?:stuck|on))`,
  ),
  re(`(?:批准|审批|核准|approve)[^。]{0,30}(?:还是|還是|仍然|依然|又|再次)[^。]{0,20}(?:配对|配對|pairing|要求|请求|請求|失败|失敗)`),
];

const DETECTORS: Detector[] = [
  {
    said: 'approve-unknown-request',
    test: (w) =>
      (w.includes('unknown requestid') ||
        w.includes('unknown request id') ||
        w.includes('未知的请求') ||
        /requestid ?(?:无效|未知|不存在)/.test(w)) &&
      /approv|批准|审批|核准/.test(w),
  },
  {
    said: 'request-id-churns',
    test: any(
      re(
        `${REQ}[^.!?。]{0,60}(?:rotat|churn|keeps? chang|chang(?:es|ing) (?:every|each|with|on|after|faster)|is superseded|gets? superseded|re-?issu|expires? (?:silently|before)|faster than)`,
      ),
      re(`(?:rotat|churn|supersed|re-?issu)\\w*[^.!?。]{0,40}${REQ}`),
      re(
        `new (?:pending )?(?:pair(?:ing)? |repair |scope-upgrade )?(?:request ?id|requestid|request)s? (?:every|each|on every|with each|per)`,
      ),
      re(
        `(?:every|each) (?:retry|reconnect|reconnection|connect|connection attempt|attempt|approval attempt|cli invocation|invocation)[^.!?。]{0,60}(?:new|fresh|brand[- ]new) (?:pending )?(?:pair(?:ing)? |repair |scope-upgrade )?(?:request|requestid)`,
      ),
      re(
        `(?:generat|creat|open|mint|issu)\\w* (?:a )?(?:brand[- ]new|fresh) (?:pending )?(?:pair(?:ing)? |repair |scope-upgrade )?(?:request|requestid)`,
      ),
      re(
        `(?:requestid|request ?id|请求 ?id|請求 ?id)[^。，,]{0,16}(?:一直|不停|每次|总是|總是|不断|不斷|每隔)[^。，,]{0,12}(?:变|變|换|換|刷新|更新)`,
      ),
      re(`(?:每次|每一次)[^。]{0,20}(?:新的|新)[^。]{0,8}(?:requestid|request ?id|请求|請求)`),
      // "a new scope upgrade request that supersedes the one being approved", "… with a new ID".
      re(`new (?:pending )?(?:pair(?:ing)? |repair |scope[- ]upgrade )?request[^.!?。]{0,40}(?:supersed|with a new id)`),
    ),
  },
  {
    said: 'approved-still-asks',
    test: (w) => !OTHER_APPROVALS.test(w) && STILL_ASKS.some((p) => p.test(w)),
  },
  {
    said: 'after-restart',
    test: any(
      re(`(?:after|on|every|each|following) (?:a |every |each )?(?:reboot|restart|gateway restart|boot)\\b`),
      re(`(?:reboot|restart)\\w*[^.!?。]{0,40}(?:loop|again|pairing|asks?|re-?pair)`),
      re(`重启(?:后|之后|以后)|重啟(?:後|之後)`),
    ),
  },
  {
    said: 'edited-pairing-files',
    test: any(
      re(
        `(?:edit|modif|chang|hand-?edit|rewr|wrote|writ|delet|remov|clear|mov|patch|add)\\w*[^.!?。]{0,60}(?:paired|pending|device-auth|device)\\.json`,
      ),
      re(`(?:paired|pending|device-auth)\\.json[^.!?。]{0,40}(?:by hand|manually|edit|modif|overwrit|rewrit|reset)`),
      re(`(?:修改|编辑|編輯|删除|刪除|改)[^。]{0,20}(?:paired|pending|device-auth|device)\\.json`),
    ),
  },
  {
    said: 'auth-mode-none',
    test: any(re(`auth[ ._-]?mode\\W{0,6}(?:to |is |为 |為 |=|:)?\\W{0,4}none\\b`)),
  },
  {
    said: 'passed-device-id',
    test: any(
      re(`approv\\w*[^.!?。]{0,40}(?:with|using|passing|by passing|pass(?:es|ed)?) (?:the |my |its |a )?device ?id`),
      re(`approve <device ?id>`),
      re(
        `(?:pass|used|gave|give|tried|put|typed|entered|using)\\w* (?:the |my |its |a )?device ?id[^.!?。]{0,40}(?:approv|instead of (?:the )?request)`,
      ),
    ),
  },
  {
    said: 'asks-device-id',
    test: any(
      re(`(?:how|where) (?:do|can|should|would) (?:i|we|you) (?:find|get|see|look up|know|obtain|read)[^?。]{0,40}device ?id`),
      re(`(?:which|what) (?:is (?:the|my) )?device ?id`),
      re(`(?:怎么|怎麼|如何|哪里|哪裡|在哪)[^？?。]{0,15}(?:找|查|看|获取|獲取|得到)[^？?。]{0,10}device ?id`),
    ),
  },
  {
    said: 'asks-where-approve',
    test: any(
      re(`(?:where|how) (?:do|can|should|would|to) (?:i |we |you )?(?:approve|re-?pair|pair)\\b`),
      re(`(?:where|how)[^?。]{0,20}(?:approve|re-?pair)[^?。]{0,30}\\?`),
      re(`(?:怎么|怎麼|如何|在哪|哪里|哪裡)[^？?。]{0,10}(?:批准|审批|核准|配对|配對|approve)`),
      re(`(?:重新)?配[对對][^？?。]{0,20}(?:怎么|怎麼|如何)`),
    ),
  },
  {
    said: 'asks-which-approve',
    test: any(
      re(`which (?:one|request|id|requestid|of (?:them|these))[^?。]{0,40}(?:approve|should|do i)`),
      re(`(?:哪个|哪個|哪一个|哪一個)[^？?。]{0,15}(?:批准|审批|approve)`),
    ),
  },
  {
    said: 'nodes-pending-empty',
    test: any(
      re(`nodes pending[^.!?。]{0,60}(?:empty|nothing|no pending|returns? \\[\\]|shows? no|is blank|returns? no)`),
      re(`nodes pending[^。]{0,20}(?:为空|為空|是空|空的|没有|沒有)`),
    ),
  },
  {
    said: 'checked-channel-pairing',
    test: any(re(`openclaw pairing\\)?(?: list)?[^.!?。]{0,60}(?:no pending|nothing|empty|shows no|no requests)`)),
  },
  {
    said: 'duplicate-devices',
    test: any(
      re(`(?:duplicate|identical|indistinguishable)[^.!?。]{0,30}(?:device|entr|row|record|display ?name)`),
      re(`(?:device|devices|paired) list[^.!?。]{0,30}(?:grow|duplicat)`),
      re(`(?:unbounded|endless) (?:device )?list growth`),
      re(`重复[^。]{0,10}设备|重複[^。]{0,10}裝置|设备[^。]{0,10}重复`),
    ),
  },
  {
    said: 'removed-cannot-re-pair',
    test: any(
      re(
        `(?:remov|delet)\\w*[^.!?。]{0,60}(?:device|it|entry|record)[^.!?。]{0,80}(?:can(?:not|'t)|no longer|won'?t|does ?n[o']t|unable|never)[^.!?。]{0,30}(?:pair|connect|re-?pair|initiat|come back)`,
      ),
      re(`(?:删除|刪除|移除)[^。]{0,20}(?:设备|裝置|device)[^。]{0,30}(?:无法|無法|不能|连不上|連不上)[^。]{0,10}(?:配对|配對|连接|連接)`),
    ),
  },
  {
    said: 'asks-safe',
    test: any(
      re(
        `is (?:it|this|that) safe|safe to approve|will i (?:need|have) to (?:do )?(?:it|this|that) again|need (?:it|this) again|安全吗|安全嗎|还要再|還要再`,
      ),
    ),
  },
  {
    said: 'approve-blocked',
    test: any(
      re(
        `(?:devices approve|device\\.pair\\.approve|devices reject|the approve command|approving (?:it|the request|them))[^.!?。]{0,100}(?:results? in|fails? with|returns?|gets?|errors?)[^.!?。]{0,60}(?:pairing required|pending approval)`,
      ),
      re(`(?:approve|reject)[^.!?。]{0,60}(?:both )?requires? (?:a )?scopes? (?:the cli|it|i|we) (?:does ?n[o']t|do ?n[o']t) have`),
      re(`(?:scope |pairing |licensing |permission )(?:deadlock|dead end)`),
      re(`(?:批准|审批)[^。]{0,20}(?:本身|自己)[^。]{0,20}(?:需要|失败)`),
    ),
  },
  {
    said: 'one-line-approve-failed',
    test: any(
      re(
        `\\b(?:script|pipe|one[- ]liner|one line|single (?:atomic )?(?:shell )?(?:pipeline|command)|in one go)\\w*[^.!?。]{0,60}(?:approv|list)[^.!?。]{0,40}(?:same|still|fail|unknown requestid|no luck|did ?n[o']t)`,
      ),
    ),
  },
  {
    said: 'pending-seen',
    test: (w) => !NO_PENDING.test(w) && PENDING_SEEN.some((p) => p.test(w)),
  },
  {
    said: 'scope-upgrade-described',
    test: any(
      re(
        `scope[- ]upgrades?[^.!?。]{0,40}(?:still )?(?:requires?|require|needs?|pending|waiting for) (?:interactive |manual )?(?:pairing|approval|re-?pair)`,
      ),
      // "requests currently require SSH / control-plane approval via `openclaw devices approve`".
      re(`scope[- ]upgrade(?: requests?)? (?:currently |still |always )?(?:requires?|needs?) [^.!?。]{0,30}approv`),
      // "the gateway has queued a scope upgrade", "CLI triggers scope upgrade".
      re(`(?:queued|queues|filed|files|triggers|triggered|creates|created) (?:a |the )?(?:pending )?scope[- ]upgrade`),
      re(`(?:scope|权限|權限)\\s*升级[^。！？]{0,20}(?:批准|审批|審批|配对|配對)`),
      // "approving the pending device scope request", "fails with the same scope error until … approval".
      re(`approv\\w* (?:the |a |its )?pending (?:device )?scope(?:[- ]upgrade)? requests?`),
      re(`scope error[^.!?。]{0,80}approv`),
      // 'a "scope-upgrade" pairing step', 'the "scope-upgrade" rejection' (a "pending scope-upgrade request" may be someone else's, correct behaviour).
      re(`scope[- ]upgrade["'”]?\\s+(?:pairing step|approval step|rejection)`),
      re(`(?:the )?reason is (?:a )?scope[- ]upgrade`),
      re(`from operator\\.[a-z.]+ (?:to|→|->) operator\\.[a-z.]+`),
    ),
  },
  {
    said: 'cannot-connect',
    test: any(
      re(
        `(?:unable to|can(?:not|'t)|could ?n[o']t|does ?n[o']t|won'?t) (?:access|open|log ?in(?:to)?|connect(?: to)?|reach|load) (?:the |my )?(?:local )?(?:dashboard|control ui|web ?ui|gateway)`,
      ),
      re(`(?:仍然|还是|還是|一直)?(?:无法|無法|不能|连不上|連不上)(?:连接|連接|链接|鏈接|访问|訪問|登录|登錄|打开|打開)`),
      re(`(?:can(?:not|'t)|could ?n[o']t) get (?:my |the )?(?:device|app|browser|phone|client) to (?:pair|connect)`),
      re(`离线状态|離線狀態|显示离线|顯示離線`),
    ),
  },
  {
    // "Device pairing error. Please help." with a screenshot: the failure, named but not shown.
    said: 'pairing-trouble',
    test: any(
      re(`(?:device |node |app )?pairing (?:error|problem|issue|failure|fails|failed|not working|doesn'?t work)`),
      re(`配对(?:失败|错误|出错|问题|不了)|配對(?:失敗|錯誤|出錯|問題|不了)`),
    ),
  },
];

/** Where a sentence ends inside a long line: its full stop and the space after it. */
const SENTENCE_END = /(?<=[.!?。！？])\s+/;

const FROM_TO = /from (operator\.[a-z]+(?:\.[a-z]+)*) (?:to|→|->) (operator\.[a-z]+(?:\.[a-z]+)*)/;

/** One StatementFact per kind per message, at the first line that says it. */
export const statements = defineExtractor({
  name: 'statements',
  extract(paste: Paste): Fact[] {
    const out: StatementFact[] = [];
    const found = new Set<StatementKind>();
    const n = paste.lineCount();
    let prose = 0;
    let prev = '';
    for (let i = 1; i <= n && prose < MAX_PROSE_LINES && found.size < DETECTORS.length; i++) {
      const raw = paste.line(i);
      if (raw.length > MAX_LINE || raw.trim() === '' || MACHINE.test(raw)) {
        prev = '';
        continue;
      }
      prose++;
      // Markdown code and emphasis marks sit inside sentences ("does **not** clear").
      const line = raw.toLowerCase().replace(/[`*]/g, '');
      // A sentence wrapped onto two lines is read as one; a list item or a line after a full stop
      // starts a sentence of its own.
      const starts = !prev || ITEM.test(raw) || /[.!?。！？:：]\s*$/.test(prev);
      const window = starts ? line : `${prev} ${line}`;
      prev = line;
      // A hedge ("When …", "if …", "could supersede") turns its own sentence into advice, not the
      // paragraph around it: a bug report's summary opens with "When attempting …" and goes on to say
      // what happened.
      const sentences = window.length > 200 ? window.split(SENTENCE_END) : [window];
      for (const d of DETECTORS) {
        if (found.has(d.said)) continue;
        const sentence = sentences.find((t) => d.test(t) && !(FACTUAL.has(d.said) && HEDGE.test(t)));
        if (sentence === undefined) continue;
        found.add(d.said);
        const f: StatementFact = { kind: 'statement', said: d.said, at: { message: paste.message, line: i } };
        if (d.said === 'scope-upgrade-described') {
          const m = FROM_TO.exec(sentence) ?? FROM_TO.exec(window);
          if (m) {
            f.scopesFrom = [m[1]!];
            f.scopesTo = [m[2]!];
          }
        }
        out.push(f);
      }
    }
    return out;
  },
});
