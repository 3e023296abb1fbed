/**
 * OpenClaw release knowledge for the pairing failure: which change shipped in which build
 * (docs/openclaw-facts.md §5.2). Rules ask `src/triage/build.ts` about a build; they never compare version
 * strings themselves.
 */

export interface Release {
  /** First build that has the change. */
  version: string;
  pr?: string;
  change: string;
  /** The first release is inferred, not read from a release (docs/openclaw-facts.md says *unverified*). */
  unverified?: boolean;
}

export const releases = {
  /** #54694: scope upgrades are never silent, even on loopback: the root of the regression. */
  scopeUpgradeNeverSilent: {
    version: '2026.3.28',
    pr: '#54694',
    change: 'scope upgrades are never approved silently, not even on loopback',
  },
  /** #59555: sessions_spawn admin calls pinned to operator.admin. Listed under a "2026.4.1-beta.1"
   * heading by accident; it is not in npm 2026.4.1. Does not widen a device paired before it. */
  subagentAdminPin: {
    version: '2026.4.2',
    pr: '#59555',
    change: 'sessions_spawn admin calls are pinned to operator.admin from the first handshake',
  },
  /** #64160: `devices approve` without an id, or with --latest, only previews. */
  approveLatestPreviewOnly: {
    version: '2026.4.10',
    pr: '#64160',
    change: '`openclaw devices approve --latest` only previews the newest request',
  },
  /** #69227: close reasons carry `(requestId: …` cut at 120 bytes; client errors carry it whole. */
  reasonSpecificPairingErrors: {
    version: '2026.4.20',
    pr: '#69227',
    change: 'pairing errors name the requirement and the requestId',
  },
  /** #69210: `openclaw doctor` reports pending pairing and scope drift. */
  doctorReportsPairing: {
    version: '2026.4.20',
    pr: '#69210',
    change: '`openclaw doctor` reports pending pairing requests and scope drift',
  },
  /** Fix for #63548: loopback backend RPCs with the shared token/password omit the device identity. */
  loopbackBackendFix: {
    version: '2026.4.25',
    pr: '#63548',
    change: 'internal loopback calls with the gateway token no longer use the stale CLI pairing baseline',
  },
  /** #71766: status probes stop creating read-only first pairings. */
  probeNoReadOnlyPairing: {
    version: '2026.4.25',
    pr: '#71766',
    change: '`openclaw status` probes no longer create a read-only pairing',
  },
  /** #68634: classified CLI calls use least-privilege scopes, so `devices approve` connects with
   * `operator.pairing` and cannot approve a request that asks for more (docs/openclaw-facts.md §3.2, §5.2). */
  cliLeastPrivilege: {
    version: '2026.4.27',
    pr: '#68634',
    change: 'CLI gateway calls ask for least-privilege scopes (`devices approve` connects with operator.pairing)',
  },
  /** #76956: `devices approve` retries with operator.admin after a pairing-scope denial. */
  approveAdminRetry: {
    version: '2026.5.3',
    pr: '#76956',
    change: '`devices approve` retries with operator.admin after a pairing-scope denial',
  },
  /** #76956: the local fallback stops when the gateway's request is missing locally. */
  fallbackMismatchDetected: {
    version: '2026.5.3',
    pr: '#76956',
    change: '`devices approve` explains superseded ids and state-dir mismatches',
  },
  /** #98145/#98146: friendly self-approval and stale-id errors. */
  friendlyApproveErrors: {
    version: '2026.7.1',
    pr: '#98146',
    change: '`devices approve` explains self-approval and stale ids',
  },
  /** #77688: `openclaw doctor` stops suggesting a `devices rotate` that cannot work (docs/openclaw-facts.md §5.2). */
  doctorRotateAdviceFixed: {
    version: '2026.5.12',
    pr: '#77688',
    change: '`openclaw doctor` no longer suggests an invalid `devices rotate`',
  },
  /** `openclaw gateway auth-token --show`: in 2026.8.1, refused (`unknown option '--show'`) by 2026.4.1,
   * 2026.4.14 and 2026.6.11 in the lab; the first release between is unverified. */
  gatewayAuthTokenShow: {
    version: '2026.8.1',
    change: '`openclaw gateway auth-token --show` prints the gateway token',
    unverified: true,
  },
  /** #124589: trusted-local scope upgrades are silent again unless autoApproveLocal=false.
   * Present in 2026.8.1, absent in 2026.6.11; the first release in between is unverified. */
  silentLocalScopeUpgrade: {
    version: '2026.8.1',
    pr: '#124589',
    change: 'local scope upgrades are approved silently again (unless gateway.nodes.pairing.autoApproveLocal=false)',
    unverified: true,
  },
  /** Newest build this knowledge covers. */
  newestKnown: { version: '2026.9.6', change: 'newest release the knowledge covers' },
} as const satisfies Record<string, Release>;

/** The last build known to lack #124589 (docs/openclaw-facts.md §5.2: absent in P611). */
export const lastBuildWithoutSilentLocalUpgrade = '2026.6.11';
