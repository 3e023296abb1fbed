/**
 * The broken states the lab makes, one per scenario, and the call each one breaks. Each setup uses
 * the real CLI the way a user gets there; where a build cannot get there by itself (a read-only
 * baseline on a build whose probe no longer pairs), it edits the pairing store into the state an
 * upgrade from an older build leaves, and says so in the transcript.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Build, versionAtLeast } from './install.ts';
import type { CommandResult } from './proc.ts';
import type { Action } from './transcript.ts';
import { type ActorName, sleep, type World } from './world.ts';

export interface Call {
  actor: ActorName;
  command: string;
  ok: (r: CommandResult) => boolean;
  timeoutMs?: number;
}

export interface SetupResult {
  /** Evidence the user pastes with the failure (what they already tried), in order. */
  evidence?: Action[];
  /** The scenario cannot be made on this build: why. */
  notApplicable?: string;
}

export interface Scenario {
  name: string;
  title: string;
  /** Why it does not exist on a build, or undefined. */
  applies?: (b: Build) => string | undefined;
  config?: (b: Build) => Record<string, unknown>;
  /** Makes the broken state; may push setup actions and notes. */
  setup: (w: World, s: SetupLog) => Promise<SetupResult | undefined>;
  /** The originally failing call(s). */
  trigger: (w: World) => Call[];
  /** Extra evidence gathered after the trigger failed (what the user tried before asking). */
  afterTrigger?: (w: World, s: SetupLog) => Promise<Action[]>;
  /** Where commands from steps that say "on the machine running the CLI" go. */
  clientActor?: ActorName;
  lookalike?: boolean;
}

export interface SetupLog {
  run: (actor: ActorName, command: string, timeoutMs?: number) => Promise<Action>;
  note: (text: string) => void;
}

// ── the calls that fail ─────────────────────────────────────────────────────────────────────────

const FAILED = /pairing required|GatewayClientRequestError|gateway closed|unauthorized|MCP server failed|Failed to start/i;

