/**
 * The lab plays the user: it pastes what the gateway and CLI printed into the engine (the same
 * `diagnose()` the CLI and the bot call), runs the reply's commands verbatim, and pastes their
 * output back, until the originally failing call succeeds or three replies have gone by.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { diagnose as Diagnose, ThreadMessage } from '../src/diagnose.ts';
import type { Build } from './install.ts';
import { parseReply, placeholders, type ReplyStep, readOnly } from './reply.ts';
import type { Call, Scenario, SetupLog } from './scenarios.ts';
import { type Action, makeRedactor, pasteOf, type Transcript, type Turn, transcriptMarkdown } from './transcript.ts';
import { type ActorName, deepMerge, freePortBlock, SHOWN_HOME, World } from './world.ts';

export const MAX_REPLIES = 3;

export interface PlayOptions {
  /** The engine's entry point: the repository's own `diagnose()`, or one from a committed revision. */
  diagnose: typeof Diagnose;
  /** Which engine that is (a commit, or the working tree). */
  engine: string;
  runDir: string;
  keep: boolean;
  log: (line: string) => void;
}

/** Worlds still running, so an interrupt can stop their processes by PID. */
export const liveWorlds = new Set<World>();

export async function playScenario(build: Build, scenario: Scenario, opts: PlayOptions): Promise<Transcript> {
  const started = Date.now();
  const t: Transcript = {
    lab: 1,
    scenario: scenario.name,
    title: scenario.title,
    version: build.version,
    node: build.nodeVersion,
    startedAt: new Date(started).toISOString(),
    engine: opts.engine,
    setup: [],
    setupNotes: [],
    turns: [],
    status: 'lab-error',
    seconds: 0,
  };
  const na = scenario.applies?.(build);
  if (na) {
    t.status = 'not-applicable';
    t.note = na;
    return t;
  }
  const root = join(opts.runDir, build.version, scenario.name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const w = new World(build, root, await freePortBlock(), scenario.config?.(build) ?? {});
  liveWorlds.add(w);
  const redact = () =>
    makeRedactor(w.secrets, w.gatewayTokens, [
      ...[...w.actors.values()].map((a) => [a.home, SHOWN_HOME[a.name]] as [string, string]),
      [join(build.dir, 'node_modules'), '/usr/lib/node_modules'],
      [join(root, 'bin'), '/usr/local/bin'],
    ]);
  const clean = (a: Action): Action => {
    const r = redact();
    return {
      ...a,
      ...(a.command !== undefined ? { command: r(a.command) } : {}),
      ...(a.ran !== undefined ? { ran: r(a.ran) } : {}),
      ...(a.output !== undefined ? { output: r(a.output) } : {}),
      ...(a.text !== undefined ? { text: r(a.text) } : {}),
      ...(a.note !== undefined ? { note: r(a.note) } : {}),
      ...(a.filled ? { filled: Object.fromEntries(Object.entries(a.filled).map(([k, v]) => [k, r(v)])) } : {}),
    };
  };
  const runAction = async (
    section: Action['section'],
    actor: ActorName,
    command: string,
    timeoutMs?: number,
    extra: Partial<Action> = {},
  ): Promise<Action> => {
    const r = await w.run(actor, command, timeoutMs);
    opts.log(`  [${section}/${actor}] exit ${r.exit}: ${redact()(command).slice(0, 110)}`);
    return { section, actor, kind: 'command', command, exit: r.exit, output: r.output, ms: r.ms, ...extra };
  };
  const setupLog: SetupLog = {
    run: async (actor, command, timeoutMs) => {
      const a = await runAction('setup', actor, command, timeoutMs);
      t.setup.push(a);
      return a;
    },
    note: (text) => t.setupNotes.push(text),
  };

  try {
    await w.startGateway();
    await w.startProxy();
    t.setupNotes.push(...w.notes);
    const listeners = w.checkListeners();
    t.setupNotes.push(`gateway listening on ${listeners.map((l) => `${l.address}:${l.port}`).join(', ')} (checked: loopback only)`);
    const version = await w.run('host', 'openclaw --version');
    t.build = version.output.trim().split('\n').at(-1);
    const setup = await scenario.setup(w, setupLog);
    if (setup?.notApplicable) {
      t.status = 'not-applicable';
      t.note = setup.notApplicable;
      return t;
    }
    const logStart = w.logOffset;
    const calls = scenario.trigger(w);
    const first = await runChecks(w, calls, runAction);
    if (first.ok) {
      t.status = 'no-failure';
      t.note = `the originally failing call succeeded without any repair on ${build.version}`;
      t.setup.push(...first.actions);
      return t;
    }
    const after = (await scenario.afterTrigger?.(w, setupLog)) ?? [];
    // The first message: the version, what the user already did, the failure, then the log lines.
    const log = gatewayExcerpt(w.logSince(logStart));
    const parts = [
      `$ openclaw --version\n${version.output.trim()}\n`,
      ...(setup?.evidence ?? []).map(pasteOf),
      ...first.actions.map(pasteOf),
      ...after.map(pasteOf),
      ...(log ? [`gateway log:\n${log}`] : []),
    ];
    let message = parts.join('\n');
    const messages: ThreadMessage[] = [];
    // The user's whereabouts carry over from one reply to the next, as in a real thread.
    const where = new Whereabouts(scenario);

    for (let turnNo = 1; turnNo <= MAX_REPLIES; turnNo++) {
      const postedAt = Date.now();
      const text = redact()(message);
      messages.push({ text, postedAt });
      const d = opts.diagnose(messages, { at: postedAt });
      const turn: Turn = {
        message: text,
        postedAt,
        stage: d.stage,
        rules: d.findings.map((f) => f.rule),
        reply: d.reply,
        actions: [],
        check: [],
        fixed: false,
      };
      t.turns.push(turn);
      opts.log(`  reply ${turnNo}: ${d.stage} (${turn.rules.join(', ')})`);
      if (scenario.lookalike && d.stage === 'other-cause' && /openclaw devices (approve|remove|reject|clear)\b/.test(d.reply))
        t.approveAdvice = true;
      if (scenario.lookalike && turnNo === 1 && t.approveAdvice === undefined) t.approveAdvice = false;

      const played = await playReply(w, scenario, where, d.reply, runAction);
      turn.actions = played.actions.map(clean);
      let check = await runChecks(w, calls, runAction);
      turn.check = check.actions.map((a) => clean({ ...a, note: [a.note, 'after the steps'].filter(Boolean).join('; ') }));
      if (!check.ok && played.ifFails.some((st) => st.command || st.config || /\brun `openclaw /i.test(st.text))) {
        // "If that does not work": the user goes on to those, then retries.
        turn.actions.push(...(await playSteps(w, scenario, where, played.ifFails, d.reply, runAction, played.actions)).map(clean));
        const again = await runChecks(w, calls, runAction);
        if (again.ok) turn.fixedBy = 'ifFails';
        turn.check.push(
          ...again.actions.map((a) => clean({ ...a, note: [a.note, 'after "If that does not work"'].filter(Boolean).join('; ') })),
        );
        check = again;
      } else if (check.ok) turn.fixedBy = 'steps';
      turn.fixed = check.ok;
      if (check.ok) {
        t.status = scenario.lookalike && t.approveAdvice ? 'not-fixed' : 'fixed';
        t.replies = turnNo;
        if (scenario.lookalike && t.approveAdvice) t.note = 'fixed, but a look-alike reply gave approve/remove advice';
        break;
      }
      if (turnNo === MAX_REPLIES) break;
      // The next message: everything run for this reply, the retried call, and what the reply asked for.
      const ran = new Set(turn.actions.filter((a) => a.kind === 'command').map((a) => a.command));
      const asks: Action[] = [];
      for (const ask of d.asks) {
        if (ran.has(ask) || placeholders(ask).length) continue;
        asks.push(await runAction('asks', where.asking, ask));
      }
      turn.actions.push(...asks.map(clean));
      message = [...turn.actions, ...turn.check]
        .map((a) => (a.kind === 'command' || a.kind === 'config-edit' ? pasteOf(a) : ''))
        .filter(Boolean)
        .join('\n');
    }
    if (t.status === 'lab-error') {
      t.status = 'not-fixed';
      t.note = `still failing after ${MAX_REPLIES} replies`;
    }
    return t;
  } catch (err) {
    t.status = 'lab-error';
    t.note = (err as Error).message.split('\n').slice(0, 6).join(' / ');
    opts.log(`  lab error: ${t.note}`);
    return t;
  } finally {
    t.setup = t.setup.map(clean);
    t.setupNotes = t.setupNotes.map((n) => redact()(n));
    if (t.note) t.note = redact()(t.note);
    t.seconds = Math.round((Date.now() - started) / 1000);
    const tail = redact()(w.logSince(0)).split('\n').slice(-400).join('\n');
    await w.stop();
    liveWorlds.delete(w);
    writeFileSync(join(root, 'gateway-tail.log'), tail);
    writeFileSync(join(root, 'transcript.md'), transcriptMarkdown(t));
    if (!opts.keep) for (const a of w.actors.values()) rmSync(a.home, { recursive: true, force: true });
  }
}

const TRANSIENT = /timeout after \d+ ?ms|timed out/i;

type RunAction = (
  section: Action['section'],
  actor: ActorName,
  command: string,
  timeoutMs?: number,
  extra?: Partial<Action>,
) => Promise<Action>;

async function runChecks(_w: World, calls: Call[], runAction: RunAction): Promise<{ ok: boolean; actions: Action[] }> {
  const actions: Action[] = [];
  let ok = true;
  for (const call of calls) {
    let a = await runAction('check', call.actor, call.command, call.timeoutMs);
    let r = { command: call.command, exit: a.exit!, output: a.output ?? '', ms: a.ms ?? 0 };
    if (!call.ok(r) && TRANSIENT.test(r.output) && !/pairing required/i.test(r.output)) {
      // A timeout under load is not the failure being repaired: retry once, as a user would.
      actions.push({ ...a, note: 'timed out under load; retried once after 5 s' });
      await new Promise((res) => setTimeout(res, 5000));
      a = await runAction('check', call.actor, call.command, call.timeoutMs);
      r = { command: call.command, exit: a.exit!, output: a.output ?? '', ms: a.ms ?? 0 };
    }
    if (!call.ok(r)) ok = false;
    actions.push(a);
  }
  return { ok, actions };
}

/** Lines of the gateway's console log a user would paste: pairing, auth and close lines, newest 30. */
function gatewayExcerpt(log: string): string {
  const lines = log
    .split('\n')
    .filter(
      (l) => /security audit|closed before connect|pairing|unauthori[sz]ed|token mismatch|scope|device/i.test(l) && !/⇄ res ✓/.test(l),
    );
  return lines.slice(-30).join('\n');
}

async function playReply(
  w: World,
  scenario: Scenario,
  where: Whereabouts,
  reply: string,
  runAction: RunAction,
): Promise<{ actions: Action[]; ifFails: ReplyStep[] }> {
  const steps = parseReply(reply);
  const main = steps.filter((s) => s.section === 'steps');
  const ifFails = steps.filter((s) => s.section === 'ifFails');
  const actions = await playSteps(w, scenario, where, main, reply, runAction, []);
  return { actions, ifFails };
}

async function playSteps(
  w: World,
  scenario: Scenario,
  where: Whereabouts,
  steps: ReplyStep[],
  reply: string,
  runAction: RunAction,
  earlier: Action[],
): Promise<Action[]> {
  const actions: Action[] = [];
  for (const step of steps) {
    const a = await playStep(w, scenario, where, step, reply, runAction, [...earlier, ...actions]);
    actions.push(a);
    if (a.kind === 'command' && a.exit !== 0 && !readOnly(a.command ?? '')) {
      // A user stops at a failing command and goes to "If that does not work".
      break;
    }
  }
  return actions;
}

const CLIENT_SIDE =
  /on the machine running the CLI|on (that|the other|the remote|the client) machine|on the client\b|where the (CLI|client) runs|on the device that fails/i;
const HOST_SIDE = /on the gateway host|inside the gateway container/i;

/**
 * Where the user types a step. They start at the machine where the call failed, go to the gateway
 * host when a step says so (or back to the client machine), and stay there for the steps (and the
 * replies) that follow until another step names a place: what a person working down a thread does.
 */
export class Whereabouts {
  private here: ActorName;
  private readonly failing: ActorName;
  private readonly client: ActorName | undefined;

  constructor(scenario: Scenario) {
    this.client = scenario.clientActor;
    this.failing = scenario.clientActor ?? 'host';
    this.here = this.failing;
  }

  step(text: string): ActorName {
    const first = text.split('\n')[0]!;
    const host = HOST_SIDE.exec(first);
    const client = this.client ? CLIENT_SIDE.exec(first) : null;
    if (host && (!client || host.index < client.index)) this.here = 'host';
    else if (client && this.client) this.here = this.client;
    return this.here;
  }

  /** Where "paste the output of …" is run: wherever the user is by then. */
  get asking(): ActorName {
    return this.here;
  }
}

async function playStep(
  w: World,
  _scenario: Scenario,
  where: Whereabouts,
  step: ReplyStep,
  reply: string,
  runAction: RunAction,
  earlier: Action[],
): Promise<Action> {
  const section = step.section;
  const text = step.text;
  const actor = where.step(text);
  // Alternatives written as steps ("1. If it is your own device, approve … 2. If it is not yours,
  // reject …"): the lab's devices are its own, so it takes the first branch only.
  if (/^If (it|this|that|the address) (is|was) not (yours|you|your own)|^If you (do not|don't|did not|didn't) recogni[sz]e/i.test(text)) {
    return {
      section,
      actor,
      kind: 'skipped',
      text,
      ...(step.command ? { command: step.command } : {}),
      note: "the other branch: the lab's devices are its own",
    };
  }
  let command = step.command;
  let inline = false;
  if (!command && !step.config && !step.foreign) {
    // "On the gateway host itself, run `openclaw devices approve <requestId>` …": a command in prose.
    const m = /\brun `(openclaw [^`]+)`/i.exec(text);
    if (m) {
      command = m[1]!;
      inline = true;
    }
  }
  if (command) {
    if (/\bdocker\b/.test(command)) return { section, actor, kind: 'skipped', text, command, note: 'docker is not part of the lab' };
    if (/^openclaw update\b/.test(command.trim())) {
      return {
        section,
        actor,
        kind: 'skipped',
        text,
        command,
        note: 'the lab tests one build at a time: an upgrade is checked by running the scenario on the newer build',
      };
    }
    const fill = fillPlaceholders(w, command, text, reply, earlier);
    if ('missing' in fill) {
      return {
        section,
        actor,
        kind: 'skipped',
        text,
        command,
        note: `placeholder ${fill.missing.join(', ')} not fillable from what the reply says`,
      };
    }
    const real = unshow(w, fill.command);
    const before = w.gatewayPid;
    const a = await runAction(section, actor, real, 120_000, {
      text,
      command,
      ...(real !== command ? { ran: real } : {}),
      ...(Object.keys(fill.filled).length ? { filled: fill.filled } : {}),
      ...(inline ? { note: 'command taken from the step text' } : {}),
    });
    await afterCommand(w, real, before, a);
    return a;
  }
  if (step.config) {
    const target: ActorName = actor;
    const snippet = step.config;
    const fill = fillPlaceholders(w, snippet, text, reply, earlier);
    if ('missing' in fill)
      return {
        section,
        actor: target,
        kind: 'skipped',
        text,
        note: `config snippet placeholder ${fill.missing.join(', ')} not fillable`,
        output: snippet,
      };
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(json5ish(fill.command)) as Record<string, unknown>;
    } catch {
      return { section, actor: target, kind: 'skipped', text, note: 'config snippet is not JSON5 the lab can read', output: snippet };
    }
    w.writeConfig(target, deepMerge(w.readConfig(target), parsed));
    return {
      section,
      actor: target,
      kind: 'config-edit',
      text,
      output: snippet,
      note: `~/.openclaw/openclaw.json on the ${target} (${Object.keys(fill.filled).join(', ') || 'no placeholders'})`,
      filled: fill.filled,
    };
  }
  if (step.foreign) return { section, actor, kind: 'skipped', text, note: 'PowerShell block: this lab runs Linux' };
  if (/stop whatever keeps (reconnecting|retrying)|stop (what|the client that) (retries|keeps)/i.test(text)) {
    const stopped = await w.stopBackground();
    return {
      section,
      actor,
      kind: 'user-action',
      text,
      note: stopped.length ? `stopped the retrying client (pid ${stopped.join(', ')})` : 'nothing of the lab was retrying',
    };
  }
  return { section, actor, kind: 'skipped', text, note: 'prose only: nothing to run' };
}

/** After a command: a `gateway restart` that says no service is installed (2026.4.x) does nothing to a
 * foreground gateway, so the lab restarts its gateway the way such a user would (2026.9.6 signals the
 * foreground process itself); a gateway that died is restarted too. */
async function afterCommand(w: World, command: string, before: number | undefined, a: Action): Promise<void> {
  const noService = /service (is )?(disabled|not installed|not loaded|not found)|no gateway service/i.test(a.output ?? '');
  if (/^openclaw gateway restart\b/.test(command.trim()) && noService && w.gatewayPid === before && w.gatewayAlive) {
    await w.stopGateway();
    await w.startGateway();
    a.note = [a.note, 'no service is installed, so the lab stopped and started its foreground gateway'].filter(Boolean).join('; ');
  } else if (!w.gatewayAlive) {
    await w.startGateway();
    a.note = [a.note, 'the gateway had stopped; the lab started it again'].filter(Boolean).join('; ');
  }
  w.checkListeners();
}

/** Shown homes back to the real ones, so a path copied from a reply works. */
function unshow(w: World, command: string): string {
  let out = command;
  for (const a of w.actors.values()) out = out.split(SHOWN_HOME[a.name]).join(a.home);
  return out;
}

function json5ish(text: string): string {
  return text
    .replace(/\/\/.*$/gm, '')
    .replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":')
    .replace(/,(\s*[}\]])/g, '$1');
}

interface Filled {
  command: string;
  filled: Record<string, string>;
}

/**
 * Fills a placeholder only where the reply says how from an earlier output: `<requestId>` from a
 * `devices list` run just before for "the current request", the gateway token from
 * `openclaw gateway auth-token --show` or from the file the reply names.
 */
function fillPlaceholders(w: World, command: string, stepText: string, reply: string, earlier: Action[]): Filled | { missing: string[] } {
  const wanted = [...new Set(placeholders(command))];
  if (!wanted.length) return { command, filled: {} };
  const filled: Record<string, string> = {};
  const missing: string[] = [];
  for (const p of wanted) {
    const v = fillOne(w, p, stepText, reply, earlier);
    if (v === undefined) missing.push(p);
    else filled[p] = v;
  }
  if (missing.length) return { missing };
  let out = command;
  for (const [p, v] of Object.entries(filled)) out = out.split(p).join(v);
  return { command: out, filled };
}

function fillOne(w: World, p: string, stepText: string, reply: string, earlier: Action[]): string | undefined {
  const key = p.slice(1, -1).toLowerCase();
  if (key === 'requestid') {
    if (!/current request|right after listing|newest|from the list|in the list|listed/i.test(stepText)) return undefined;
    const list = [...earlier].reverse().find((a) => a.kind === 'command' && /^openclaw devices list\b/.test(a.ran ?? a.command ?? ''));
    if (!list?.output) return undefined;
    return requestFromList(list.output, reply, stepText);
  }
  if (/token/.test(key)) {
    const shown = [...earlier].reverse().find((a) => a.kind === 'command' && /openclaw gateway auth-token --show/.test(a.command ?? ''));
    const fromOutput = shown?.exit === 0 ? /\b[0-9a-f]{32,}\b|\b[\w-]{32,}\b/.exec(shown.output ?? '')?.[0] : undefined;
    if (fromOutput) return fromOutput;
    if (/gateway\.auth\.token/.test(reply) && /openclaw\.json/.test(reply)) {
      const cfg = w.readConfig('host') as { gateway?: { auth?: { token?: string } } };
      return cfg.gateway?.auth?.token;
    }
    return undefined;
  }
  return undefined;
}

/** The request to approve from a `devices list` output: the only one, or the newest of the one device (or of the device the reply names). */
function requestFromList(output: string, reply: string, stepText: string): string | undefined {
  const start = output.indexOf('{');
  if (start >= 0) {
    try {
      type Row = { requestId: string; deviceId: string; ts?: number; isRepair?: boolean; clientId?: string };
      const j = JSON.parse(output.slice(start, output.lastIndexOf('}') + 1)) as { pending?: Row[] };
      // Honour what the step says to pick: a named device, `isRepair: true`, the client ids it lists.
      const named = /`([0-9a-f]{64})`/.exec(stepText)?.[1];
      const clients = /`clientId` ((?:`[\w-]+`(?:,? (?:or )?)?)+)/
        .exec(stepText)?.[1]
        ?.match(/`[\w-]+`/g)
        ?.map((c) => c.slice(1, -1));
      const pending = (j.pending ?? [])
        .filter((p) => !named || p.deviceId === named)
        .filter((p) => !/isRepair: true/.test(stepText) || p.isRepair === true)
        .filter((p) => !clients?.length || (p.clientId !== undefined && clients.includes(p.clientId)))
        .sort((a, b) => (b.ts ?? 0) - (a.ts ?? 0));
      const devices = new Set(pending.map((p) => p.deviceId));
      if (devices.size === 1) return pending[0]!.requestId;
      return pending.find((p) => reply.includes(p.deviceId))?.requestId;
    } catch {
      /* a table, or JSON with a banner */
    }
  }
  const pendingPart = output.split(/^Paired/m)[0] ?? '';
  const ids = [...new Set(pendingPart.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [])];
  return ids.length === 1 ? ids[0] : undefined;
}
