import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house, lowest floor first: a file may import its own floor or a lower one, never a higher one.
 * Evidence reads text; OpenClaw knowledge is data about releases, clients, docs and secrets; triage
 * builds the case and picks a rule; rules and the reply renderer sit side by side on it (neither
 * imports the other); `diagnose` joins them; intake turns bytes into messages and the process reads its config and
 * logs (the log redacts with evidence's own secret finder); the Discord edge, commands, the CLI and the lab sit on
 * top. A misplaced import fails here with the file and the arrow, not in a code review.
 */
const FLOORS: { floor: number; room: string; path: RegExp }[] = [
  { floor: 1, room: 'evidence', path: /^src\/evidence\// },
  { floor: 2, room: 'OpenClaw knowledge', path: /^src\/openclaw\// },
  { floor: 3, room: 'triage', path: /^src\/triage\// },
  { floor: 4, room: 'rules', path: /^src\/rules\// },
  { floor: 4, room: 'reply', path: /^src\/reply\// },
  { floor: 5, room: 'diagnose', path: /^src\/diagnose\.ts$/ },
  { floor: 6, room: 'intake', path: /^src\/intake\// },
  { floor: 6, room: 'the process: config, logging, health', path: /^src\/(config|log|health)\.ts$/ },
  { floor: 7, room: 'edge', path: /^(src\/discord\/|src\/cli\.ts$|src\/main\.ts$|commands\/|lab\/|bench\/)/ },
];

const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(root, rel)).isDirectory()) return sources(rel);
    return rel.endsWith('.ts') ? [rel] : [];
  });
}

const floorOf = (file: string) => FLOORS.find((f) => f.path.test(file));

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm)].map((m) => m[1]!);
  return specs.map((s) => relative(root, resolve(dirname(join(root, file)), s)).replaceAll('\\', '/'));
}

const files = ['src', 'commands', 'lab', 'bench'].flatMap((d) => {
  try {
    return sources(d);
  } catch {
    return [];
  }
});

describe('the house', () => {
  it('every source file has a floor', () => {
    expect(files.filter((f) => !floorOf(f))).toEqual([]);
  });

  it('no import runs up a floor, and rules and the reply do not import each other', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = floorOf(file);
      if (!from) continue;
      for (const target of imports(file)) {
        const to = floorOf(target);
        if (!to) continue;
        if (to.floor > from.floor || (to.floor === from.floor && to.room !== from.room)) {
          wrong.push(`${file} (${from.room}) → ${target} (${to.room})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
