import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CommandLoadError, isCommandFile, loadCommands } from '../../src/discord/commands.ts';

const dirWith = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'claw-commands-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return pathToFileURL(`${dir}/`);
};
const command = (name: string) =>
  `export const data = { name: ${JSON.stringify(name)}, toJSON: () => ({ name: ${JSON.stringify(name)} }) };\n` +
  'export async function execute() {}\n';

describe('loadCommands', () => {
  it('loads the real commands/ directory: /diagnose, /verify and the message menu', async () => {
    const commands = await loadCommands();
    expect([...commands.keys()].sort()).toEqual(['Diagnose message', 'diagnose', 'verify']);
    const verify = commands.get('verify')!.data.toJSON() as { default_member_permissions?: string };
    expect(verify.default_member_permissions).toBe(String(1n << 34n));
  });

  it('skips the deploy script, declarations, tests and source maps', () => {
    expect(isCommandFile('verify.ts', '.ts')).toBe(true);
    expect(['deploy.ts', 'verify.d.ts', 'verify.test.ts', 'verify.js.map', 'verify.js'].filter((f) => isCommandFile(f, '.ts'))).toEqual([]);
  });

  it('stops on a module without execute, naming the file', async () => {
    const dir = dirWith({ 'a.ts': command('a'), 'b.ts': 'export const data = { name: "b", toJSON: () => ({}) };\n' });
    await expect(loadCommands(dir)).rejects.toThrow(CommandLoadError);
    await expect(loadCommands(dir)).rejects.toThrow(/^commands\/b\.ts: execute /);
  });

  it('stops on two commands with one name', async () => {
    const dir = dirWith({ 'a.ts': command('same'), 'b.ts': command('same') });
    await expect(loadCommands(dir)).rejects.toThrow('commands/b.ts: a command named "same" is already defined');
  });

  it('stops on a module that fails to import', async () => {
    const dir = dirWith({ 'a.ts': 'throw new Error("broken at load");\n' });
    await expect(loadCommands(dir)).rejects.toThrow(/^commands\/a\.ts failed to load: broken at load/);
  });
});
