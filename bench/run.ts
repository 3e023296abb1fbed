/** `npm run bench`: prints the figures the README and the closing notes report. */
import { runEngineBench } from './engine.ts';

const fmt = (n: number, d = 1) => n.toFixed(d);

console.log('engine (median of 7 runs; split = one text.split("\\n") pass over the same text)');
const engine = runEngineBench();
for (const f of engine) {
  console.log(
    `  ${f.name.padEnd(20)} ${fmt(f.mb, 1).padStart(5)} MB  engine ${fmt(f.engineMs).padStart(7)} ms  split ${fmt(f.splitMs).padStart(6)} ms  ratio ${fmt(f.ratio, 2).padStart(6)}x  stage ${f.stage}`,
  );
}
const log1 = engine.find((f) => f.name === 'gateway log 1 MB')!;
const log10 = engine.find((f) => f.name === 'gateway log 10 MB')!;
console.log(`  linearity: 10 MB / 1 MB time = ${fmt(log10.engineMs / log1.engineMs, 2)} (10 would be linear)`);
console.log(`  rss ${fmt(process.memoryUsage().rss / 1024 / 1024, 0)} MB`);
