/** `npm run bench`: prints the figures the README and the closing notes report. */
import { type BurstFigures, measureStartToReady, memoryThreads, runBotBenchProcess, stalledDownloads, startFlags } from './bot.ts';
import { runAdversarialBench, runEngineBench } from './engine.ts';

const fmt = (n: number, d = 1) => n.toFixed(d);
const int = (n: number) => n.toLocaleString('en-US');

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
console.log('adversarial inputs through every extractor and the redaction (median of 3; 5 MB / 1 MB = 5 is linear)');
const adversarial = runAdversarialBench();
for (const a of adversarial) {
  console.log(
    `  ${a.name.padEnd(34)} 1 MB ${fmt(a.ms1).padStart(7)} ms  5 MB ${fmt(a.ms5).padStart(7)} ms  ratio ${fmt(a.ratio, 2).padStart(5)}`,
  );
}
console.log(`  worst ratio ${fmt(Math.max(...adversarial.map((a) => a.ratio)), 2)}`);
console.log(`  rss ${fmt(process.memoryUsage().rss / 1024 / 1024, 0)} MB`);

console.log(
  `bot (real client and engine, default limits, npm start's Node flags [${startFlags().join(' ')}], against the fake Discord on 127.0.0.1; bot and fake in processes of their own)`,
);
const bot = await runBotBenchProcess();
const plans = (p: Record<string, number>) => ['post', 'follow-up', 'edit', 'unchanged', 'quiet'].map((k) => `${k} ${p[k] ?? 0}`).join(', ');
const burst = (name: string, b: BurstFigures) => {
  console.log(
    `  ${name.padEnd(20)} ${b.events} events / ${b.threads} threads sent in ${fmt(b.sendMs, 0)} ms, last reply at ${fmt(b.doneMs, 0)} ms  requests ${b.requests} (${b.writes} POST/PATCH)  rate-limit waits ${b.rateLimited}`,
  );
  console.log(
    `    reply latency      p50 ${fmt(b.latency.p50, 0).padStart(5)} ms  p99 ${fmt(b.latency.p99, 0).padStart(5)} ms  max ${fmt(b.latency.max, 0).padStart(5)} ms  replies ${b.latency.n}, no reply by design ${b.noReply}  (${plans(b.plans)})${b.unmatched ? `  UNMATCHED ${b.unmatched}` : ''}`,
  );
  console.log(
    `    event-loop delay   p50 ${fmt(b.loop.p50).padStart(5)} ms  p99 ${fmt(b.loop.p99).padStart(5)} ms  max ${fmt(b.loop.max).padStart(5)} ms`,
  );
};
burst('burst (50 req/s)', bot.bursts.limited);
burst('burst (no limit)', bot.bursts.unlimited);
const m = bot.memory;
console.log(
  `  memory               ${int(m.threads)} new threads, one paste each, in ${fmt(m.seconds, 0)} s (${plans(m.plans)})${m.gc ? '  after gc()' : '  NO gc(): figures include garbage'}`,
);
for (const s of m.samples) {
  console.log(
    `    ${s.label.padEnd(8)} rss ${fmt(s.rssMb, 0).padStart(4)} MB  heapUsed ${fmt(s.heapMb, 0).padStart(4)} MB (total ${fmt(s.heapTotalMb, 0).padStart(4)})  external ${fmt(s.externalMb, 0).padStart(3)} MB  discord.js cache ${int(s.cachedThreads).padStart(6)} threads ${int(s.cachedMessages).padStart(6)} messages ${int(s.cachedUsers).padStart(6)} users ${int(s.cachedMembers).padStart(6)} members`,
  );
}
const before = m.samples.find((s) => s.label === 'before')!;
const after = m.samples.find((s) => s.label === 'after')!;
const swept = m.samples.find((s) => s.label === 'swept')!;
const perThread = (s: { heapMb: number }) => fmt(((s.heapMb - before.heapMb) * 1024) / memoryThreads, 1);
console.log(
  `    heapUsed per thread ${perThread(after)} KB, ${perThread(swept)} KB once idle threads and discord.js's message cache are swept`,
);
for (const e of bot.errors) console.log(`  log: ${e}`);
console.log(
  `  stalled downloads    ${stalledDownloads} threads whose attachment never answers (${bot.stall.stalled} held open), then a plain thread: replied in ${fmt(bot.stall.plainReplyMs, 0)} ms`,
);
console.log(
  `  20 MB thread         ${fmt(bot.big.chars / 2 ** 20, 1)} M chars attached: replied in ${fmt(bot.big.replyMs, 0)} ms  event-loop delay p50 ${fmt(bot.big.loop.p50)} ms  p99 ${fmt(bot.big.loop.p99)} ms  max ${fmt(bot.big.loop.max)} ms  heartbeats acked meanwhile ${bot.big.heartbeatsAcked}`,
);
console.log('start to ready (spawn to "connected to Discord", median of 3, NODE_ENV=production)');
for (const f of await measureStartToReady()) console.log(`  ${f.label.padEnd(22)} ${fmt(f.ms, 0).padStart(6)} ms`);
