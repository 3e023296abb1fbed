import type { AnyRule } from '../triage/rule.ts';
import devicesNotChannelPairing from './baseline-inspection/devices-not-channel-pairing.ts';
import inspectUpgradeRequest from './baseline-inspection/inspect-upgrade-request.ts';
import approveAfterStaleId from './fresh-approve/approve-after-stale-id.ts';
import approveNodeInvoke from './fresh-approve/approve-node-invoke.ts';
import approvePendingUpgrade from './fresh-approve/approve-pending-upgrade.ts';
import approveRaceDescribed from './fresh-approve/approve-race-described.ts';
import cliOverLan from './fresh-approve/cli-over-lan.ts';
import deviceIdAsRequestId from './fresh-approve/device-id-as-request-id.ts';
import firstTimePairing from './fresh-approve/first-time-pairing.ts';
import latestPreviewOnly from './fresh-approve/latest-preview-only.ts';
import metadataUpgrade from './fresh-approve/metadata-upgrade.ts';
import narrowPairingNothingPending from './fresh-approve/narrow-pairing-nothing-pending.ts';
import nodeHostPairing from './fresh-approve/node-host-pairing.ts';
import remoteCliFirstPairing from './fresh-approve/remote-cli-first-pairing.ts';
import removeFailedWhileNarrow from './fresh-approve/remove-failed-while-narrow.ts';
import removedThenRePair from './fresh-approve/removed-then-re-pair.ts';
import requestUnknownToGateway from './fresh-approve/request-unknown-to-gateway.ts';
import stateDirMismatch from './fresh-approve/state-dir-mismatch.ts';
import truncatedRequestId from './fresh-approve/truncated-request-id.ts';
import barePairingRequired from './need-evidence/bare-pairing-required.ts';
import controlUiConnectFailed from './need-evidence/control-ui-connect-failed.ts';
import describedWithoutError from './need-evidence/described-without-error.ts';
import healthyDeviceList from './need-evidence/healthy-device-list.ts';
import nothingRecognised from './no-match/nothing-recognised.ts';
import { otherCauseRules } from './other-cause/index.ts';
import approvalDoesNotStick from './remove-repair/approval-does-not-stick.ts';
import approveBlockedDescribed from './remove-repair/approve-blocked-described.ts';
import approveChurn from './remove-repair/approve-churn.ts';
import approverMissingScope from './remove-repair/approver-missing-scope.ts';
import duplicatePairedRecords from './remove-repair/duplicate-paired-records.ts';
import removedCannotRePair from './remove-repair/removed-cannot-re-pair.ts';
import revokedDeviceTokens from './remove-repair/revoked-device-tokens.ts';
import selfApprovalBlocked from './remove-repair/self-approval-blocked.ts';
import askerSaysFixed from './resolved/asker-says-fixed.ts';
import fixConfirmed from './resolved/fix-confirmed.ts';
import approveLeastPrivilege from './version-check/approve-least-privilege.ts';
import clientIdentityNotKept from './version-check/client-identity-not-kept.ts';
import fixedBuildStillFailing from './version-check/fixed-build-still-failing.ts';
import localApprovalRequired from './version-check/local-approval-required.ts';
import newerThanKnown from './version-check/newer-than-known.ts';
import oldBuild from './version-check/old-build.ts';
import staleBaselineBuild from './version-check/stale-baseline-build.ts';
import versionMismatch from './version-check/version-mismatch.ts';
import wrapperBuildLags from './version-check/wrapper-build-lags.ts';

/**
 * Every rule, registered once. The order does not matter: which finding leads is the stage's rank
 * and then each rule's own `priority` (src/triage/precedence.ts). test/rules/registry.test.ts checks
 * that every rule file under rules/<stage>/ is here, named by its id, in the folder of its stage.
 */
export const rules: readonly AnyRule[] = [
  ...otherCauseRules,
  askerSaysFixed,
  fixConfirmed,
  approvalDoesNotStick,
  approveBlockedDescribed,
  approveChurn,
  approverMissingScope,
  duplicatePairedRecords,
  removedCannotRePair,
  revokedDeviceTokens,
  selfApprovalBlocked,
  approveAfterStaleId,
  approveNodeInvoke,
  approvePendingUpgrade,
  approveRaceDescribed,
  cliOverLan,
  deviceIdAsRequestId,
  firstTimePairing,
  latestPreviewOnly,
  metadataUpgrade,
  narrowPairingNothingPending,
  nodeHostPairing,
  remoteCliFirstPairing,
  removeFailedWhileNarrow,
  removedThenRePair,
  requestUnknownToGateway,
  stateDirMismatch,
  truncatedRequestId,
  approveLeastPrivilege,
  clientIdentityNotKept,
  fixedBuildStillFailing,
  localApprovalRequired,
  newerThanKnown,
  oldBuild,
  staleBaselineBuild,
  versionMismatch,
  wrapperBuildLags,
  devicesNotChannelPairing,
  inspectUpgradeRequest,
  barePairingRequired,
  controlUiConnectFailed,
  describedWithoutError,
  healthyDeviceList,
  nothingRecognised,
];

export const fallbackRule: AnyRule = nothingRecognised;
