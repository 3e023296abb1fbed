/**
 * The typed facts that extractors read out of pasted text. Everything downstream (case, triage,
 * reply) works on these, never on raw text. Field names follow OpenClaw's own vocabulary
 * (docs/openclaw-facts.md §1–§3) so a rule reads like the support flow.
 *
 * Ids are typed as branded strings: a `RequestId` or `DeviceId` only exists when an extractor has
 * proved the id whole (a full UUID / 64-hex value, not cut by a table wrap, a 120-byte close
 * reason or a redaction). Partial ids are kept as plain `...Prefix` strings and must never be put
 * into a command.
 */

/** Where a fact was found: the message of the thread (0 = oldest) and the 1-based line in it. */
export interface Where {
  message: number;
  line: number;
}

/** A full lowercase UUID (v4-shaped) that the evidence holds whole. */
export type RequestId = string & { readonly __brand: 'RequestId' };
/** A full 64-hex device id (sha256 of the device public key). */
export type DeviceId = string & { readonly __brand: 'DeviceId' };

export type PairingReason = 'not-paired' | 'role-upgrade' | 'scope-upgrade' | 'metadata-upgrade';

/** A parsed OpenClaw version: `YYYY.M.PATCH[-N][-beta.N|-alpha.N]` (docs/openclaw-facts.md §5.1). */
export interface OpenClawVersion {
  raw: string;
  year: number;
  month: number;
  patch: number;
  /** `-N` stable correction (e.g. 2026.5.3-1 → 1). */
  correction?: number;
  /** `-beta.N` / `-alpha.N` prerelease. */
  pre?: { channel: 'beta' | 'alpha'; n: number };
}

interface FactBase {
  at: Where;
  /** ms epoch when the line carries a full timestamp (ISO or journald with a year). */
  time?: number;
}

/**
 * Whose version this is. `cli` from `openclaw --version` / the banner / `[ws] ← connect client=cli version=`;
 * `gateway` from a probe's `app <v>` or a gateway-side line; `unknown` from prose.
 */
export type VersionRole = 'cli' | 'gateway' | 'client' | 'unknown';

export interface VersionFact extends FactBase {
  kind: 'version';
  version: OpenClawVersion;
  /** 7-char build hash when printed, e.g. `323493f`; `unknown` kept as is. */
  build?: string;
  role: VersionRole;
  source: 'version-command' | 'banner' | 'ws-connect' | 'probe' | 'prose' | 'status' | 'user-agent';
  /** Prose that introduces it as the asker's own: 3 a label (`Version:`, an environment block), 2 "I'm
   * on / running / using", 1 "upgraded to", `OpenClaw <v>` in a sentence. */
  stated?: 1 | 2 | 3;
  /** Prose that names it as someone else's: another issue's, a fix's ("fixed in"), a range bound
   * ("≥ X", "since X"), the build they upgraded from. Never the asker's build. */
  quoted?: boolean;
}

/** `security audit: device access upgrade requested …` (docs/openclaw-facts.md §1.1). Fields absent from a wrapped
 * or paraphrased line are undefined, never guessed. */
export interface UpgradeAuditFact extends FactBase {
  kind: 'upgrade-audit';
  reason: 'scope-upgrade' | 'role-upgrade';
  deviceId?: DeviceId;
  /** What was printed for `device=` when it is not a whole id (`...`, `<REDACTED>`, `a2db89…`). */
  deviceIdPrefix?: string;
  ip?: string;
  auth?: string;
  roleFrom?: string[];
  roleTo?: string;
  scopesFrom?: string[];
  scopesTo?: string[];
  client?: string;
  conn?: string;
}

/** `security audit: device metadata upgrade requested reason=metadata-upgrade …` (docs/openclaw-facts.md §1.2). */
export interface MetadataAuditFact extends FactBase {
  kind: 'metadata-audit';
  deviceId?: DeviceId;
  claimedPlatform?: string;
  pinnedPlatform?: string;
  claimedDeviceFamily?: string;
  pinnedDeviceFamily?: string;
  client?: string;
  conn?: string;
}

/** Other gateway pairing log lines (docs/openclaw-facts.md §1.3). */
export interface PairingLogFact extends FactBase {
  kind: 'pairing-log';
  event:
    | 'auto-approved'
    | 'approved'
    | 'removed'
    | 'removal-denied'
    | 'token-rotated'
    | 'rotation-denied'
    | 'token-revoked'
    | 'revocation-denied';
  deviceId?: DeviceId;
  role?: string;
  reason?: string;
}