/** `sessions_spawn` through the gateway's tool endpoint, as an agent run does. */
export function spawnCall(w: World): Call {
  return {
    actor: 'host',
    command:
      `curl -sS -m 60 -X POST http://127.0.0.1:${w.port}/tools/invoke -H 'Authorization: Bearer ${w.token}' ` +
      `-H 'Content-Type: application/json' -d '{"tool":"sessions_spawn","args":{"task":"claw-triage lab: reply with the word OK","mode":"run"}}'`,
    // What is being repaired is pairing: a spawn the gateway accepts, or one that fails for a reason of
    // its own (2026.4.25 in the lab: no context engine registered), is past the pairing gate.
    ok: (r) => r.exit === 0 && (/\\?"status\\?":\s*\\?"accepted/.test(r.output) || !PAIRING_FAILED.test(r.output)),
  };
}

const PAIRING_FAILED = /pairing required|\(1008\)|scope upgrade|device pairing|unauthori[sz]ed/i;

export const healthCall = (actor: ActorName = 'host'): Call => ({
  actor,
  // `--timeout`: under load the default 10 s can run out before a healthy gateway answers.
  command: 'openclaw gateway call health --timeout 30000',
  ok: (r) => r.exit === 0,
});

/**
 * A device-identity client: `openclaw mcp serve` with its stdin held open. A pairing failure ends it
 * at once (exit 1); success is that it is still serving when `timeout` stops it 45 s later (exit 124),
 * which leaves a loaded machine time to start it.
 */
export const mcpCall = (actor: ActorName): Call => ({
  actor,
  command: 'timeout 45 openclaw mcp serve < <(exec sleep 60 2>/dev/null)',
  ok: (r) => r.exit === 124 && !FAILED.test(r.output),
  timeoutMs: 90_000,
});

/** Scenarios with a second machine: the gateway trusts the lab's proxy on loopback, as behind nginx
 * (2026.8+ refuses forwarded headers from an untrusted proxy outright). */
const behindProxy = () => ({ gateway: { trustedProxies: ['127.0.0.1'] } });

// ── helpers over the store ──────────────────────────────────────────────────────────────────────

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** The pending request for a device (newest), from the store or, failing that, a CLI output. */
function pendingFor(w: World, deviceId: string | undefined, output?: string): string | undefined {
  const pending = w
    .store()
    .pending.filter((p) => !deviceId || p.deviceId === deviceId)
    .sort((a, b) => (b.ts ?? 0) - (a.ts ?? 0));
  return pending[0]?.requestId ?? (output ? UUID.exec(output)?.[0] : undefined);
}

/** A second machine ("laptop"/"phone") that reaches the gateway through the lab's proxy. */
async function addRemote(w: World, name: ActorName, token = w.token): Promise<void> {
  if (!w.actors.has(name)) w.addActor(name);
  w.writeConfig(name, w.remoteConfig(token));
}

/** Pairs a remote actor's `mcp serve` device the way a user does: it asks, the host approves. */
async function pairRemote(w: World, s: SetupLog, name: ActorName): Promise<string | undefined> {
  const first = await s.run(name, mcpCall(name).command, 90_000);
  if (!FAILED.test(first.output ?? '')) {
    s.note(`${name}: its first connect was accepted without approval`);
    return w.identity(name);
  }
  const requestId = pendingFor(w, w.identity(name), first.output);
  if (!requestId) throw new Error(`no pending request for ${name}'s first pairing`);
  await hostAdmin(w, s);
  const approve = await hostRun(w, s, `openclaw devices approve ${requestId}`);
  if (approve.exit !== 0) throw new Error(`host could not approve ${name}'s pairing: ${approve.output}`);
  const again = await s.run(name, mcpCall(name).command, 90_000);
  if (!mcpCall(name).ok({ command: '', exit: again.exit ?? 1, output: again.output ?? '', ms: 0 }))
    throw new Error(`${name} still fails after its approval`);
  return w.identity(name) ?? /Approved ([0-9a-f]{64})/.exec(approve.output ?? '')?.[1];
}

/** The host CLI's first full call: pairs it silently on loopback (or needs no pairing at all). */
async function hostAdmin(w: World, s: SetupLog): Promise<void> {
  if ((w as World & { hostReady?: boolean }).hostReady) return;
  const r = await s.run('host', 'openclaw gateway call health');
  if (r.exit !== 0) throw new Error(`host CLI cannot call the gateway: ${r.output}`);
  (w as World & { hostReady?: boolean }).hostReady = true;
}

/** The newest requestId a CLI output names: on 2026.6.11 an approve's own connect replaces the very
 * request it was asked to approve, and says the new id last. */
const lastRequestId = (output: string | undefined) => [...(output ?? '').matchAll(/requestId: ([0-9a-f-]{36})/g)].at(-1)?.[1];

/**
 * Runs an admin command on the host for the setup. On builds whose CLI asks least privilege
 * (2026.4.27+), the host's first call pairs it at `operator.read`, and `devices remove`/`revoke`
 * then wait for a scope upgrade: the setup approves that upgrade (approve has the local fallback),
 * following the id each try prints, and retries, as the operator would have done before the scenario.
 */
async function hostRun(w: World, s: SetupLog, command: string): Promise<Action> {
  let r = await s.run('host', command);
  for (let i = 0; i < 3 && r.exit !== 0; i++) {
    let id = lastRequestId(r.output);
    let ok: Action | undefined;
    for (let j = 0; j < 3 && id; j++) {
      ok = await s.run('host', `openclaw devices approve ${id}`);
      if (ok.exit === 0) break;
      const next = lastRequestId(ok.output);
      id = next !== id ? next : undefined;
    }
    const what = `\`${command.split(' ').slice(0, 3).join(' ')}\``;
    if (ok?.exit === 0) s.note(`the host CLI's own upgrade was approved so that ${what} could run`);
    else {
      // 2026.6.11: each approve's own connects replace the request it approves (`unknown requestId`
      // every time), so the host CLI cannot approve its own upgrade; give it what a host paired by
      // an older build holds.
      const id = w.identity('host');
      if (!id || !existsSync(join(w.stateDir('host'), 'devices', 'paired.json')) || !setHostDeviceScopes(w, id, CLI_SCOPES)) break;
      s.note(
        `the host CLI could not approve its own upgrade (each approve's own connect replaced the request it approved), so the lab gave the host device the CLI's full scopes in \`devices/paired.json\` (as a host paired by 2026.4.x holds) for ${what}`,
      );
    }
    r = await s.run('host', command);
  }
  return r;
}

/** The scopes a 2026.4.14 CLI asks for (docs/openclaw-facts.md §3.2): what a host paired by such a build holds. */
const CLI_SCOPES = ['operator.admin', 'operator.read', 'operator.write', 'operator.approvals', 'operator.pairing', 'operator.talk.secrets'];

/** Sets the host's paired CLI device's scopes in a file store (≤ 2026.6.x), its cached token's too,
 * and drops its pending requests. */
function setHostDeviceScopes(w: World, deviceId: string, scopes: string[], clientMode?: string): boolean {
  const dir = w.stateDir('host');
  const pairedFile = join(dir, 'devices', 'paired.json');
  const paired = JSON.parse(readFileSync(pairedFile, 'utf8')) as Record<string, Record<string, unknown>>;
  const rec = paired[deviceId];
  if (!rec) return false;
  rec.scopes = scopes;
  rec.approvedScopes = scopes;
  if (clientMode) rec.clientMode = clientMode;
  const tokens = rec.tokens as Record<string, { scopes?: string[] }> | undefined;
  for (const t of Object.values(tokens ?? {})) t.scopes = scopes;
  writeFileSync(pairedFile, `${JSON.stringify(paired, null, 2)}\n`, { mode: 0o600 });
  const pendingFile = join(dir, 'devices', 'pending.json');
  try {
    const pending = JSON.parse(readFileSync(pendingFile, 'utf8')) as Record<string, { deviceId?: string }>;
    for (const [id, p] of Object.entries(pending)) if (p.deviceId === deviceId) delete pending[id];
    writeFileSync(pendingFile, `${JSON.stringify(pending, null, 2)}\n`, { mode: 0o600 });
  } catch {
    /* no pending file */
  }
  const authFile = join(dir, 'identity', 'device-auth.json');
  try {
    const auth = JSON.parse(readFileSync(authFile, 'utf8')) as { tokens?: Record<string, { scopes?: string[] }> };
    for (const t of Object.values(auth.tokens ?? {})) t.scopes = scopes;
    writeFileSync(authFile, `${JSON.stringify(auth, null, 2)}\n`, { mode: 0o600 });
  } catch {
    /* no cached token */
  }
  return true;
}

const scopesOf = (w: World, deviceId: string | undefined) => {
  const d = w.store().paired.find((p) => p.deviceId === deviceId);
  return d?.approvedScopes ?? d?.scopes;
};

/** The host CLI device paired at `operator.read` only: the seed thread's state. */
async function readOnlyBaseline(w: World, s: SetupLog): Promise<SetupResult | undefined> {
  await s.run('host', 'openclaw gateway probe');
  let id = w.identity('host');
  let scopes = scopesOf(w, id);
  if (id && scopes?.length === 1 && scopes[0] === 'operator.read') {
    s.note('`openclaw gateway probe` paired the host CLI device at `operator.read` only (as on every build before 2026.4.25).');
    return;
  }
  s.note(`\`openclaw gateway probe\` did not make a read-only pairing on this build (host device scopes: ${scopes?.join(',') ?? 'none'}).`);
  await hostAdmin(w, s);
  id = w.identity('host');
  scopes = scopesOf(w, id);
  if (!id || !scopes) {
    // Nothing to narrow: the call that fails elsewhere runs anyway, and its success is the result.
    s.note(
      'The host CLI holds no device pairing on this build (the local CLI and internal calls connect with the shared token and no device identity on loopback), so there is no baseline to narrow.',
    );
    return;
  }
  if (w.storeKind !== 'files') return { notApplicable: `the pairing store is ${w.storeKind}, which the lab does not edit` };
  setHostDeviceScopes(w, id, ['operator.read'], 'probe');
  s.note(
    "The lab narrowed the host CLI device to `operator.read` in `~/.openclaw/devices/paired.json` and `identity/device-auth.json`: the state a host paired by an older build's probe carries into this one.",
  );
}

// ── the scenarios ───────────────────────────────────────────────────────────────────────────────

const readOnly: Scenario = {
  name: 'read-only-baseline',
  title: 'The host CLI device is paired at operator.read only; sessions_spawn and the CLI need admin',
  setup: readOnlyBaseline,
  trigger: (w) => [spawnCall(w), healthCall()],
};

const churn: Scenario = {
  name: 'request-churn',
  title: 'A read-only baseline while a retry loop (sessions_spawn every 2 s, plus an MCP client) keeps replacing the pending request',
  async setup(w, s) {
    const r = await readOnlyBaseline(w, s);
    if (r?.notApplicable) return r;
    const call = spawnCall(w);
    const script =
      'while :; do ' +
      `${call.command.replace(w.token, '$LAB_TOKEN')} >/dev/null 2>&1; sleep 2; ` +
      '(sleep 2 | timeout 10 openclaw mcp serve) >/dev/null 2>&1; sleep 1; done';
    const pid = w.startBackground('host', script.replace(/'Authorization: Bearer \$LAB_TOKEN'/, '"Authorization: Bearer $LAB_TOKEN"'), {
      LAB_TOKEN: w.token,
    });
    s.note(
      `Started the retry loop (pid ${pid}): sessions_spawn every 2 s, then a short-lived \`openclaw mcp serve\` on the host identity.`,
    );
    await sleep(12_000);
  },
  trigger: (w) => [spawnCall(w), healthCall()],
};

const staleId: Scenario = {
  name: 'stale-id',
  title: 'A read-only baseline; the user listed, another client reconnected with other scopes, then the old id was approved',
  setup: readOnlyBaseline,
  trigger: (w) => [spawnCall(w), healthCall()],
  afterTrigger: missApprove,
};

/** Lists, lets another client supersede the request, approves the old id: one missed approve. */
async function missApprove(w: World, s: SetupLog): Promise<Action[]> {
  const list = await s.run('host', 'openclaw devices list --json');
  const id = w.identity('host');
  const old = pendingFor(w, id, list.output);
  if (!old) {
    s.note('no pending request for the host device');
    return [list];
  }
  const supersede = await s.run('host', 'timeout 30 openclaw mcp serve < <(exec sleep 60 2>/dev/null)', 90_000);
  const now = pendingFor(w, id);
  s.note(
    now && now !== old
      ? `another client replaced request ${old} with ${now}`
      : `the pending request stayed ${old} after another client connected`,
  );
  const approve = await s.run('host', `openclaw devices approve ${old}`);
  return [list, supersede, approve];
}

const approveChurn: Scenario = {
  name: 'approve-churn',
  title: 'A read-only baseline; two approvals in a row hit ids another client had already replaced (the re-pair path)',
  setup: readOnlyBaseline,
  trigger: (w) => [spawnCall(w), healthCall()],
  async afterTrigger(w, s) {
    const first = await missApprove(w, s);
    const second = await missApprove(w, s);
    return [...first, ...second];
  },
};

const localApprovalOff: Scenario = {
  name: 'local-approval-off',
  title: 'gateway.nodes.pairing.autoApproveLocal=false (2026.8+): a local client waits for an explicit approval',
  applies: (b) =>
    versionAtLeast(b.version, '2026.8.1') ? undefined : '`gateway.nodes.pairing.autoApproveLocal` arrived between 2026.6.11 and 2026.8.1',
  config: () => ({ gateway: { nodes: { pairing: { autoApproveLocal: false } } } }),
  async setup(_w, s) {
    s.note(
      `config: ${JSON.stringify({ gateway: { nodes: { pairing: { autoApproveLocal: false } } } })}; the host's MCP client (a device-identity client) connects on loopback`,
    );
    return undefined;
  },
  trigger: () => [mcpCall('host')],
};

/** A scenario on a second machine ("laptop") that reaches the gateway through the lab's proxy. */
function onLaptop(spec: Omit<Scenario, 'clientActor' | 'config'>): Scenario {
  return { ...spec, clientActor: 'laptop', config: behindProxy };
}

/** The laptop paired (approved on the host), then the host runs `command(deviceId)` against it;
 * `refused` says why a build will not let the host CLI do that at all. */
function pairedThenOnHost(
  name: string,
  title: string,
  command: (deviceId: string) => string,
  refused?: (output: string) => string | undefined,
): Scenario {
  return onLaptop({
    name,
    title,
    async setup(w, s) {
      await addRemote(w, 'laptop');
      const id = await pairRemote(w, s, 'laptop');
      if (!id) throw new Error('laptop did not pair');
      const done = await hostRun(w, s, command(id));
      const why = done.exit !== 0 ? refused?.(done.output ?? '') : undefined;
      if (why) return { notApplicable: why };
      if (done.exit !== 0) throw new Error(`${command(id).split(' ').slice(0, 3).join(' ')} failed: ${done.output}`);
      return { evidence: [done] };
    },
    trigger: () => [mcpCall('laptop')],
  });
}

const firstPairing = onLaptop({
  name: 'first-pairing',
  title: 'A new device (a second machine) connects for the first time and waits for approval',
  async setup(w) {
    await addRemote(w, 'laptop');
    return undefined;
  },
  trigger: () => [mcpCall('laptop')],
});

const removedDevice = pairedThenOnHost(
  'removed-device',
  'A paired device was removed on the gateway host, then reconnects',
  (id) => `openclaw devices remove ${id}`,
);

const revoked = pairedThenOnHost(
  'revoked-tokens',
  "A paired device's operator token was revoked on the gateway host, then it reconnects",
  (id) => `openclaw devices revoke --device ${id} --role operator`,
  // 2026.6.11 in the lab: the gateway logged `reason=caller-missing-scope scope=operator.approvals`
  // even with the host device widened to every CLI scope: the CLI's revoke session does not hold
  // every scope of the token it revokes.
  (out) =>
    /device token revocation denied/.test(out)
      ? "this build's CLI cannot revoke another device's token (`device token revocation denied`; the gateway logs `reason=caller-missing-scope scope=operator.approvals`: the revoke session lacks a scope of the token it revokes, even from a host holding every CLI scope)"
      : undefined,
);

const approverMissingScope = onLaptop({
  name: 'approver-missing-scope',
  title: 'A second device tries to approve a new device from a paired session that lacks the scopes',
  async setup(w, s) {
    await addRemote(w, 'laptop');
    await addRemote(w, 'phone');
    await pairRemote(w, s, 'laptop');
    const phone = await s.run('phone', mcpCall('phone').command, 90_000);
    if (!FAILED.test(phone.output ?? '')) return { notApplicable: "the new device's first connect was accepted without approval" };
    const req = pendingFor(w, w.identity('phone'), phone.output);
    if (!req) throw new Error('no pending request for the phone');
    const attempt = await s.run('laptop', `openclaw devices approve ${req}`);
    if (attempt.exit === 0) s.note('the laptop could approve the phone: no missing scope on this build');
    return { evidence: [attempt] };
  },
  trigger: () => [mcpCall('phone')],
});

const lookalike = onLaptop({
  name: 'lookalike-token-mismatch',
  title: "Look-alike: the gateway token was changed; a second machine's CLI still sends the old one (unauthorized: gateway token mismatch)",
  lookalike: true,
  async setup(w, s) {
    await addRemote(w, 'laptop');
    const first = await s.run('laptop', 'openclaw gateway call health');
    if (first.exit !== 0) {
      const req = pendingFor(w, w.identity('laptop'), first.output);
      if (!req) throw new Error(`laptop health failed without a pending request: ${first.output}`);
      await hostAdmin(w, s);
      await s.run('host', `openclaw devices approve ${req}`);
      const again = await s.run('laptop', 'openclaw gateway call health');
      if (again.exit !== 0) throw new Error('laptop still fails after its approval');
    }
    // The operator rotates the gateway token and restarts the gateway.
    const fresh = randomBytes(24).toString('hex');
    w.secrets.add(fresh);
    w.gatewayTokens.add(fresh);
    const cfg = w.readConfig('host') as { gateway: { auth: { token: string } } };
    cfg.gateway.auth.token = fresh;
    w.writeConfig('host', cfg as unknown as Record<string, unknown>);
    await w.stopGateway();
    await w.startGateway();
    s.note(
      "The host's `gateway.auth.token` was changed in openclaw.json and the gateway restarted; the laptop keeps the old token in `gateway.remote.token`.",
    );
    return undefined;
  },
  trigger: () => [healthCall('laptop')],
});

export const scenarios: readonly Scenario[] = [
  readOnly,
  churn,
  staleId,
  approveChurn,
  localApprovalOff,
  firstPairing,
  removedDevice,
  revoked,
  approverMissingScope,
  lookalike,
];
