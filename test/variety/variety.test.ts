/**
 * Variety corpus: realistic pastes the engine has never seen (other versions, clients, platforms,
 * languages, wrappers), one file per message in test/variety/cases/NN-name.M.txt.
 *
 * Expectations follow /work/shared/openclaw-reference.md. Where the engine is wrong today the
 * CORRECT expectation is written anyway and the test is marked `it(...)` with a one-line
 * comment saying what is wrong, so the suite stays green and the list is visible.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Diagnosis, diagnose } from '../../src/diagnose.ts';

const CASES = join(import.meta.dirname, 'cases');
const FILES = readdirSync(CASES).filter((f) => f.endsWith('.txt'));

function threadFiles(name: string): string[] {
  const files = FILES.filter((f) => f.replace(/\.\d+\.txt$/, '') === name).sort(
    (a, b) => Number(a.split('.').at(-2)) - Number(b.split('.').at(-2)),
  );
  if (files.length === 0) throw new Error(`no case files for ${name}`);
  return files;
}
const texts = (name: string) => threadFiles(name).map((f) => readFileSync(join(CASES, f), 'utf8'));
const cache = new Map<string, Diagnosis>();
function run(name: string): Diagnosis {
  let d = cache.get(name);
  if (!d) cache.set(name, (d = diagnose(texts(name).map((text) => ({ text })))));
  return d;
}
const THREADS = [...new Set(FILES.map((f) => f.replace(/\.\d+\.txt$/, '')))].sort();

// ids used in the corpus
const U = [
  '2a4ee0ef-b73c-4e36-b9c8-ce505f06c7a4',
  '8c722ac9-89f5-4cfc-82e7-e9eb86d3fbd2',
  'dbf02051-257e-42df-83d0-5335db248fc5',
  'a53ed55d-654f-4335-b2d6-dcbee526571c',
  '5d020e76-ef98-451a-9506-effe152517e1',
  'ec87aa4a-b2e5-4366-b864-7640c4d9cc51',
  '028fab7b-dbe6-41ef-9f9c-afe2d6c72238',
  '5cbf2138-614d-4003-a2ed-40e9d3812db5',
  '4c161c7d-8b6a-4e16-add9-67ced3f1a40c',
  'f6ee0cc7-a2c4-40ba-a78e-76d6beadc3f0',
  '0bf10a19-406c-48ca-9b4d-e4c37ab261b2',
  'ab5d258d-03cb-4484-bc92-ce3834228e8c',
  'fff8376c-ce6e-4352-8a6b-298f8e8c4c35',
  'ebccaf4a-571f-449e-b996-1dd762c2c39a',
] as const;
const D = [
  '58dc7b130ce232781e374418d1f1c8c88c8f47ce4d66c4f018386c003450ad52',
  '9e56c4aadb81ef02918d271e44f291b5603f7ec14a3a2b7aa5ae9a92e4eb4357',
  '69e47f14c5717ffe6b1e67fba6de314d70d9e409fd5af4f20d73faa0f8244546',
  '920102a69a1535faf6f415ebd687379d5a37cbafe14bdbe0c4251d415dc7852a',
  '3b6b4f56a0d402a1a53428aa5ffb9f81cfedca07c75a5dbe11527e5444f09b5e',
  '426cfee514b1cf65341a08a266e2e86319df9ffa4971106fc5b6f064f52c8604',
  'f8ce74330000154a2acdab76b9c5f5cce3899e7e50a2a4bcc750d1d3f2f26521',
  '50afbf9620e1939a7ef9d64c133ee5c0c123a2dffe84d03206c4fd85e7987634',
  'cac04f1960d07b2f720b53b8497d4180acf2324a7fceb2feb579f4be03c1cbd3',
  'aa1c7f7c88ef9fe4986120172f71c1901f52642a0e06dd62ee033c0361c5f20c',
] as const;
const SECRETS = [
  'da35ba4426d14542f33727c1bab3f8db22538f301a62aded', // 27: gateway.auth.token
  '2610e84cd54dfb943d400a75c325b6196bcc9088db7fdbb0', // 42: --token
  '7712345678:AAHk2Lw9xQvR3mT8pZ_yN4bC6dE1fG0hIjK', // 58: Telegram bot token
];

const approveCmds = (r: string) =>
  [...r.matchAll(/openclaw devices approve ([^\s`"'$<)]+)/g)].map((m) => m[1]!).filter((id) => id !== '--latest');
const removeCmds = (r: string) => [...r.matchAll(/openclaw devices (?:remove|clear|reject)\b/g)].map((m) => m[0]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Ids that appear whole in the paste somewhere other than a `closed before connect … reason=` / status `Recovery:` line. */
function idsHeldWhole(name: string): Set<string> {
  const out = new Set<string>();
  for (const t of texts(name)) {
    for (const line of t.split('\n')) {
      const usable = line.replace(/reason=pairing required:.*$/, '').replace(/^Recovery: .*$/, '');
      for (const m of usable.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g)) out.add(m[0]);
    }
  }
  return out;
}