/** `[ws] closed before connect …` in all its versions (docs/openclaw-facts.md §1.4). */
export interface ClosedBeforeConnectFact extends FactBase {
  kind: 'closed-before-connect';
  conn?: string;
  code?: number;
  /** The close reason as printed (may be the client's `connect failed`). */
  reason?: string;
  /** Parsed from `pairing required: <requirement> (requestId: …` (≥ 2026.4.20). */
  pairingReason?: PairingReason;
  /** A requestId cut at 120 bytes lives here; never a `RequestId`. */
  requestIdFragment?: string;
  phase?: string;
}

/** The close-context JSON object logged with `closed before connect` (docs/openclaw-facts.md §1.4). */
export interface CloseContextFact extends FactBase {
  kind: 'close-context';
  cause?: string;
  deviceId?: DeviceId;
  /** Whole in the JSON object (it is not the truncated close reason). */
  requestId?: RequestId;
  reason?: string;
  authReason?: string;
}

/** The tool/RPC error `gateway closed (<code>): <reason>` and its `Gateway target:` block (docs/openclaw-facts.md §1.6). */
export interface GatewayClosedFact extends FactBase {
  kind: 'gateway-closed';
  code: number;
  reason: string;
  /** Set when the reason is a pairing close. */
  pairing?: { reason?: PairingReason; requestIdFragment?: string };
  target?: string;
  source?: string;
  config?: string;
  bind?: string;
  /** The Control UI's banner (`disconnected (4008): connect failed`) rather than a CLI's `gateway closed (…)`. */
  seenBy?: 'control-ui';
}

/** `gateway connect failed: <Error>: <message>` in every form (docs/openclaw-facts.md §1.6). */
export interface ConnectFailedFact extends FactBase {
  kind: 'connect-failed';
  message: string;
  /** Set when the message is a pairing-required message. ≥ 2026.4.20 messages carry a whole requestId. */
  pairing?: { reason?: PairingReason; requestId?: RequestId };
}

/** A bare `pairing required` (or `1008` + pairing) mention that no more specific extractor claimed. */
export interface PairingMentionFact extends FactBase {
  kind: 'pairing-mention';
  /** `log` when it looks machine-printed, `prose` when it is a person's sentence. */
  source: 'log' | 'prose';
  /** The close reason's requirement, when the mention quotes it (`pairing required: device is asking for more scopes …`). */
  reason?: PairingReason;
}

/**
 * What a device list shows of a device, pending or paired: the fields both entries carry, whether
 * they came from `devices list --json`, the pairing store or a printed table. Ids are branded here,
 * and a printed id that is not provably whole is kept apart as a fragment, so these are the facts'
 * shapes, not the JSON schemas' (src/evidence/devices-list-json.ts).
 */
export interface DeviceEntry {
  deviceId?: DeviceId;
  deviceIdFragment?: string;
  publicKey?: string;
  displayName?: string;
  platform?: string;
  clientId?: string;
  clientMode?: string;
  role?: string;
  roles?: string[];
  scopes?: string[];
  remoteIp?: string;
}

export interface PendingRequest extends DeviceEntry {
  requestId?: RequestId;
  /** The printed request cell when it is not provably whole (a wrapped table cell). */
  requestIdFragment?: string;
  silent?: boolean;
  isRepair?: boolean;
  /** ms epoch of creation; the request expires 5 minutes later. */
  ts?: number;
}

export interface DeviceToken {
  role: string;
  scopes?: string[];
  createdAtMs?: number;
  rotatedAtMs?: number;
  revokedAtMs?: number;
  lastUsedAtMs?: number;
}

export interface PairedDevice extends DeviceEntry {
  /** Only present when the list came through the local fallback (raw store record). */
  approvedScopes?: string[];
  tokens?: DeviceToken[];
  createdAtMs?: number;
  approvedAtMs?: number;
}

/** `openclaw devices list` as JSON or as a table (docs/openclaw-facts.md §2). */
export interface DevicesListFact extends FactBase {
  kind: 'devices-list';
  format: 'json' | 'table';
  pending: PendingRequest[];
  paired: PairedDevice[];
  /** false when salvaged from a truncated or mangled paste: absent entries prove nothing. */
  complete: boolean;
  /** The paste showed `Direct scope access failed; using local fallback.` or paired entries carry approvedScopes. */
  localFallback: boolean;
}

/** `devices approve --latest` / no-id preview (docs/openclaw-facts.md §3.1): it approves nothing. */
export interface ApprovePreviewFact extends FactBase {
  kind: 'approve-preview';
  requestId?: RequestId;
  deviceId?: DeviceId;
  deviceLabel?: string;
  role?: string;
  scopes?: string[];
}

