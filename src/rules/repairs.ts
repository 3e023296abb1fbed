import type { DeviceId, RequestId } from '../evidence/facts.ts';
import type { Case } from '../triage/case.ts';
import type { Step } from '../triage/rule.ts';

/**
 * The repair recipes that were verified on a real 2026.4.14 gateway (docs/openclaw-facts.md §12, fixtures under
 * test/fixtures/openclaw-2026.4.14/repair-options/). Rules compose replies from these so every
 * command a user is given is one that was seen to work, with their own ids filled in. Each step
 * names its recipe, so the reply can say when the asker's build is not one the lab verified it on
 * (src/openclaw/verified-repairs.ts).
 */

/**
 * Which pending rows are this host's: its own deviceId when the evidence holds it; otherwise the id
 * in `identity/device.json` where that file exists (file-based builds), else the CLI's rows (on
 * 2026.8+ the identity lives in `state/openclaw.sqlite` and there is no `identity/` folder: docs/openclaw-facts.md §8.2).
 */
const pick = (deviceId: DeviceId | undefined) =>
  deviceId
    ? `r.deviceId==="${deviceId}"`
    : `(f=>require("fs").existsSync(f)?r.deviceId===require(f).deviceId:r.clientId==="cli")(require("os").homedir()+"/.openclaw/identity/device.json")`;

/** Where this host's device identity lives (docs/openclaw-facts.md §8.2): files up to 2026.6, SQLite from 2026.8.1. */
export function identityStore(c: Case): 'file' | 'sqlite' | 'unknown' {
  const v = c.build?.version;
  if (!v) return 'unknown';
  const month = v.year * 12 + v.month;
  if (month <= 2026 * 12 + 6) return 'file';
  if (month >= 2026 * 12 + 8) return 'sqlite';
  return 'unknown';
}

/** `openclaw devices list --json` piped straight into `approve`: no time for the id to be superseded.
 * Only a row without `remoteIp` (a local client, docs/openclaw-facts.md §2.1) is picked: a loop never approves a
 * request that came from another address, whoever's it is. */
function approveNewestShell(deviceId: DeviceId | undefined): string {
  return (
    `openclaw devices approve "$(openclaw devices list --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{` +
    `const p=JSON.parse(s).pending.filter(r=>!r.remoteIp&&${pick(deviceId)}).sort((a,b)=>b.ts-a.ts)[0];if(p)console.log(p.requestId)})')"`
  );
}

function approveNewestPowerShell(deviceId: DeviceId | undefined): string {
  const me = deviceId
    ? `'${deviceId}'`
    : `$(if (Test-Path "$env:USERPROFILE\\.openclaw\\identity\\device.json") { (Get-Content "$env:USERPROFILE\\.openclaw\\identity\\device.json" | ConvertFrom-Json).deviceId })`;
  // No identity file (2026.8+ keeps it in SQLite): the CLI's rows.
  return (
    `$me = ${me}; for ($i = 0; $i -lt 5; $i++) { $id = ((openclaw devices list --json | ConvertFrom-Json).pending | ` +
    `Where-Object { -not $_.remoteIp -and $(if ($me) { $_.deviceId -eq $me } else { $_.clientId -eq 'cli' }) } | Sort-Object ts -Descending | Select-Object -First 1).requestId; ` +
    `if ($id) { openclaw devices approve $id; if ($LASTEXITCODE -eq 0) { break } }; Start-Sleep 1 }`
  );
}

/** List and approve in one breath, retried until it sticks (5 of 5 tries on a churning 2026.4.14). */
export function approveNewestLoop(c: Case, deviceId: DeviceId | undefined, text?: string): Step {
  if (c.onWindows) {
    return {
      text: text ?? 'List and approve in one go (PowerShell), retrying until the approve sticks:',
      command: approveNewestPowerShell(deviceId),
      shell: 'powershell',
      recipe: 'approveNewestLoopPowerShell',
    };
  }
  return {
    text: text ?? 'List and approve in one go, retrying until the approve sticks:',
    command: `for i in 1 2 3 4 5; do ${approveNewestShell(deviceId)} && break; sleep 1; done`,
    recipe: 'approveNewestLoop',
  };
}

export function listStep(text = 'List the pending requests:'): Step {
  return { text, command: 'openclaw devices list --json' };
}

export function approveStep(requestId: RequestId | undefined, text?: string): Step {
  return {
    text:
      text ??
      (requestId
        ? 'Approve it right away (ids expire after 5 minutes and change on every retry):'
        : 'Approve the current request for that device, right after listing:'),
    command: `openclaw devices approve ${requestId ?? '<requestId>'}`,
    recipe: 'approveById',
  };
}

