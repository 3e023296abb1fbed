import type { DeviceId, RequestId } from '../src/evidence/facts.ts';
import type { Case } from '../src/triage/case.ts';
import type { Step } from '../src/triage/rule.ts';

/**
 * The repair recipes that were verified on a real 2026.4.14 gateway (reference §12, fixtures under
 * test/fixtures/openclaw-2026.4.14/repair-options/). Rules compose replies from these so every
 * command a user is given is one that was seen to work, with their own ids filled in.
 */

const pick = (deviceId: DeviceId | undefined) =>
  deviceId
    ? `r.deviceId==="${deviceId}"`
    : `r.deviceId===require(require("os").homedir()+"/.openclaw/identity/device.json").deviceId`;

/** `openclaw devices list --json` piped straight into `approve`: no time for the id to be superseded. */
function approveNewestShell(deviceId: DeviceId | undefined): string {
  return (
    `openclaw devices approve "$(openclaw devices list --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{` +
    `const p=JSON.parse(s).pending.filter(r=>${pick(deviceId)}).sort((a,b)=>b.ts-a.ts)[0];if(p)console.log(p.requestId)})')"`
  );
}

function approveNewestPowerShell(deviceId: DeviceId | undefined): string {
  const me = deviceId
    ? `'${deviceId}'`
    : `(Get-Content "$env:USERPROFILE\\.openclaw\\identity\\device.json" | ConvertFrom-Json).deviceId`;
  return (
    `$me = ${me}; for ($i = 0; $i -lt 5; $i++) { $id = ((openclaw devices list --json | ConvertFrom-Json).pending | ` +
    `Where-Object deviceId -eq $me | Sort-Object ts -Descending | Select-Object -First 1).requestId; ` +
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
    };
  }
  return {
    text: text ?? 'List and approve in one go, retrying until the approve sticks:',
    command: `for i in 1 2 3 4 5; do ${approveNewestShell(deviceId)} && break; sleep 1; done`,
  };
}

export function listStep(text = 'List the pending requests:'): Step {
  return { text, command: 'openclaw devices list --json' };
}

export function approveStep(requestId: RequestId | undefined, text?: string): Step {
  return {
    text: text ?? (requestId ? 'Approve it right away (ids expire after 5 minutes and change on every retry):' : 'Approve the current request for that device, right after listing:'),
    command: `openclaw devices approve ${requestId ?? '<requestId>'}`,
  };
}

/** Stop whatever keeps retrying: every retry with other scopes replaces the pending request's id. */
export function stopRetryingStep(): Step {
  return {
    text:
      'Stop whatever keeps reconnecting first: the agent run calling `sessions_spawn`, cron jobs, other `openclaw` terminals, `openclaw mcp serve`/`acp`. Each retry with other scopes replaces the pending request with a new id.',
  };
}

const identityDir = (c: Case) => (c.onWindows ? '$env:USERPROFILE\\.openclaw\\identity' : '~/.openclaw/identity');

/**
 * Re-pair while the device is still narrow: give the host a fresh identity. Verified on 2026.4.14:
 * the next full CLI call pairs the new identity silently with the full CLI scopes, no restart
 * needed; then the old record can be removed because the CLI holds admin again.
 */
export function freshIdentitySteps(c: Case, oldDeviceId: DeviceId | undefined, oldRequestId?: RequestId): Step[] {
  const dir = identityDir(c);
  const move = c.onWindows
    ? `Move-Item "${dir}\\device.json" "${dir}\\device.json.old"; Move-Item "${dir}\\device-auth.json" "${dir}\\device-auth.json.old"`
    : `mv ${dir}/device.json ${dir}/device.json.old && mv ${dir}/device-auth.json ${dir}/device-auth.json.old`;
  const steps: Step[] = [
    {
      text: `On the gateway host (same user${c.platforms.includes('docker') ? ', inside the gateway container' : ''}), move the CLI's device identity aside so it gets a new one:`,
      command: move,
      shell: c.onWindows ? 'powershell' : 'sh',
    },
    {
      text: 'Make the first call a full CLI call (not `openclaw status` or `gateway probe`, which would pair read-only again on builds before 2026.4.25):',
      command: 'openclaw devices list',
    },
    {
      text: 'Now the CLI holds admin again: remove the old narrow record',
      command: `openclaw devices remove ${oldDeviceId ?? '<old deviceId>'}`,
    },
  ];
  if (oldRequestId) {
    steps.push({ text: 'and reject its leftover request:', command: `openclaw devices reject ${oldRequestId}` });
  } else {
    steps.push({ text: 'If `openclaw devices list` still shows a pending request for the old device, reject it with `openclaw devices reject <requestId>`.' });
  }
  return steps;
}
