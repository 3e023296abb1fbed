/**
 * Golden replay of the lab's transcripts (test/lab/<version>/<scenario>.json, written by
 * `npm run lab -- --fixtures VERSION...` against real OpenClaw builds). Offline: each thread is fed
 * to the engine again, message by message, and the engine must still answer at the same stage with
 * the commands that were run on the real gateway, so advice that was verified cannot drift without a
 * new lab run. No OpenClaw is needed here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifiedRecipes } from '../../lab/report.ts';
import type { Transcript } from '../../lab/transcript.ts';
import { diagnose, type ThreadMessage } from '../../src/diagnose.ts';
import { type Recipe, verifiedOn } from '../../src/openclaw/verified-repairs.ts';

const DIR = import.meta.dirname;

function transcripts(): { file: string; t: Transcript }[] {
  const out: { file: string; t: Transcript }[] = [];
  for (const version of readdirSync(DIR)) {
    const dir = join(DIR, version);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      out.push({ file: `${version}/${f}`, t: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Transcript });
    }
  }
  return out;
}

const all = transcripts();
const APPROVE_ADVICE = /openclaw devices (approve|remove|reject|clear)\b/;

describe('lab transcripts', () => {
  it('verifiedOn in src/openclaw/verified-repairs.ts lists exactly the builds where a transcript shows the recipe fixing a scenario', () => {
    for (const [recipe, builds] of Object.entries(verifiedOn) as [Recipe, readonly string[]][]) {
      const seen = [...new Set(all.filter(({ t }) => verifiedRecipes(t).includes(recipe)).map(({ t }) => t.version))];
      expect([...builds].sort(), recipe).toEqual(seen.sort());
    }
  });

  it('exist for the builds the issue names', () => {
    const versions = new Set(all.map(({ t }) => t.version));
    expect(versions).toContain('2026.4.14');
    expect(versions).toContain('2026.9.6');
  });

  for (const { file, t } of all) {
    describe(file, () => {
      it('holds no secret', () => {
        const text = JSON.stringify(t);
        expect(text).not.toMatch(/\b[0-9a-f]{48}\b/);
        expect(text).not.toMatch(/\\"(token|deviceToken)\\":\s*\\"(?!<REDACTED)[^\\"]{16,}/);
        expect(text).not.toMatch(/\/root\/|\/tmp\/claw|\.cache\/claw-triage-lab/);
      });

      if (!t.turns.length) return;

      t.turns.forEach((turn, i) => {
        it(`reply ${i + 1}: still ${turn.stage}, still giving the commands the lab ran`, () => {
          const messages: ThreadMessage[] = t.turns.slice(0, i + 1).map((m) => ({ text: m.message, postedAt: m.postedAt }));
          const d = diagnose(messages, { at: turn.postedAt });
          expect(d.stage).toBe(turn.stage);
          for (const a of turn.actions) {
            // A command the real build refused (exit ≠ 0, e.g. `gateway auth-token --show` before 2026.8)
            // was no part of the fix there: a reply may drop it for that build.
            if ((a.section === 'steps' || a.section === 'ifFails') && a.command && a.kind === 'command' && a.exit === 0) {
              expect(d.reply, `reply ${i + 1} lost a command the lab ran`).toContain(a.command);
            }
          }
          if (t.scenario.startsWith('lookalike') && d.stage === 'other-cause') expect(d.reply).not.toMatch(APPROVE_ADVICE);
        });
      });

      if (t.status === 'fixed') {
        it(`was fixed on ${t.version} in ${t.replies} repl${t.replies === 1 ? 'y' : 'ies'}`, () => {
          expect(t.turns.at(-1)!.fixed).toBe(true);
          expect(t.turns.length).toBe(t.replies);
        });
      }
    });
  }
});