/** Stop whatever keeps retrying: every retry with other scopes replaces the pending request's id. */
export function stopRetryingStep(): Step {
  return {
    text: 'Stop whatever keeps reconnecting first: the agent run calling `sessions_spawn`, cron jobs, other `openclaw` terminals, `openclaw mcp serve`/`acp`. Each retry with other scopes replaces the pending request with a new id.',
    recipe: 'stopRetries',
  };
}

const identityDir = (c: Case) => (c.onWindows ? '$env:USERPROFILE\\.openclaw\\identity' : '~/.openclaw/identity');

/** The one command that moves the host's CLI identity aside (file-based pairing builds, docs/openclaw-facts.md §12). */
export function freshIdentityMove(c: Case): Pick<Step, 'command' | 'shell' | 'recipe'> {
  const dir = identityDir(c);
  const command = c.onWindows
    ? `Move-Item "${dir}\\device.json" "${dir}\\device.json.old"; Move-Item "${dir}\\device-auth.json" "${dir}\\device-auth.json.old"`
    : `mv ${dir}/device.json ${dir}/device.json.old && mv ${dir}/device-auth.json ${dir}/device-auth.json.old`;
  return { command, shell: c.onWindows ? 'powershell' : 'sh', recipe: 'freshIdentity' };
}

/** On 2026.8.1+ pairing lives in SQLite and a 2026.9.6 host had no `identity/` folder (docs/openclaw-facts.md §8.2):
 * the identity recipe is verified on the file-based builds only, and the reply must say so. */
export function identityNote(c: Case): string | undefined {
  const v = c.build?.version;
  if (!v || v.year * 12 + v.month < 2026 * 12 + 8) return undefined;
  return `On ${v.raw} pairing lives in a SQLite store and the \`identity/\` files may not exist: moving the identity aside was verified on a file-based build (2026.4.14) and is unverified here, so prefer the Control UI.`;
}

/**
 * Re-pair while the device is still narrow: give the host a fresh identity. Verified on 2026.4.14:
 * the next full CLI call pairs the new identity silently with the full CLI scopes, no restart
 * needed; then the old record can be removed because the CLI holds admin again.
 */
export function freshIdentitySteps(c: Case, oldDeviceId: DeviceId | undefined, oldRequestId?: RequestId): Step[] {
  const store = identityStore(c);
  if (store === 'sqlite') {
    // Reference §8.2: no `identity/` folder on 2026.8+; a verified fresh-identity recipe is not known.
    return [
      {
        text: `On ${c.build!.version.raw} the device identity lives in \`state/openclaw.sqlite\`, not in an \`identity/\` folder, and a fresh-identity re-pair has not been verified on these builds: do not delete files. Paste the output of \`openclaw --version\` and \`openclaw devices list --json\` here so a helper can take it from there.`,
      },
    ];
  }
  const where = `same user${c.platforms.includes('docker') ? ', inside the gateway container' : ''}`;
  const steps: Step[] = [
    {
      text:
        store === 'file'
          ? `On the gateway host (${where}), move the CLI's device identity aside so it gets a new one:`
          : `On the gateway host (${where}), if \`~/.openclaw/identity/device.json\` exists (builds before 2026.8; newer builds keep the identity in \`state/openclaw.sqlite\` and this step does not apply: ask here first), move the CLI's device identity aside so it gets a new one:`,
      ...freshIdentityMove(c),
    },
    {
      text: 'Make the first call a full CLI call (not `openclaw status` or `gateway probe`, which would pair read-only again on builds before 2026.4.25):',
      command: 'openclaw devices list',
    },
    oldDeviceId
      ? {
          text: 'Now the CLI holds admin again: remove the old narrow record',
          command: `openclaw devices remove ${oldDeviceId}`,
          recipe: 'removeOldRecord',
        }
      : {
          text: 'Now the CLI holds admin again: remove the old narrow record, the row in `openclaw devices list --json` whose `scopes` is only `operator.read` (not the new one you just paired):',
          command: 'openclaw devices remove <old deviceId>',
          recipe: 'removeOldRecord',
        },
  ];
  if (oldRequestId) {
    steps.push({ text: 'and reject its leftover request:', command: `openclaw devices reject ${oldRequestId}` });
  } else {
    steps.push({
      text: 'If `openclaw devices list` still shows a pending request for the old device, reject it with `openclaw devices reject <requestId>`.',
    });
  }
  return steps;
}
