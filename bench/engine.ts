/**
 * Engine speed: `diagnose` on a generated gateway log and on adversarial text, as a ratio to one
 * plain `split('\n')` pass over the same text (the floor for anything that reads every line), and
 * 1 MB against 10 MB to show the time grows linearly. Figures, not assertions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diagnose } from '../src/diagnose.ts';
import { extractors } from '../src/evidence/index.ts';
import { makePaste } from '../src/evidence/paste.ts';
import { redactSecrets } from '../src/evidence/redact.ts';
import { lookalikeExtractors } from '../src/rules/other-cause/index.ts';
import { adversarialInputs } from '../testkit/adversarial.ts';

const MB = 1024 * 1024;
const CAPTURES = join(import.meta.dirname, '..', 'test', 'fixtures', 'openclaw-2026.4.14');

/** A gateway log of about `bytes`, made of real 2026.4.14 console and JSON-file lines with fresh ids
 * and times, so nothing is a repeat the engine could cache. */
export function gatewayLog(bytes: number): string {
  const lines = [
    ...readFileSync(join(CAPTURES, 'stale-baseline', 'gateway.log'), 'utf8').split('\n'),
    ...readFileSync(join(CAPTURES, 'stale-baseline', 'gateway.jsonl'), 'utf8')
      .split('\n')
      .slice(0, 40),
  ].filter(Boolean);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = lines[i % lines.length]!.replace(
      /2026-11-21T06:3\d:\d\d\.\d{3}/,
      new Date(1795242763000 + i * 37).toISOString().slice(0, 23),
    ).replace(/conn=[0-9a-f]{8}/g, `conn=${hex(i * 2654435761)}`);
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n');
}

/** Text built to hurt a naive parser: keyword floods, unclosed JSON, deep brackets, endless lines. */
export function adversarial(bytes: number): string {
  const parts = [
    'device='.repeat(4000),
    `{"pending":[${'{"requestId":"'.repeat(3000)}`,
    '['.repeat(50000),
    `security audit: device access upgrade requested reason=scope-upgrade ${'scopesTo=operator.admin,'.repeat(2000)}`,
    'gateway closed (1008): pairing required '.repeat(2000),
    `${'A'.repeat(200000)}\n`,
    '"cause":"pairing-required",'.repeat(5000),
    '┌──┬──┐\n│ a │ b │\n'.repeat(3000),
    `sk-${'x'.repeat(100000)} `,
    '`'.repeat(30000),
    '\u001b[31m'.repeat(20000),
    'openclaw devices approve '.repeat(5000),
  ];
  let s = '';
  for (let i = 0; s.length < bytes; i++) s += parts[i % parts.length];
  return s.slice(0, bytes);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  fn(); // warm-up
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    t.push(performance.now() - start);
  }
  return median(t);
}

export interface EngineFigure {
  name: string;
  mb: number;
  engineMs: number;
  splitMs: number;
  ratio: number;
  stage: string;
}

export function measure(name: string, text: string, runs = 7): EngineFigure {
  let stage = '';
  const engineMs = time(() => {
    stage = diagnose([{ text }]).stage;
  }, runs);
  const splitMs = time(() => {
    text.split('\n');
  }, runs * 3);
  return { name, mb: text.length / MB, engineMs, splitMs, ratio: engineMs / splitMs, stage };
}

export function runEngineBench(): EngineFigure[] {
  const figures = [
    measure('gateway log 1 MB', gatewayLog(1 * MB)),
    measure('gateway log 10 MB', gatewayLog(10 * MB)),
    measure('adversarial 1 MB', adversarial(1 * MB)),
    measure('adversarial 5 MB', adversarial(5 * MB)),
  ];
  return figures;
}

export interface AdversarialFigure {
  name: string;
  ms1: number;
  ms5: number;
  /** 5 MB time / 1 MB time: about 5 when linear, 25 when quadratic. */
  ratio: number;
}

/** The inputs test/properties/adversarial.test.ts runs at 1 MB, through every extractor and the
 * secret redaction, at 1 and at 5 MB (median of 3 runs). */
export function runAdversarialBench(): AdversarialFigure[] {
  const all = (text: string) => () => {
    const paste = makePaste(text);
    for (const e of [...extractors, ...lookalikeExtractors]) e.extract(paste);
    redactSecrets(text);
  };
  return adversarialInputs.map(({ name, make }) => {
    const ms1 = time(all(make(1 * MB)), 3);
    const ms5 = time(all(make(5 * MB)), 3);
    return { name, ms1, ms5, ratio: ms5 / ms1 };
  });
}
