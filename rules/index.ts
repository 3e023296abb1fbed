import type { AnyRule } from '../src/triage/rule.ts';
import { otherCauseRules } from './other-cause/index.ts';
import fixConfirmed from './resolved/fix-confirmed.ts';
import askerSaysFixed from './resolved/asker-says-fixed.ts';
import approveChurn from './remove-repair/approve-churn.ts';
import selfApprovalBlocked from './remove-repair/self-approval-blocked.ts';
import approverMissingScope from './remove-repair/approver-missing-scope.ts';
import revokedDeviceTokens from './remove-repair/revoked-device-tokens.ts';
import approveBlockedDescribed from './remove-repair/approve-blocked-described.ts';
import approvalDoesNotStick from './remove-repair/approval-does-not-stick.ts';
import removedCannotRePair from './remove-repair/removed-cannot-re-pair.ts';
import duplicatePairedRecords from './remove-repair/duplicate-paired-records.ts';
import approveRaceDescribed from './fresh-approve/approve-race-described.ts';
import describedWithoutError from './need-evidence/described-without-error.ts';
import devicesNotChannelPairing from './baseline-inspection/devices-not-channel-pairing.ts';
import truncatedRequestId from './fresh-approve/truncated-request-id.ts';
import deviceIdAsRequestId from './fresh-approve/device-id-as-request-id.ts';
import stateDirMismatch from './fresh-approve/state-dir-mismatch.ts';
import approveAfterStaleId from './fresh-approve/approve-after-stale-id.ts';
import latestPreviewOnly from './fresh-approve/latest-preview-only.ts';
import approvePendingUpgrade from './fresh-approve/approve-pending-upgrade.ts';
import requestUnknownToGateway from './fresh-approve/request-unknown-to-gateway.ts';
import removedThenRePair from './fresh-approve/removed-then-re-pair.ts';
import narrowPairingNothingPending from './fresh-approve/narrow-pairing-nothing-pending.ts';
import removeFailedWhileNarrow from './fresh-approve/remove-failed-while-narrow.ts';
import cliOverLan from './fresh-approve/cli-over-lan.ts';
import firstTimePairing from './fresh-approve/first-time-pairing.ts';
import nodeHostPairing from './fresh-approve/node-host-pairing.ts';
import approveNodeInvoke from './fresh-approve/approve-node-invoke.ts';
import metadataUpgrade from './fresh-approve/metadata-upgrade.ts';
import clientIdentityNotKept from './version-check/client-identity-not-kept.ts';
import wrapperBuildLags from './version-check/wrapper-build-lags.ts';
import approveLeastPrivilege from './version-check/approve-least-privilege.ts';
import oldBuild from './version-check/old-build.ts';
import staleBaselineBuild from './version-check/stale-baseline-build.ts';
import fixedBuildStillFailing from './version-check/fixed-build-still-failing.ts';
import localApprovalRequired from './version-check/local-approval-required.ts';
import newerThanKnown from './version-check/newer-than-known.ts';
import versionMismatch from './version-check/version-mismatch.ts';
import inspectUpgradeRequest from './baseline-inspection/inspect-upgrade-request.ts';
import healthyDeviceList from './need-evidence/healthy-device-list.ts';
import barePairingRequired from './need-evidence/bare-pairing-required.ts';
import nothingRecognised from './no-match/nothing-recognised.ts';

/**
 * The ruleset in flow order. Within a stage, earlier rules win: the more specific diagnosis
 * (a deviceId typed as a requestId) before the general one (approve the pending request).
 */
export const rules: readonly AnyRule[] = [
  ...otherCauseRules,
  fixConfirmed,
  askerSaysFixed,
  approveChurn,
  selfApprovalBlocked,
  approverMissingScope,
  revokedDeviceTokens,
  approveBlockedDescribed,
  approvalDoesNotStick,
  removedCannotRePair,
  duplicatePairedRecords,
  truncatedRequestId,
  deviceIdAsRequestId,
  stateDirMismatch,
  approveAfterStaleId,
  requestUnknownToGateway,
  latestPreviewOnly,
  approvePendingUpgrade,
  approveRaceDescribed,
  removeFailedWhileNarrow,
  removedThenRePair,
  narrowPairingNothingPending,
  cliOverLan,
  firstTimePairing,
  nodeHostPairing,
  approveNodeInvoke,
  metadataUpgrade,
  clientIdentityNotKept,
  wrapperBuildLags,
  approveLeastPrivilege,
  oldBuild,
  staleBaselineBuild,
  fixedBuildStillFailing,
  localApprovalRequired,
  newerThanKnown,
  versionMismatch,
  inspectUpgradeRequest,
  devicesNotChannelPairing,
  healthyDeviceList,
  describedWithoutError,
  barePairingRequired,
  nothingRecognised,
];

export const fallbackRule: AnyRule = nothingRecognised;
