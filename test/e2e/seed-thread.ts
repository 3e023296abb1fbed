/**
 * The asker's messages of the canonical thread (seeds/000), in posting order, as the e2e replay
 * posts them. The texts are the golden fixtures the engine's own tests use (one source of truth);
 * the times put the devices list a minute after its pending request's `ts`, as in the real thread,
 * so the request is still live when the bot reads it.
 */
import { readFileSync } from 'node:fs';

const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');

export const threadTitle = 'Diagnose OpenClaw Sub-agent Spawning & Pairing Failure';

/** `ts` of the pending repair request in the devices list. */
const requestTs = 1776614440458;
const minute = 60_000;

export const openingPost = seed('000-1-opening-post.txt');
/** `openclaw --version` output + "I do see a pending operator request…". */
export const versionAndQuestion = seed('000-2-version.txt');
export const pleaseRespond = seed('000-3-please-respond.txt');
/** The audit line and `closed before connect`, then the version again. */
export const auditLogs = seed('000-4-logs.txt');
/** `openclaw devices list --json`, one line: `{"pending":[{"requestId":"8b796ecc-…`. */
export const devicesListJson = seed('000-5-devices-list.txt');
/** `openclaw devices approve 8b796ecc-…` answered `unknown requestId` through the local fallback. */
export const approveUnknown = seed('000-6-approve-unknown.txt');

export const seedThread = [
  { name: 'opening post', text: openingPost, at: requestTs - 40 * minute },
  { name: 'version', text: versionAndQuestion, at: requestTs - 30 * minute },
  { name: 'please respond', text: pleaseRespond, at: requestTs - 25 * minute },
  { name: 'logs', text: auditLogs, at: requestTs - 10 * minute },
  { name: 'devices list', text: devicesListJson, at: requestTs + minute },
  { name: 'approve: unknown requestId', text: approveUnknown, at: requestTs + 2 * minute },
] as const;

export const pendingRequestId = '8b796ecc-ba50-427a-b3ff-19c4c5377692';
export const cliDeviceId = 'a2db8970aba2b534c3ff841ad0f625450251c90e83de730f916a0d9aea153d60';
export const controlUiDevicePrefix = '0a715a56';

/** A snowflake for a given time, so discord.js (which reads time from ids) sees the seed's times. */
export function snowflakeAt(ms: number, n: number): string {
  return (((BigInt(ms) - 1420070400000n) << 22n) | BigInt(n)).toString();
}
