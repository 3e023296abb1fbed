/**
 * What an auto-reply does next, decided from the thread's reply state and the new diagnosis: stay
 * quiet, leave it, edit it in place (same stage: no new notification), or post a new one (the stage
 * moved: there is something new to do, so the user should be pinged by Discord's unread marker).
 */
import type { Diagnosis } from '../diagnose.ts';
import type { ThreadCase } from './thread-case.ts';

export const maxMessageLength = 2000;

export type ReplyPlan =
  | { kind: 'quiet'; why: 'dismissed' | 'not-relevant' }
  | { kind: 'unchanged' }
  | { kind: 'edit'; parts: string[] }
  | { kind: 'post'; parts: string[] };

/** The engine's messages, with notes about skipped attachments under the last one (or after it when full). */
export function composeReply(messages: readonly string[], notes: readonly string[]): string[] {
  const parts = messages.length > 0 ? [...messages] : [''];
  const unique = [...new Set(notes)].slice(0, 5);
  if (unique.length === 0) return parts;
  const block = unique.map((n) => `-# ${n}`).join('\n').slice(0, maxMessageLength);
  const last = parts[parts.length - 1]!;
  if (last.length + 1 + block.length <= maxMessageLength) parts[parts.length - 1] = last ? `${last}\n${block}` : block;
  else parts.push(block);
  return parts;
}

export function planReply(
  state: Pick<ThreadCase, 'reply' | 'replies' | 'dismissed'>,
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
  if (sameStage || state.replies >= maxReplies) return { kind: 'edit', parts: [...parts] };
  return { kind: 'post', parts: [...parts] };
}
