/** How look-alike rules write their examples (which are their tests): a look-alike reply never hands
 * out pairing commands. */
import type { Example } from '../../../triage/rule.ts';

/** Absent strings every fires example checks: look-alike advice never hands out pairing commands. */
export const NO_PAIRING_COMMANDS = ['devices approve', 'devices remove', 'devices clear'];

/** A fires example whose reply must be a look-alike reply without pairing commands. */
export function fires(name: string, texts: string[], mentions: string[] = []): Example {
  return {
    name,
    thread: texts.map((text) => ({ text })),
    expect: { stage: 'other-cause', mentions, absent: [...NO_PAIRING_COMMANDS] },
  };
}

export function silent(name: string, thread: (string | { text: string })[]): Example {
  return { name, thread };
}

/** A real pairing failure (4.14 fixture): never a look-alike. */
export const PAIRING_FIXTURE = 'openclaw-2026.4.14/stale-baseline/cli-error.txt';
