/**
 * Shared pieces of the `other-cause` rules (not a rule itself): how a look-alike rule matches, the
 * "what will not help" line every one of them carries, and platform-aware shell snippets.
 */
import type { LookalikeCause, LookalikeClient, LookalikeFact } from '../../src/evidence/facts.ts';
import { before, type Case } from '../../src/triage/case.ts';
import type { DocLink } from '../../src/openclaw/docs.ts';
import type { Advice, Example, Rule, Step } from '../../src/triage/rule.ts';
import { gatewayWrapper } from '../wrappers.ts';

export interface LookalikeMatch {
  /** The newest fact of the rule's causes: the failure the user is looking at now. */
  fact: LookalikeFact;
  /** Every fact of the rule's causes, oldest first. */
  facts: LookalikeFact[];
}

/**
 * A thread can hold an old failure the user already fixed and a new one. Only look-alikes from the
 * newest message that has a specific one count, so the reply is about the failure in front of the
 * user. The generic bare `unauthorized` does not make a message "newer": a client-side bare
 * `unauthorized` pasted after the gateway log that names the reason must not hide that reason.
 */
export function matchCauses(c: Case, causes: readonly LookalikeCause[]): LookalikeMatch | undefined {
  // What the asker describes only counts when nothing printed says what failed.
  const printed = c.all('lookalike').filter((f) => !f.described);
  const all = printed.some((f) => f.cause !== 'unauthorized') ? printed : c.all('lookalike');
  const facts = all.filter((f) => causes.includes(f.cause));
  const fact = facts.at(-1);
  if (!fact) return undefined;
  let newest = -1;
  for (const f of all) if (f.cause !== 'unauthorized' && f.at.message > newest) newest = f.at.message;
  if (fact.cause !== 'unauthorized' && fact.at.message < newest) return undefined;
  return { fact, facts };
}

/** The client the failure is about: the newest fact that says, most specific wins. */
export function clientOf(m: LookalikeMatch, c: Case): LookalikeClient | undefined {
  let found: LookalikeClient | undefined;
  for (let i = m.facts.length - 1; i >= 0; i--) {
    const k = m.facts[i]!.client;
    if (!k) continue;
    if (!found || (found === 'cli' && (k === 'cli-local' || k === 'cli-remote'))) found = k;
    if (found !== 'cli') break;
  }
  if (found === undefined || found === 'cli') {
    // The `Gateway target:` block read by the gateway-closed extractor says where the CLI went.
    const source = c.latest('gateway-closed')?.source;
    if (source?.startsWith('local')) return 'cli-local';
    if (source && (source.includes('--url') || source.includes('OPENCLAW_GATEWAY_URL') || source.includes('remote.url'))) {
      return source.startsWith('missing') ? 'cli-local' : 'cli-remote';
    }
  }
  return found;
}

export function setEnvStep(c: Case, text: string, name: string, value: string): Step {
  return c.onWindows
    ? { text, command: `$env:${name} = '${value}'`, shell: 'powershell' }
    : { text, command: `export ${name}='${value}'`, shell: 'sh' };
}

export function unsetEnvStep(c: Case, text: string, name: string): Step {
  return c.onWindows
    ? { text, command: `Remove-Item Env:${name}`, shell: 'powershell' }
    : { text, command: `unset ${name}`, shell: 'sh' };
}

/** Shows whether an env var is set without printing its value (it may be a token). */
export function isEnvSetStep(c: Case, text: string, name: string): Step {
  return c.onWindows
    ? { text, command: `if ($env:${name}) { '${name} is set' } else { '${name} is not set' }`, shell: 'powershell' }
    : { text, command: `echo "${name} is \${${name}:+set}\${${name}:-not set}"`, shell: 'sh' };
}

/** Every look-alike reply says this: the pairing commands are the wrong tool here. */
export const NOT_DEVICE_COMMANDS =
  'Approving, removing or clearing devices: no pairing request is behind this error, and removing a device only adds a real pairing problem on top.';

export const ASK_VERSION = 'openclaw --version';

/**
 * "Update the older side" as the asker can do it: `openclaw update` only for a plain install; a
 * gateway in a container, template, sandbox or bundle moves with its wrapper (an update inside it is
 * lost on the next recreate), and a third-party client updates itself.
 */
export function updateOlderSideStep(c: Case): Step {
  const client = c
    .all('setup')
    .filter((f) => f.name && f.client === 'third-party')
    .at(-1)?.name;
  if (client) return { text: `Update ${client} (its own updater or releases page) to a release made for your gateway's version, or the gateway if it is the older side.` };
  const w = gatewayWrapper(c);
  if (w.kind === 'host') return { text: 'Update the older side so both run the same release:', command: 'openclaw update' };
  return {
    text: `Update the older side so both run the same release: the gateway through ${w.kind === 'desktop-bundle' ? `${w.name ?? 'the bundle'}'s own updater` : w.kind === 'nemoclaw' ? 'a NemoClaw update' : 'a newer image or redeploy'} (an update run inside it is lost on the next recreate), a client app through its own updater.`,
  };
}
export const ASK_AUTH_MODE = 'openclaw config get gateway.auth.mode';

export const RETRY_HEALTH: Step = { text: 'Retry a simple gateway call to confirm:', command: 'openclaw gateway call health' };

export function code(s: string): string {
  return `\`${s}\``;
}

/** Absent strings every fires example checks: look-alike advice never hands out pairing commands. */
export const NO_PAIRING_COMMANDS = ['devices approve', 'devices remove', 'devices clear'];

export interface LookalikeRuleSpec {
  id: string;
  title: string;
  docs: DocLink[];
  causes: readonly LookalikeCause[];
  advise(m: LookalikeMatch, c: Case): Advice;
  /** One line for when a pairing finding leads and this look-alike is also present. */
  aside?: string;
  /** When this look-alike blocks the client although the thread also shows pairing (see Rule). */
  leadsOverPairing?(m: LookalikeMatch, c: Case): boolean;
  examples: { fires: Example[]; silent: Example[] };
}

export function lookalikeRule(spec: LookalikeRuleSpec): Rule<LookalikeMatch> {
  return {
    id: spec.id,
    stage: 'other-cause',
    title: spec.title,
    docs: spec.docs,
    match: (c) => matchCauses(c, spec.causes),
    advise: spec.advise,
    aside: () => spec.aside ?? `Also in your paste: ${spec.title.charAt(0).toLowerCase()}${spec.title.slice(1)}.`,
    ...(spec.leadsOverPairing ? { leadsOverPairing: spec.leadsOverPairing } : {}),
    examples: spec.examples,
  };
}

/** The look-alike came after the thread's last pairing failure: it is what the client hits now. */
export function afterLastPairingFailure(m: LookalikeMatch, c: Case): boolean {
  const last = c.lastPairingFailure;
  return !last || before(last, m.fact.at);
}

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