// ── hard rules, on every thread ────────────────────────────────────────────────────────────────
describe('hard rules on every variety thread', () => {
  for (const name of THREADS) {
    it(`${name}: every Discord message ≤ 2000 chars`, () => {
      for (const m of run(name).messages) expect(m.length).toBeLessThanOrEqual(2000);
    });
    it(`${name}: approve commands only use whole request ids the paste holds (not from close reasons)`, () => {
      const whole = idsHeldWhole(name);
      for (const id of approveCmds(run(name).reply)) {
        expect(id, `approve ${id}`).toMatch(UUID);
        expect(whole.has(id), `approve ${id} not held whole`).toBe(true);
      }
    });
    it(`${name}: no pasted secret is echoed`, () => {
      const d = run(name);
      for (const s of SECRETS) expect(d.reply).not.toContain(s);
    });
  }
});

// ── expectations per thread ───────────────────────────────────────────────────────────────────
function expectLookalike(name: string, mentions: string[] = []) {
  const d = run(name);
  expect(d.stage).toBe('other-cause');
  expect(approveCmds(d.reply)).toEqual([]);
  expect(d.reply).not.toMatch(/openclaw devices approve <|openclaw devices remove [0-9a-f<]|openclaw devices clear --yes/);
  for (const m of mentions) expect(d.reply).toContain(m);
}

