import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PairingMentionFact } from '../../src/evidence/facts.ts';
import { pairingMention } from '../../src/evidence/pairing-mention.ts';
import { makePaste } from '../../src/evidence/paste.ts';

const run = (text: string) => pairingMention.extract(makePaste(text)) as PairingMentionFact[];
const sources = (text: string) => run(text).map((f) => [f.source, f.at.line]);

describe('pairing mention', () => {
  it('a person saying it is prose', () => {
    expect(sources('I keep getting pairing required when I spawn a subagent')).toEqual([['prose', 1]]);
    expect(sources('Connection is terminated with Error 1008 (Pairing Required).')).toEqual([['prose', 1]]);
  });

  it('English error text inside other languages is matched', () => {
    expect(sources('Ich bekomme immer "pairing required" wenn ich einen Subagent starte')).toEqual([['prose', 1]]);
    expect(sources('Sigo recibiendo pairing required al usar sessions_spawn, ¿alguna idea?')).toEqual([['prose', 1]]);
    expect(sources("J'ai toujours l'erreur pairing required après la mise à jour")).toEqual([['prose', 1]]);
    expect(sources('Continuo recebendo pairing required depois de atualizar')).toEqual([['prose', 1]]);
    expect(sources('子代理启动时一直报 pairing required 错误')).toEqual([['prose', 1]]);
  });

  it('unrecognised machine lines are log', () => {
    expect(sources('GatewayClientRequestError: pairing required')).toEqual([['log', 1]]);
    expect(sources('[openclaw] Failed to start CLI: GatewayClientRequestError: pairing required')).toEqual([['log', 1]]);
    expect(sources('Gateway pairing required; reading local log file instead.')).toEqual([['log', 1]]);
    expect(sources('Sessions API response: {"ok":false,"error":"GatewayClientRequestError: pairing required","code":1008}')).toEqual([
      ['log', 1],
    ]);
    expect(sources('pairing required')).toEqual([['log', 1]]);
    expect(sources('2026-04-05T14:16:13Z [agent] tool failed: pairing required')).toEqual([['log', 1]]);
  });

  it('1008 with pairing counts', () => {
    expect(sources('spawns die with 1008 and something about pairing')).toEqual([['prose', 1]]);
    expect(sources('1008 policy violation')).toEqual([]);
  });

  it('lines other extractors claim are skipped', () => {
    const claimed = [
      'gateway closed (1008): pairing required',
      'gateway connect failed: GatewayClientRequestError: pairing required',
      '[ws] closed before connect conn=x code=1008 reason=pairing required',
      '[telegram/native-approvals] connect error: pairing required',
      'Gateway pairing approval required.',
      'gateway disconnected: pairing required: device is asking for more scopes than currently approved',
    ].join('\n');
    expect(run(claimed)).toEqual([]);
  });

  it('the TUI and node-invoke hints are a reported failure (docs/openclaw-facts.md §1.8), not guidance to skip', () => {
    for (const hint of [
      'Pairing required. Run `openclaw devices list`, approve your request ID, then reconnect.',
      'pairing required: run openclaw devices list',
      'pairing required before node invoke. Approve pairing request abc and retry.',
    ]) {
      expect(run(hint).length).toBe(1);
    }
  });

  it('at most one per source per message', () => {
    const text =
      'I see pairing required\nstill pairing required here too\nGatewayClientRequestError: pairing required\nError: pairing required';
    expect(sources(text)).toEqual([
      ['prose', 1],
      ['log', 3],
    ]);
  });

  it('seeds', () => {
    const seed = (n: string) => readFileSync(new URL(`../fixtures/seeds/${n}`, import.meta.url), 'utf8');
    expect(sources(seed('000-1-opening-post.txt'))).toEqual([['prose', 18]]);
    expect(sources(seed('000-4-logs.txt'))).toEqual([]);
    expect(sources(seed('003_d8192a1a40e8be2a.txt'))).toContainEqual(['log', 73]);
  });
});