export type CliCommand = 'approve' | 'remove' | 'reject' | 'clear' | 'rotate' | 'revoke' | 'list';

export type CliOutcome =
  /** `Approved <deviceId> (<requestId>)`, `Removed <deviceId>`, `Rejected …`, `Cleared …` */
  | 'ok'
  /** plain `unknown requestId` after the local fallback: the id was superseded or expired. */
  | 'unknown-request-stale'
  /** `Failed to start CLI: … unknown requestId` / `[openclaw] Reason: unknown requestId`: the gateway
   * itself answered (on 4.14 after a successful approve: already approved; or a deviceId passed as id). */
  | 'unknown-request-gateway'
  /** `No pending device pairing requests to approve` */
  | 'no-pending'
  /** `missing scope: <scope>` answered to approve: the approving device lacks that scope. */
  | 'missing-scope'
  | 'invalid-scope'
  /** ≥ 2026.7.1 `This device can't approve its own scope upgrade…` */
  | 'self-approval'
  /** ≥ 2026.7.1 `No pending device request matches <id>…` */
  | 'no-match'
  /** ≥ 2026.5.x `That request was superseded by a newer pending request.` */
  | 'superseded'
  /** `Pending request <a> was replaced by same-device repair <b>` */
  | 'replaced'
  /** local fallback state does not hold the gateway's request and a different state dir is suspected. */
  | 'state-dir-mismatch'
  /** The command itself died with 1008 pairing required (no local fallback for remove/clear/reject). */
  | 'pairing-required'
  | 'unknown-device'
  | 'denied'
  | 'refused';

/** The output of an `openclaw devices …` command (docs/openclaw-facts.md §3.1, §11.E). */
export interface CliResultFact extends FactBase {
  kind: 'cli-result';
  command: CliCommand;
  outcome: CliOutcome;
  /** The id the command was run with, when the command line was pasted and the id is whole. */
  requestId?: RequestId;
  deviceId?: DeviceId;
  /** The id that was typed for the command, whole or not, when it was not a valid id of its kind
   * (e.g. a 64-hex deviceId passed to `approve`). */
  argument?: string;
  /** For `superseded`/`replaced`: the current request to approve instead. */
  currentRequestId?: RequestId;
  scope?: string;
  viaLocalFallback: boolean;
}

/** `openclaw status` pairing block (docs/openclaw-facts.md §1.8). Its requestId may come from a truncated close reason. */
export interface StatusPairingFact extends FactBase {
  kind: 'status-pairing';
  recoveryRequestIdFragment?: string;
}

/** Evidence that a gateway call now works: `Gateway call: health` + `"ok": true`, a sessions_spawn
 * `"status": "accepted"`, a probe `Connect: ok · RPC: ok`. */
export interface HealthyCallFact extends FactBase {
  kind: 'healthy-call';
  what: 'health' | 'sessions-spawn' | 'probe' | 'status' | 'other';
}

/** A sessions_spawn tool result (docs/openclaw-facts.md §1.6, §11.D5). */
export interface SpawnResultFact extends FactBase {
  kind: 'spawn-result';
  status: 'accepted' | 'error' | 'forbidden';
  error?: string;
}

/**
 * The failures that look like pairing but are not (docs/openclaw-facts.md §11), one key per cause. Each look-alike
 * rule adds its own causes here, in its own file, next to the phrases that find them:
 *
 *     declare module '../../src/evidence/facts.ts' {
 *       interface LookalikeCauses { 'origin-not-allowed': true }
 *     }
 *
 * so adding a look-alike is adding one file, and a cause no rule declares is a type error wherever it
 * is named. Only the generic one is declared here: the extractor falls back on it itself.
 */
export interface LookalikeCauses {
  /** An auth failure whose reason the text does not say (the bare close reason, an unknown `authReason`). */
  unauthorized: true;
}

export type LookalikeCause = keyof LookalikeCauses;

/** Which kind of client got the failure, when the text shows it (the hint, `Source:`, `client=`). `cli`
 * is a CLI whose target is unknown (4.14 gives every CLI the `gateway.remote.token` hint). */
export type LookalikeClient = 'cli' | 'cli-local' | 'cli-remote' | 'control-ui' | 'other';

export interface LookalikeFact extends FactBase {
  kind: 'lookalike';
  cause: LookalikeCause;
  /** The matched line, with secrets already redacted. */
  text: string;
  /** e.g. the missing scope for `missing-scope-method`, the allowed list for `allow-agents`. */
  detail?: string;
  code?: number;
  client?: LookalikeClient;
  /** For `ws-upgrade-rejected`: the same message points the client at a TLS endpoint (Tailscale Serve,
   * port 443, an https/wss URL), so plain ws was spoken to a TLS port. */
  tlsTarget?: boolean;
  /** Read from the asker's description or config, not from a printed failure: weaker than any printed one. */
  described?: boolean;
}