describe('stale-baseline builds (2026.3.28 – 2026.4.24)', () => {
  it('01 German prose, 4.14 gateway-client audit: version-check, list then approve, upgrade ≥ 4.25', () => {
    const d = run('01-de-spawn-414-audit');
    expect(d.stage).toBe('version-check');
    expect(d.reply).toContain('2026.4.25');
    expect(d.reply).toContain('openclaw devices list');
    expect(d.reply).toContain(D[0]);
  });

  it('02 Spanish, tool JSON then devices list JSON: approve the CLI request, never the Control UI device', () => {
    const d = run('02-es-list-json');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain(`openclaw devices approve ${U[0]}`);
    expect(d.reply).not.toContain(`approve ${D[2]}`);
  });
  it('02 Spanish: a Linux host (Config /home/…) gets sh, not PowerShell, despite a Win32 browser in the list', () => {
    const d = run('02-es-list-json');
    expect(d.reply).not.toContain('```powershell');
    expect(d.reply).not.toContain('ConvertFrom-Json');
  });

  it('05 Chinese prose, 4.22 Requested/Approved table: approve the request id from the table', () => {
    const d = run('05-zh-table-422');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain(`openclaw devices approve ${U[3]}`);
  });

  it('06 Japanese, Windows PowerShell, ASCII table: approve the id, PowerShell syntax', () => {
    const d = run('06-ja-windows-ascii-table');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain(`openclaw devices approve ${U[4]}`);
    expect(d.reply).not.toContain('```sh');
  });

  it('08 ANSI-coloured 4.12 macOS console: version-check', () => {
    const d = run('08-ansi-macos-412');
    expect(d.stage).toBe('version-check');
    expect(d.reply).toContain('2026.4.25');
    expect(d.reply).not.toContain('\x1b[');
  });

  it('30 docker compose logs, 4.21: approve the whole id from the client error, inside the container', () => {
    const d = run('30-docker-compose-421');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain(`openclaw devices approve ${U[8]}`);
    expect(d.reply).toMatch(/docker (compose )?exec/);
  });
  it('30 docker: never the truncated close-reason id', () => {
    expect(run('30-docker-compose-421').reply).not.toMatch(/approve 4c161c7d-8b6a-4e16-add9-67(?!ced3)/);
  });

  // Refined order (README, "Which rule wins"): the narrow device is known whole, so the next step is the
  // one-go list+approve for it (fresh-approve), with the upgrade note as an aside.
  it('31 4.14, list with nothing pending but the CLI paired read-only: approve that device in one go; never approve/remove the Control UI', () => {
    const d = run('31-pending-empty-414');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain('2026.4.25');
    expect(d.reply).not.toContain(D[0]);
  });
  it('31 names the narrow CLI device from the list and explains the empty pending list (expired)', () => {
    const d = run('31-pending-empty-414');
    expect(d.reply).toContain(D[1].slice(0, 8));
    expect(d.reply).toMatch(/expire/);
  });

  it('36 telegram native approvals on 4.23: version-check', () => {
    const d = run('36-telegram-approvals-423');
    expect(d.stage).toBe('version-check');
    expect(d.reply).toContain('2026.4.25');
  });

  it('37 status Recovery line with a cut id on 4.22: explain the id is truncated, list for the real one', () => {
    const d = run('37-status-recovery-truncated-422');
    expect(d.reply).toMatch(/cut|truncat|shortened/i);
    expect(d.reply).not.toContain('gives that device no scopes');
  });
  it('37 never reuses the cut Recovery id', () => {
    const d = run('37-status-recovery-truncated-422');
    expect(['version-check', 'fresh-approve', 'baseline-inspection']).toContain(d.stage);
    expect(d.reply).not.toContain('approve a53ed55d-654f-4335-b2d6-dcbe');
  });

  it('44 tool error first, version in a second message (3.31): version-check', () => {
    const d = run('44-version-later-331');
    expect(d.stage).toBe('version-check');
    expect(d.reply).toContain('2026.4.25');
  });
  it('44/53 never say "Approving gives that device no scopes"', () => {
    expect(run('44-version-later-331').reply).not.toContain('gives that device no scopes');
    expect(run('53-verbose-ws-49').reply).not.toContain('gives that device no scopes');
  });

  it('51 token mismatch earlier, real pairing now: the pairing diagnosis wins', () => {
    const d = run('51-mixed-token-then-pairing');
    expect(d.stage).toBe('version-check');
    expect(d.reply).toContain('openclaw devices list');
  });

  it('52 JSON file log with the close-context requestId (4.14): the context id (not the reason) may be approved', () => {
    const d = run('52-jsonl-close-context-414');
    expect(['fresh-approve', 'version-check']).toContain(d.stage);
    // the conn and lastFrameId uuids must never be offered as request ids
    expect(d.reply).not.toContain(`approve ${U[0]}`);
    expect(d.reply).not.toContain(`approve ${U[2]}`);
  });

  it('53 verbose [ws] lines, version only in the connect line (4.9): version-check', () => {
    const d = run('53-verbose-ws-49');
    expect(d.stage).toBe('version-check');
    expect(d.reply).toContain('2026.4.9');
  });

  it('56 Spanish, audit line hard-wrapped at 80 cols (4.15): still recognised as a scope upgrade', () => {
    const d = run('56-es-wrapped-audit');
    expect(['version-check', 'baseline-inspection']).toContain(d.stage);
  });
  it('56 never offers half a device id', () => {
    const d = run('56-es-wrapped-audit');
    expect(d.reply).not.toMatch(new RegExp(`${D[1].slice(0, 40)}(?!${D[1].slice(40)})[^0-9a-f]`));
  });

  it('58 Telegram bot token in the paste: warned, not echoed; pairing still diagnosed', () => {
    const d = run('58-secret-telegram-token');
    expect(d.secrets).toContain('telegram-token');
    expect(d.stage).toBe('version-check');
  });

  it('59 Japanese, restart tried, --latest preview on 4.10: approve the printed id', () => {
    const d = run('59-ja-restart-tried-410');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain(`openclaw devices approve ${U[9]}`);
  });

  it('27 config with gateway token pasted: warn, do not echo, still diagnose', () => {
    const d = run('27-secret-config-paste');
    expect(d.secrets).toContain('gateway-token');
    expect(d.stage).toBe('version-check');
  });

  it('32 --latest preview in the 4.20 format: nothing approved yet, run the printed command', () => {
    const d = run('32-latest-preview-420');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain(`openclaw devices approve ${U[10]}`);
  });
});

