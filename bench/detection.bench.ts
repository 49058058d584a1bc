/**
 * Throughput of the PHI detector (server/src/detection/phi), standalone:
 *
 *   node -r ./scripts/register-ts.js bench/detection.bench.ts
 *
 * - realistic prose (bench/lib/corpus.ts) of 1 MB and 4 MB in one segment, each run on a fresh
 *   copy (the result cache must not answer);
 * - many short texts (the development corpus of tests/corpus, never the held-out files), as
 *   the gate sees them: one segment each;
 * - the same short texts again, answered by the result cache.
 * Prints one `BENCH_RESULT {json}` line. Medians of 5 runs; the machine is shared, so the load
 * average is printed too.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scanPhi } from '../server/src/detection/phi';
import { realisticProse } from './lib/corpus';

const MB = 1 << 20;
const OPTIONS = { subjectNames: ['Jane Doe'], allowedPhones: ['555-201-0000'], allowedDomains: ['sunriseclinic.com'] };

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

function timeMs(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function prose(bytes: number, runs = 5): { mbps: number; ms: number; bestMbps: number } {
  const base = realisticProse(bytes);
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const text = `${base}${' '.repeat(i + 1)}`; // a new text each run: no cache hit
    const ms = timeMs(() => scanPhi([{ path: ['body'], text }], OPTIONS));
    if (i > 0) times.push(ms); // the first run warms the JIT up
  }
  const ms = median(times);
  return { ms, mbps: bytes / MB / (ms / 1000), bestMbps: bytes / MB / (Math.min(...times) / 1000) };
}

function devTexts(): string[] {
  const root = path.resolve(__dirname, '../tests/corpus');
  const texts: string[] = [];
  for (const lang of fs.readdirSync(root)) {
    const dir = path.join(root, lang);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir)) {
      if (!/^phi\..*\.json$/.test(file) || file.endsWith('.heldout.json')) continue;
      const corpus = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { texts: Array<{ text: string }> };
      texts.push(...corpus.texts.map((t) => t.text));
    }
  }
  return texts;
}

function shortTexts(): { textsPerSecond: number; mbps: number; cachedMicros: number; findings: number } {
  const texts = devTexts();
  const rounds = 20;
  const bytes = texts.reduce((n, t) => n + t.length, 0) * rounds;
  let total = 0;
  const ms = timeMs(() => {
    for (let r = 0; r < rounds; r++) for (const t of texts) total += scanPhi([{ path: ['body'], text: `${t}${' '.repeat(r)}` }], OPTIONS).length;
  });
  // The result cache keeps 512 texts: measure hits on fewer than that.
  const some = texts.slice(0, 400);
  for (const t of some) scanPhi([{ path: ['body'], text: t }], OPTIONS);
  const cachedAgain = timeMs(() => {
    for (const t of some) scanPhi([{ path: ['body'], text: t }], OPTIONS);
  });
  return {
    findings: total,
    textsPerSecond: Math.round((texts.length * rounds) / (ms / 1000)),
    mbps: bytes / MB / (ms / 1000),
    cachedMicros: (cachedAgain * 1000) / some.length,
  };
}

const result = {
  node: process.version,
  cores: os.cpus().length,
  loadAverage: os.loadavg()[0],
  prose1: prose(1 * MB),
  prose4: prose(4 * MB, 3),
  short: shortTexts(),
};
process.stdout.write(
  `PHI detector: 1 MB ${result.prose1.mbps.toFixed(1)} MB/s (best ${result.prose1.bestMbps.toFixed(1)}), 4 MB ${result.prose4.mbps.toFixed(1)} MB/s; ` +
    `short texts ${result.short.textsPerSecond}/s (${result.short.mbps.toFixed(1)} MB/s), cached ${result.short.cachedMicros.toFixed(1)} µs/text; load ${result.loadAverage.toFixed(1)} on ${result.cores} cores\n`
);
process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
