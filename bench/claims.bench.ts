/**
 * Throughput of the claim detector (server/src/detection/claims), standalone:
 *
 *   node -r ./scripts/register-ts.js bench/claims.bench.ts
 *
 * - realistic prose (bench/lib/corpus.ts) of 1 MB and 4 MB in one segment;
 * - 1 MB of the development texts of the claims corpus (tests/corpus, never the held-out files)
 *   joined into one text: nearly every sentence there holds a claim or a look-alike, so every
 *   candidate's context is analysed (the detector's worst realistic case);
 * - those texts one by one, as the gate sees them;
 * - the first call of a process, which compiles the English pack.
 * Each timed run gets a new text (a space more), medians of 5 runs after a warm-up run. The
 * machine is shared, so the load average is printed too. Prints one `BENCH_RESULT {json}` line.
 */
import * as os from 'node:os';
import { detectClaims } from '../server/src/detection/claims';
import { claimDevTexts } from './lib/claims-corpus';
import { realisticProse } from './lib/corpus';

const MB = 1 << 20;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

function timeMs(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const firstCallMs = timeMs(() => detectClaims('This miracle cure healed my arthritis overnight.'));

function throughput(base: string, runs = 5): { mbps: number; ms: number; bestMbps: number } {
  const bytes = Buffer.byteLength(base);
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const text = `${base}${' '.repeat(i + 1)}`;
    const ms = timeMs(() => detectClaims(text));
    if (i > 0) times.push(ms); // the first run warms the JIT up
  }
  const ms = median(times);
  return { ms, mbps: bytes / MB / (ms / 1000), bestMbps: bytes / MB / (Math.min(...times) / 1000) };
}

function joined(texts: string[], bytes: number): string {
  const all = texts.join('\n\n');
  return `${all}\n\n`.repeat(Math.ceil(bytes / Buffer.byteLength(all))).slice(0, bytes);
}

function shortTexts(texts: string[]): { textsPerSecond: number; mbps: number } {
  const rounds = 5;
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) * rounds;
  const ms = timeMs(() => {
    for (let r = 0; r < rounds; r++) for (const t of texts) detectClaims(`${t}${' '.repeat(r)}`);
  });
  return { textsPerSecond: Math.round((texts.length * rounds) / (ms / 1000)), mbps: bytes / MB / (ms / 1000) };
}

const texts = claimDevTexts('en');
const result = {
  node: process.version,
  cores: os.cpus().length,
  loadAverage: os.loadavg()[0],
  firstCallMs,
  prose1: throughput(realisticProse(1 * MB)),
  prose4: throughput(realisticProse(4 * MB), 3),
  corpus1: throughput(joined(texts, 1 * MB)),
  short: shortTexts(texts),
};
process.stdout.write(
  `Claim detector: prose 1 MB ${result.prose1.mbps.toFixed(1)} MB/s (best ${result.prose1.bestMbps.toFixed(1)}), 4 MB ${result.prose4.mbps.toFixed(1)} MB/s; ` +
    `corpus texts joined (1 MB) ${result.corpus1.mbps.toFixed(2)} MB/s; one by one ${result.short.textsPerSecond}/s (${result.short.mbps.toFixed(2)} MB/s); ` +
    `first call ${result.firstCallMs.toFixed(0)} ms; load ${result.loadAverage?.toFixed(1)} on ${result.cores} cores\n`
);
process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