describe('older and newer builds', () => {
  it('07 Russian, journald, 2026.2.21-2: version-check, upgrade', () => {
    const d = run('07-ru-journald-2-21');
    expect(d.stage).toBe('version-check');
    expect(d.reply).toContain('openclaw update');
  });

  it('03 Portuguese, 5.4, only a truncated close reason: list for the real id, never the cut one', () => {
    const d = run('03-pt-truncated-close-5x');
    expect(['version-check', 'baseline-inspection']).toContain(d.stage);
    expect(d.reply).toContain('openclaw devices list');
    expect(d.reply).not.toContain('8c722ac9-89f5-4cfc-82e7');
  });

  it('04 French, 4.29, client error with the whole requestId: approve it (not the cut one)', () => {
    const d = run('04-fr-full-requestid-429');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain(`openclaw devices approve ${U[2]}`);
  });

  it('28 9.8 TUI remediation text: no false secret warning', () => {
    const d = run('28-newer-than-known-98');
    expect(d.secrets).toEqual([]);
    expect(d.reply).not.toContain('You pasted a secret');
  });
  it('28 9.8: scope upgrade recognised, not a bare pairing-required', () => {
    const d = run('28-newer-than-known-98');
    expect(['version-check', 'baseline-inspection']).toContain(d.stage);
  });
  it('28 never approves the cut id', () => {
    expect(run('28-newer-than-known-98').reply).not.toContain('4c161c7d-8b6a-4e16-add9-6');
  });

  it('29 8.1 with autoApproveLocal:false and a whole id: approve it', () => {
    const d = run('29-autoapprovelocal-false-81');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain(`openclaw devices approve ${U[9]}`);
  });

  it('46 9.6 TUI over tailscale, cut id + remediation: no false secret, asks for the list', () => {
    const d = run('46-tui-96-truncated');
    expect(d.secrets).toEqual([]);
    expect(d.reply).toContain('openclaw devices list');
  });
  it('46 never approves the cut id', () => {
    expect(run('46-tui-96-truncated').reply).not.toContain('ebccaf4a-571f-449e-b996-1dd7');
  });

  it('54 extended-stable 2026.6.34 (has #63548) in docker bind lan: not told to upgrade to 4.25', () => {
    const d = run('54-extended-stable-634');
    expect(d.reply).not.toMatch(/upgrade to 2026\.4\.25/);
    expect(d.reply).toContain('openclaw devices list');
    expect(d.reply).not.toContain('5d020e76-ef98-451a-9506-e`');
  });

  it('55 Control UI "Approve the new access level" with a whole id, 9.6: approve it on the gateway host', () => {
    const d = run('55-controlui-scope-upgrade-full-id');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain(`openclaw devices approve ${U[7]}`);
  });
});

