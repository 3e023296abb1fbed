/**
 * `node lab/report.ts [DIR]`: the results table and the recipes each transcript verified, from the
 * transcripts in DIR (default test/lab/), as Markdown for docs/lab.md.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Recipe } from '../src/openclaw/verified-repairs.ts';
import type { Action, Transcript } from './transcript.ts';

/** The repair recipes the rules give (src/openclaw/verified-repairs.ts), told apart by what the lab did. */
export const RECIPES: { [R in Recipe]: { what: string; test: (a: Action) => boolean } } = {
  approveById: {
    what: '`openclaw devices approve <requestId>` (after `devices list`)',
    test: (a) => /^openclaw devices approve [0-9a-f-]{36}$|^openclaw devices approve <requestId>$/.test(a.command ?? ''),
  },
  approveNewestLoop: {
    what: 'the list+approve loop (`for i in 1 2 3 4 5; do openclaw devices approve "$(… node -e …)" …`)',
    test: (a) => /^for i in 1 2 3 4 5; do openclaw devices approve/.test(a.command ?? ''),
  },
  // The lab runs Linux shells: a PowerShell block is skipped, never run.
  approveNewestLoopPowerShell: { what: 'the same loop in PowerShell', test: () => false },
  freshIdentity: {
    what: 'move `~/.openclaw/identity/device*.json` aside, then a full CLI call',
    test: (a) => /identity\/device\.json/.test(a.command ?? ''),
  },
  removeOldRecord: {
    what: '`openclaw devices remove <old deviceId>` once the CLI holds admin',
    test: (a) => /^openclaw devices remove /.test(a.command ?? ''),
  },
  stopRetries: {
    what: 'stop whatever keeps reconnecting',
    test: (a) => a.kind === 'user-action' && /stopped the retrying client/.test(a.note ?? ''),
  },
  setRemoteToken: {
    what: "set `gateway.remote.token` on the client to the gateway's token",
    test: (a) => a.kind === 'config-edit' && /remote/.test(a.output ?? ''),
  },
};

const recipeIds = Object.keys(RECIPES) as Recipe[];

export function loadTranscripts(dir: string): Transcript[] {
  const out: Transcript[] = [];
  for (const v of readdirSync(dir)) {
    const d = join(dir, v);
    if (!statSync(d).isDirectory()) continue;
    for (const f of readdirSync(d).filter((n) => n.endsWith('.json'))) out.push(JSON.parse(readFileSync(join(d, f), 'utf8')) as Transcript);
  }
  return out;
}

/** Recipes that ran successfully in the turn that fixed the scenario (the part of the reply that fixed it). */
export function verifiedRecipes(t: Transcript): Recipe[] {
  if (t.status !== 'fixed') return [];
  const turn = t.turns.at(-1)!;
  const part = turn.fixedBy === 'ifFails' ? turn.actions : turn.actions.filter((a) => a.section === 'steps');
  const ok = part.filter((a) => (a.kind === 'command' && a.exit === 0) || a.kind === 'config-edit' || a.kind === 'user-action');
  return recipeIds.filter((r) => ok.some(RECIPES[r].test));
}

const cmpVersion = (a: string, b: string) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
};

export function report(all: Transcript[]): string {
  const versions = [...new Set(all.map((t) => t.version))].sort(cmpVersion);
  const scenarios = [...new Set(all.map((t) => t.scenario))];
  const cell = (t: Transcript | undefined) => {
    if (!t) return '–';
    if (t.status === 'fixed') return `fixed in ${t.replies}${t.turns.at(-1)!.fixedBy === 'ifFails' ? ' (if-fails)' : ''}`;
    if (t.status === 'not-fixed') return `**not fixed**`;
    return t.status;
  };
  const lines = [`| scenario | ${versions.join(' | ')} |`, `|---|${versions.map(() => '---').join('|')}|`];
  for (const s of scenarios)
    lines.push(`| ${s} | ${versions.map((v) => cell(all.find((t) => t.version === v && t.scenario === s))).join(' | ')} |`);
  lines.push('', '| recipe | verified on (fixed a scenario on a real gateway) |', '|---|---|');
  for (const r of recipeIds) {
    const on = versions.filter((v) => all.some((t) => t.version === v && verifiedRecipes(t).includes(r)));
    lines.push(`| ${RECIPES[r].what} | ${on.join(', ') || 'not verified'} |`);
  }
  return lines.join('\n');
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'test', 'lab'));
  process.stdout.write(`${report(loadTranscripts(dir))}\n`);
}