export type ConfigKey =
  | 'gateway.auth.mode'
  | 'gateway.bind'
  | 'gateway.mode'
  | 'gateway.port'
  | 'gateway.remote.url'
  | 'gateway.controlUi.allowInsecureAuth'
  | 'gateway.controlUi.dangerouslyDisableDeviceAuth'
  | 'gateway.nodes.pairing.autoApproveLocal'
  | 'gateway.trustedProxies'
  | 'subagents.allowAgents'
  | 'OPENCLAW_GATEWAY_URL'
  | 'OPENCLAW_STATE_DIR'
  | 'OPENCLAW_PROFILE'
  /** The `--url` flag of a pasted `openclaw …` command line, or `Source: cli --url` under a close. */
  | '--url';

/** A config setting the user showed or named (docs/openclaw-facts.md §8.1). */
export interface ConfigFact extends FactBase {
  kind: 'config';
  key: ConfigKey;
  value: string;
}

export type Platform = 'windows' | 'macos' | 'linux' | 'wsl2' | 'docker' | 'android' | 'ios';

export interface PlatformFact extends FactBase {
  kind: 'platform';
  platform: Platform;
}

export type SecretKind =
  | 'gateway-token'
  | 'gateway-password'
  | 'device-token'
  | 'private-key'
  | 'setup-code'
  | 'provider-key'
  | 'discord-token'
  | 'telegram-token'
  | 'bearer-token'
  /** A `*_PASSWORD` of something else than the gateway (a proxy's basic auth, a panel login). */
  | 'password';

/** A pasted secret. The value itself is never kept. */
export interface SecretFact extends FactBase {
  kind: 'secret';
  secret: SecretKind;
  /** Where it was seen, e.g. `gateway.auth.token`, `#token= URL`, `Authorization header`. */
  label: string;
}

/** A `Device pairing` line of `openclaw doctor` (≥ 2026.4.20, #69210): the CLI's own reading of the
 * pairing store, with a whole requestId (docs/openclaw-facts.md §3.4). */
export interface DoctorPairingFact extends FactBase {
  kind: 'doctor-pairing';
  finding: 'scope-upgrade' | 'role-upgrade' | 'first-time' | 'repair' | 'public-key-repair' | 'other';
  requestId?: RequestId;
  deviceId?: DeviceId;
  /** The label doctor printed before the deviceId (`cli`, a display name). */
  label?: string;
  approvedScopes?: string[];
  requestedScopes?: string[];
}

/** Pairing that is not `openclaw devices`: a node invoke waiting for node approval, or a chat
 * channel's DM pairing code (docs/openclaw-facts.md §1.8, §10.3: a different concept with its own commands). */
export interface OtherPairingFact extends FactBase {
  kind: 'other-pairing';
  what: 'node-invoke' | 'channel-dm';
  /** `Approve pairing request <id>` of a node invoke: whole in that message. */
  requestId?: RequestId;
  /** The exact `openclaw pairing approve …` command the channel printed, when it did. */
  command?: string;
  /** For `channel-dm`: the chat channel (`telegram`, `discord`, `feishu`, …) when the text names it. */
  channel?: string;
  /** The asker ran `openclaw pairing approve <channel>` with no code, which approves nothing. */
  codeMissing?: boolean;
}

/** Which kind of client a person says is failing, when they describe it rather than paste its id. */
export type DescribedClient = 'control-ui' | 'node-host' | 'mobile-app' | 'desktop-app' | 'third-party' | 'tui' | 'host-call';

/** What runs OpenClaw for them and so decides where commands run and how it is updated. */
export type Wrapper = 'docker' | 'kubernetes' | 'hosted-template' | 'nemoclaw' | 'nas-app' | 'desktop-bundle';

/** The asker's setup as described or shown (src/evidence/setup.ts): the client that fails, the
 * wrapper around the gateway, and the names the commands need (compose service, container, sandbox). */