describe('approval blocked, churn, stale ids', () => {
  it('21 7.1 self-approval refused: remove-repair via Control UI or fresh identity', () => {
    const d = run('21-self-approval-71');
    expect(d.stage).toBe('remove-repair');
    expect(d.reply).toContain('Control UI');
    expect(d.reply).toContain('device.json');
  });

  it('22 4.14 approve hits unknown requestId twice: remove-repair, stop the retries, re-pair', () => {
    const d = run('22-churn-unknown-414');
    expect(d.stage).toBe('remove-repair');
    expect(d.reply).toContain('device.json');
    expect(d.reply).not.toContain(`approve ${U[6]}`);
    expect(d.reply).not.toContain(`approve ${U[7]}`);
  });

  it('45 Windows PowerShell churn: the re-pair uses PowerShell paths', () => {
    const d = run('45-windows-churn-414');
    expect(d.stage).toBe('remove-repair');
    expect(d.reply).toContain('Move-Item');
    expect(d.reply).toContain('$env:USERPROFILE');
    expect(d.reply).not.toMatch(/\bmv ~\//);
  });

  it('23 5.12 deviceId passed to approve: explain requestId vs deviceId, never approve the deviceId', () => {
    const d = run('23-deviceid-as-requestid-512');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).not.toContain(`approve ${D[7]}`);
    expect(d.reply).toMatch(/requestId|request's id/);
  });

  it('33 node-host role upgrade, id copied from the cut close reason: explain the truncation', () => {
    const d = run('33-nodehost-role-upgrade-54');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toMatch(/cut|truncat|shortened|incomplete/i);
    expect(d.reply).not.toMatch(/most likely approved already/);
  });
  it('33 never reuses the cut id', () => {
    expect(run('33-nodehost-role-upgrade-54').reply).not.toContain('approve fd170186');
  });

  it('39 WSL2 state-dir mismatch (5.28): point at OPENCLAW_STATE_DIR/profile, not a re-approve of the same id', () => {
    const d = run('39-wsl2-state-dir-528');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toMatch(/OPENCLAW_STATE_DIR|--profile/);
    expect(d.reply).not.toContain(`approve ${U[12]}`);
  });

  it('40 5.28 superseded: approve the current id, not the old one', () => {
    const d = run('40-superseded-528');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain(`openclaw devices approve ${U[13]}`);
    expect(d.reply).not.toContain(`openclaw devices approve ${U[0]}`);
  });

  it('41 9.6 "No pending device request matches": re-list, never the old id', () => {
    const d = run('41-no-pending-match-96');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).not.toContain(`openclaw devices approve ${U[1]}`);
    expect(d.reply).toContain('openclaw devices list');
  });

  it('42 approve over --url with a narrow device: approver lacks the scope → remove-repair; token not echoed', () => {
    const d = run('42-approver-missing-scope-414');
    expect(d.stage).toBe('remove-repair');
    expect(d.secrets).toContain('gateway-token');
    expect(d.reply).toMatch(/without `--url`|Control UI/);
  });

  it('38 4.25 doctor names the pending upgrade: approve that id', () => {
    const d = run('38-doctor-pending-upgrade-425');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain(`openclaw devices approve ${U[11]}`);
  });

  // UNSURE what the best stage is (the user revoked the device's tokens; approving the role-upgrade via the local fallback vs remove+re-pair both work); at least the reply should connect it to the revoke.
  it('43 roleFrom=<none> after `devices revoke`: the reply connects the failure to the revoke', () => {
    expect(run('43-revoked-tokens-role-upgrade').reply).toMatch(/revok/i);
  });
});

describe('first pairing and metadata', () => {
  it('34 iOS not-paired with the id in the close reason: first-time pairing, list for the id', () => {
    const d = run('34-ios-not-paired');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain('openclaw devices list');
    // hard rule: never take a requestId from a close reason, even when it happens to be whole
    expect(d.reply).not.toContain(`approve ${U[4]}`);
  });

  it('35 macOS app metadata upgrade: fresh-approve via the list', () => {
    const d = run('35-metadata-upgrade-macos');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain('openclaw devices list');
  });
  it('35 summary reads as a sentence', () => {
    expect(run('35-metadata-upgrade-macos').reply).not.toMatch(/`Mac` than it was paired with/);
  });
});

describe('resolved, bare, no-match', () => {
  it('24 German "läuft jetzt" after Approved …: resolved', () => {
    expect(run('24-de-resolved').stage).toBe('resolved');
  });

  it('57 9.6 approve --json then TUI connected: resolved', () => {
    expect(run('57-resolved-96-json').stage).toBe('resolved');
  });

  it('25 a bare "pairing required": need-evidence, ask for version and list', () => {
    const d = run('25-bare-pairing-required');
    expect(d.stage).toBe('need-evidence');
    expect(d.reply).toContain('openclaw devices list');
  });

  it('26 npm EACCES: no-match, not relevant', () => {
    const d = run('26-no-match-npm');
    expect(d.stage).toBe('no-match');
    expect(d.relevant).toBe(false);
  });

  it('60 French, healthy list after approving: nothing to approve', () => {
    const d = run('60-fr-healthy-list');
    expect(approveCmds(d.reply)).toEqual([]);
    expect(removeCmds(d.reply)).toEqual([]);
    // UNSURE: arguably `resolved` (CLI now holds operator.admin) but no successful call is shown; not asserted.
  });
});

