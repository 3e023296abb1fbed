/**
 * Shell steps around an environment variable (a gateway token or URL the client reads from its
 * environment), in the asker's shell: PowerShell on Windows, sh elsewhere.
 */
import type { Case } from '../../../triage/case.ts';
import type { Step } from '../../../triage/rule.ts';

export function setEnvStep(c: Case, text: string, name: string, value: string): Step {
  return c.onWindows
    ? { text, command: `$env:${name} = '${value}'`, shell: 'powershell' }
    : { text, command: `export ${name}='${value}'`, shell: 'sh' };
}

export function unsetEnvStep(c: Case, text: string, name: string): Step {
  return c.onWindows ? { text, command: `Remove-Item Env:${name}`, shell: 'powershell' } : { text, command: `unset ${name}`, shell: 'sh' };
}

/** Shows whether an env var is set without printing its value (it may be a token). */
export function isEnvSetStep(c: Case, text: string, name: string): Step {
  return c.onWindows
    ? { text, command: `if ($env:${name}) { '${name} is set' } else { '${name} is not set' }`, shell: 'powershell' }
    : { text, command: `echo "${name} is \${${name}:+set}\${${name}:-not set}"`, shell: 'sh' };
}
