/**
 * Small BENCH_RESULT payloads, one passing and one missing for each benchmark, shaped like what
 * the bench/*.bench.ts files print (the fields scripts/bench.js and the bench/*.report.js modules read).
 */
const inSitu = (scale: number) => ({
  publishes: 20,
  markedPublish: 4 * scale,
  plainPublish: 2,
  evaluate: 1.5 * scale,
  loadDraft: 0.8 * scale,
  lookups: 0.3,
  consents: 0.2,
  reviews: 0.1,
  evaluateCpu: 0.4,
  append: 0.6,
  statusUpsert: 0.2,
  publishWithoutEvaluateAndAppend: 2.1,
});
const isolated = { contentHash: 0.05, collectText: 0.02, rules: 0.3, loadDraft: 0.7, loadDraftViaDocumentService: 1.2 };
const gateEntry = (ratio: number, pass: boolean) => ({
  description: 'a title and a quote',
  ratio,
  markedMedianMs: 2 * ratio,
  plainMedianMs: 2,
  markedP90Ms: 3,
  plainP90Ms: 2.5,
  overheadMs: 2 * ratio - 2,
  pass,
});
export const gate = (pass: boolean, database = 'sqlite') => ({
  database,
  target: 1.25,
  pass,
  warmup: 20,
  rounds: 200,
  entries: { small: gateEntry(pass ? 1.2 : 1.6, pass), large: gateEntry(1.1, true) },
  saves: { small: { markedMedianMs: 3, plainMedianMs: 2, overheadMs: 1, ratio: 1.5 } },
  phases: {
    small: { inSitu: inSitu(1), phases: isolated, rules: { 'phi.scan': 0.1, 'claims.prohibited': 0.05, 'consent.present': 0.01 } },
    large: { inSitu: inSitu(2), phases: isolated, rules: { 'phi.scan': 0.4, 'claims.prohibited': 0.2 } },
  },
});

const scannerRow = (mbps: number, scaling: number) => ({
  ms1: 1000 / mbps,
  mbps1: mbps,
  ms10: (1000 / mbps) * scaling,
  mbps10: (mbps * 10) / scaling,
  scaling,
  bestMbps10: mbps * 1.1,
  bestScaling: scaling * 0.95,
});
export const scanners = (pass: boolean) => ({
  allMbps: pass ? 25 : 12,
  targetMbps: 20,
  targetScaling: 11,
  allScaling: pass ? 10.2 : 12.5,
  passThroughput: pass,
  passScaling: pass,
  bytes1: 1000000,
  bytes10: 10000000,
  findingsIn1Mb: { phi: 12, claims: 3 },
  realistic: { phi: scannerRow(40, 10.1), claims: scannerRow(80, pass ? 10 : 12.5), all: scannerRow(pass ? 25 : 12, pass ? 10.2 : 12.5) },
  hostile: [
    { scanner: 'phi', input: 'digits', ms100k: 5, ms1m: 60, mbps: 16.7, scaling: 12 },
    { scanner: 'claims', input: 'repeats', ms100k: 2, ms1m: 40, mbps: 25, scaling: 20 },
    { scanner: 'phi', input: 'huge', ms100k: 900, ms1m: null, mbps: null, scaling: null },
  ],
});

export const exportRun = (pass: boolean, database = 'sqlite') => ({
  database,
  events: 200000,
  eventsPerSecond: pass ? 60000 : 40000,
  targetEventsPerSecond: 50000,
  passThroughput: pass,
  rssGrowthMb: pass ? 60 : 140,
  targetRssMb: 100,
  passMemory: pass,
  bytes: 90000000,
  bytesPerEvent: 450,
  exportMs: 4000,
  firstByteMs: 12,
  mbPerSecond: 22.5,
  baselineRssMb: 210,
  peakRssMb: 270,
  rssSamples: 400,
  maxSampleGapMs: 15,
  rssGrowthByQuarterMb: [30, 60, 100, 140],
  memoryAfterExport: { heapTotalMb: 80, heapUsedMb: 40, externalMb: 5 },
  heapRetainedAfterGcMb: 3,
  insertSeconds: 30,
  verifySeconds: 8,
  phases: { rawQueryEventsPerSecond: 120000, pagesEventsPerSecond: 90000, pagesAndEncodeEventsPerSecond: 70000 },
});

export const concurrency = (pass: boolean) => ({
  publishers: 8,
  publishesEach: 50,
  chain: pass ? { valid: true, gapless: true, count: 400 } : { valid: false, brokenAt: 17, gapless: false, count: 399 },
  succeeded: pass ? 400 : 399,
  totalSeconds: 20,
  publishesPerSecond: 20,
  pass,
  failures: pass ? 0 : 1,
  failureSamples: pass ? [] : ['deadlock detected'],
  publishAllowedEvents: pass ? 400 : 399,
  publishedEntries: pass ? 400 : 399,
  postgresVersion: '16.4',
  latencyMedianMs: 300,
  latencyP95Ms: 900,
  prepareSeconds: 12,
});

const latency = (p50: number) => ({ p50, p95: p50 * 2, max: p50 * 3, total: 1000, heapGrowthMb: 4, rssGrowthMb: 6 });
export const statuses = (pass: boolean, database = 'sqlite') => ({
  database,
  queue: { '1000': latency(5), '10000': latency(pass ? 8 : 80) },
  queueInProcess: { '1000': { p50: 2, p95: 3 }, '10000': { p50: 4, p95: 6 } },
  httpFloor: { p50: 1, p95: 2 },
  targetQueueP50Ms: 50,
  passQueue: pass,
  growth: { drafts: 10, p50: pass ? 1.6 : 16 },
  slopeMsPer1000: 0.3,
  passSublinear: pass,
  batch: { '10': { p50: 3, p95: 4 }, '100': { p50: 9, p95: 12 } },
  reevaluation: { entries: 1000, perSecond: pass ? 200 : 50, seconds: pass ? 5 : 20 },
  targetReevaluationPerSecond: 100,
  passReevaluation: pass,
});

/** Each benchmark key of scripts/bench.js with a passing and a missing result. */
export const FIXTURES: Record<string, { pass: Record<string, unknown>; miss: Record<string, unknown> }> = {
  gate: { pass: gate(true), miss: gate(false) },
  'gate-pg': { pass: gate(true, 'postgres'), miss: gate(false, 'postgres') },
  scanners: { pass: scanners(true), miss: scanners(false) },
  export: { pass: exportRun(true), miss: exportRun(false) },
  'export-pg': { pass: exportRun(true, 'postgres'), miss: exportRun(false, 'postgres') },
  concurrency: { pass: concurrency(true), miss: concurrency(false) },
  statuses: { pass: statuses(true), miss: statuses(false) },
  'statuses-pg': { pass: statuses(true, 'postgres'), miss: statuses(false, 'postgres') },
};