export interface SetupFact extends FactBase {
  kind: 'setup';
  client?: DescribedClient;
  wrapper?: Wrapper;
  /** The wrapper's or client's own name as written (`Railway`, `ClawX`, `Windows Hub`). */
  name?: string;
  /** `docker compose` is in use. */
  compose?: boolean;
  /** The OpenClaw Kubernetes operator runs the gateway (an `OpenClawInstance`): its image is set in
   * the instance's spec, and the operator rolls the pod back to that image. */
  operator?: boolean;
  /** The asker says a device is waiting for (or has never had) a pairing approval. */
  awaitingApproval?: boolean;
  /** The asker says a client makes a new device identity on every start or connect, so no approval sticks. */
  newIdentityEachStart?: boolean;
  /** The wrapper's own version as the asker gives it (`NemoClaw v0.0.71`), with `name`. */
  wrapperVersion?: string;
  /** A wrapper version the asker says has the fix (`fixed in v0.0.76`). */
  fixedInVersion?: string;
  /** A fork's checkout that holds the config (`…/openclaw-zero-token/.openclaw-zero-state/openclaw.json`):
   * the fork's own releases carry upstream's fixes, so an upstream update is not theirs to run. */
  fork?: string;
  /** The CLI's name where the asker types the pre-rename one (`clawdbot devices list`). */
  binary?: 'clawdbot' | 'moltbot';
  /** A compose service, container or sandbox name the asker typed (word characters, dots and dashes only). */
  target?: string;
}

/** What a paste is truncated or unreadable as, so the reply can say so. */
export interface InputNoteFact extends FactBase {
  kind: 'input-note';
  note: 'binary' | 'truncated-json' | 'wrapped-table-ids';
}

/** What the asker says they did or saw, read from their own sentences (src/evidence/statements.ts).
 * Weaker than a pasted output: a rule uses it only when no output says the same, and the reply
 * says it took it from their words. Never carries an id. */
export type StatementKind =
  /** "approve says unknown requestId" */
  | 'approve-unknown-request'
  /** "the requestId changes every few seconds", "each retry makes a new request" */
  | 'request-id-churns'
  /** "I approved but it keeps asking", "approving does not clear it" */
  | 'approved-still-asks'
  /** "it loops again after a reboot/restart" */
  | 'after-restart'
  /** "I edited paired.json / device-auth.json" */
  | 'edited-pairing-files'
  /** "auth mode none" */
  | 'auth-mode-none'
  /** "I passed the deviceId" (to approve) */
  | 'passed-device-id'
  /** "how do I find the deviceId" */
  | 'asks-device-id'
  /** "where/how do I approve", "how do I re-pair" */
  | 'asks-where-approve'
  /** "which one do I approve" */
  | 'asks-which-approve'
  /** "nodes pending is empty" */
  | 'nodes-pending-empty'
  /** "openclaw pairing shows no pending requests" (the channel DM list, not devices) */
  | 'checked-channel-pairing'
  /** duplicate device rows, a device list that keeps growing */
  | 'duplicate-devices'
  /** "removed the device and now it can't re-pair" */
  | 'removed-cannot-re-pair'
  /** "is it safe / will I need it again" */
  | 'asks-safe'
  /** approve/reject itself fails for lack of scope or with pairing required: nothing can approve */
  | 'approve-blocked'
  /** "scripted list+approve in one pipeline: same" */
  | 'one-line-approve-failed'
  /** "devices list shows a pending (repair) request" */
  | 'pending-seen'
  /** "the scope upgrade still requires approval/pairing", "an upgrade from operator.read to operator.admin" */
  | 'scope-upgrade-described'
  /** "can't connect / dashboard locked / offline" with no error text */
  | 'cannot-connect'
  /** "Device pairing error", "配对失败": a pairing failure named, its text not shown. */
  | 'pairing-trouble';

export interface StatementFact extends FactBase {
  kind: 'statement';
  said: StatementKind;
  /** For `scope-upgrade-described`: the scopes named as from → to. */
  scopesFrom?: string[];
  scopesTo?: string[];
}

/** The asker says the problem is fixed or works now (src/evidence/fixed-claim.ts), in a sentence
 * that is neither a question nor negated. Only a claim in the thread's newest message counts. */
export interface FixedClaimFact extends FactBase {
  kind: 'fixed-claim';
  /** The `openclaw <group> <verb>` the asker says fixed it, ids left out. */
  command?: string;
}

export type Fact =
  | VersionFact
  | UpgradeAuditFact
  | MetadataAuditFact
  | PairingLogFact
  | ClosedBeforeConnectFact
  | CloseContextFact
  | GatewayClosedFact
  | ConnectFailedFact
  | PairingMentionFact
  | DevicesListFact
  | ApprovePreviewFact
  | CliResultFact
  | StatusPairingFact
  | HealthyCallFact
  | SpawnResultFact
  | LookalikeFact
  | ConfigFact
  | PlatformFact
  | SecretFact
  | DoctorPairingFact
  | OtherPairingFact
  | InputNoteFact
  | StatementFact
  | FixedClaimFact
  | SetupFact;

export type FactKind = Fact['kind'];
export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;