describe('look-alikes (§11): other-cause, never approve/remove/clear', () => {
  it('09 remote CLI gateway token mismatch', () => expectLookalike('09-lookalike-token-mismatch', ['gateway.remote.token']));
  it('10 origin not allowed behind nginx', () => expectLookalike('10-lookalike-origin', ['allowedOrigins']));
  it('11 Control UI over LAN http: insecure context', () => expectLookalike('11-lookalike-insecure-context', ['HTTPS']));
  it('12 missing scope on an open connection', () => expectLookalike('12-lookalike-missing-scope', ['missing scope']));
  it('13 allowAgents refusal', () => expectLookalike('13-lookalike-allowagents', ['allowAgents']));
  it('14 device token mismatch on a node host', () => expectLookalike('14-lookalike-device-token-mismatch', ['rotate']));
  it('15 rate-limited Control UI: mentions the 5-minute lockout', () => expectLookalike('15-lookalike-rate-limited', ['5 minutes']));
  it('16 1006 unreachable on Windows', () => expectLookalike('16-lookalike-unreachable'));
  it('17 protocol mismatch', () => expectLookalike('17-lookalike-protocol-mismatch'));
  it('18 handshake timeout in docker', () => expectLookalike('18-lookalike-handshake-timeout'));
  it('20 Control UI 4008 "connect failed" with cause unauthorized in the JSON context', () =>
    expectLookalike('20-lookalike-4008-unauthorized-cause'));
  it('47 9.6 device token scope mismatch (A11)', () => expectLookalike('47-lookalike-token-scope-mismatch-96'));
  it('48 redaction sentinel', () => expectLookalike('48-lookalike-redaction-sentinel', ['doctor --fix']));
  it('49 url override requires explicit credentials', () => expectLookalike('49-lookalike-url-override', ['--token']));
  it('49 the fix hint is not a pasted secret', () => {
    expect(run('49-lookalike-url-override').secrets).toEqual([]);
  });
  it('50 plaintext ws:// refused', () => expectLookalike('50-lookalike-insecure-ws', ['wss://']));

  it('19 channel DM pairing code: other-cause, points at `openclaw pairing`', () => {
    const d = run('19-lookalike-channel-dm-pairing');
    expect(d.stage).toBe('other-cause');
    expect(d.reply).toContain('openclaw pairing approve telegram');
  });
  it('19 never sends the user to `openclaw devices approve`', () => {
    expect(approveCmds(run('19-lookalike-channel-dm-pairing').reply)).toEqual([]);
  });
});

describe('more clients', () => {
  it('61 node invoke pairing on 4.14: recognised, points at node approval', () => {
    const d = run('61-node-invoke-pairing');
    expect(d.stage).not.toBe('no-match');
    expect(d.reply).toContain('openclaw nodes approve');
  });
  it('61 never turns the node request into `openclaw devices approve`', () => {
    expect(run('61-node-invoke-pairing').reply).not.toContain(`openclaw devices approve ${U[12]}`);
  });

  it('62 TUI 4.14 pairing hint: version-check (4.14 is in the stale-baseline range)', () => {
    const d = run('62-tui-414-hint');
    expect(d.stage).toBe('version-check');
    expect(d.reply).toContain('openclaw devices list');
  });

  it('63 narrow table wraps the request uuid: never glue it back, ask for --json', () => {
    const d = run('63-wrapped-request-uuid');
    expect(d.reply).not.toContain(`approve ${U[11]}`);
    expect(d.reply).toContain('openclaw devices list --json');
  });

  it('64 CLI repair and a new remote browser both pending: approve the CLI one only', () => {
    const d = run('64-two-pending-cli-and-browser');
    expect(d.stage).toBe('fresh-approve');
    expect(d.reply).toContain(`openclaw devices approve ${U[5]}`);
    expect(d.reply).not.toContain(`openclaw devices approve ${U[6]}`);
  });
});
