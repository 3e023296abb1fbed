/**
 * What an auto-reply does next, decided from the thread's reply state and the new diagnosis: stay
 * quiet, leave it, edit it in place, or post a new one. In place only while the reply is still the
 * newest message (the user edited their post, or the second half of a split paste came in before
 * the reply): above a message someone has since posted, an edit goes unseen and changes the advice
 * under the reader. So new advice then goes below as a follow-up, and the earlier reply shrinks to
 * a line pointing down to it. A moved stage always gets a new reply: there is something new to do.
 * The cap holds either way: past it, the newest reply is edited.
 */
import type { Diagnosis } from '../diagnose.ts';
import { isAfter, type ThreadCase } from './thread-case.ts';

export type ReplyPlan =
  | { kind: 'quiet'; why: 'dismissed' | 'not-relevant' }
  | { kind: 'unchanged' }
  | { kind: 'edit'; parts: string[] }
  /** A new reply because the stage moved (or there was none). */
  | { kind: 'post'; parts: string[] }
  /** A new reply at the same stage, below what someone posted after the earlier one. */
  | { kind: 'follow-up'; parts: string[] };

export interface ReplyState extends Pick<ThreadCase, 'reply' | 'replies' | 'dismissed'> {
  /** The newest human message in the thread. */
  newestHumanId?: string;
}

export function planReply(
  state: ReplyState,
  diagnosis: Pick<Diagnosis, 'stage' | 'relevant'>,
  parts: readonly string[],
  maxReplies: number,
): ReplyPlan {
  if (state.dismissed) return { kind: 'quiet', why: 'dismissed' };
  if (!diagnosis.relevant) return { kind: 'quiet', why: 'not-relevant' };
  const current = state.reply;
  if (!current) return { kind: 'post', parts: [...parts] };
  const sameStage = current.stage === diagnosis.stage;
  // Discord trims what it stores, so compare trimmed or a restart would re-edit every reply.
  const same = (a: string, b: string | undefined) => a.trim() === b?.trim();
  if (sameStage && current.parts.length === parts.length && current.parts.every((p, i) => same(p.content, parts[i]))) {
    return { kind: 'unchanged' };
  }
  if (state.replies >= maxReplies) return { kind: 'edit', parts: [...parts] };
  if (!sameStage) return { kind: 'post', parts: [...parts] };
  const end = current.parts.at(-1)?.id;
  const below = state.newestHumanId !== undefined && end !== undefined && isAfter(state.newestHumanId, end);
  return below ? { kind: 'follow-up', parts: [...parts] } : { kind: 'edit', parts: [...parts] };
}
