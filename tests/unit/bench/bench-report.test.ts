import { createRequire } from 'node:module';
import { FIXTURES } from './fixtures';

/** scripts/bench.js renders bench/RESULTS.md from the BENCH_RESULT lines of the benches and their bench/*.report.js modules. */
interface Target {
  name: string;
  figure: string;
  target: string;
  pass: boolean;
}
interface Bench {
  key: string;
  file: string;
  title: string;
}
interface Run {
  bench: Bench;
  code: number;
  seconds: number;
  result: Record<string, unknown> | null;
  context: { loadAvgAtStart: number; busyCores: number | null; otherCores: number | null };
  error: string | null;
}
interface Report {
  targets: (result: unknown) => Target[];
  details: (result: unknown) => string | null;
  analysis: (result: unknown, context: Run['context']) => string | null;
}
interface Item {
  bench: Bench;
  runs: Run[];
  targets: Array<Target & { verdict: string; rerunFigure: string | null }>;
}
interface Runner {
  BENCHES: Bench[];
  RESULT_PREFIX: string;
  parseResult: (out: string) => Record<string, unknown> | null;
  selectBenches: (only: string) => Bench[];
  runAll: (selected: Bench[], run: (bench: Bench) => Promise<Run>, options: { noRerun: boolean; log: (text: string) => void }) => Promise<Item[]>;
  renderResults: (input: { all: Item[]; info: Record<string, string>; date: Date; note?: string; previous?: string[] }) => string;
}

const load = createRequire(__filename);
const runner = load('../../../scripts/bench.js') as Runner;
const reportOf = (bench: Bench) => load(`../../../${bench.file.replace(/\.bench\.ts$/, '.report.js')}`) as Report;

const context = { loadAvgAtStart: 1.5, busyCores: 1.2, otherCores: 0.4 };
/** A saved bench output: its own log lines, then the BENCH_RESULT line. */
const output = (result: unknown) => `booting\nmeasuring\n${runner.RESULT_PREFIX}${JSON.stringify(result)}\n`;
const runOf = (bench: Bench, out: string): Run => {
  const result = runner.parseResult(out);
  return { bench, code: result ? 0 : 1, seconds: 42, result, context, error: result ? null : 'exit code 1' };
};
const benchOf = (key: string) => runner.BENCHES.find((bench) => bench.key === key) as Bench;
const info = {
  nproc: '2',
  cpuModel: 'Test CPU',
  memoryGiB: '4.0',
  kernel: 'Linux 6',
  node: 'v22',
  strapi: '5.54.0',
  sqlite: '3.45',
  postgres: '16.4',
  code: 'commit abc123 test',
};

describe('bench reports', () => {
  it('has a report module for every bench, and a fixture for every bench key', () => {
    for (const bench of runner.BENCHES) {
      const report = reportOf(bench);
      expect([typeof report.targets, typeof report.details, typeof report.analysis]).toEqual(['function', 'function', 'function']);
      expect(FIXTURES[bench.key]).toBeDefined();
    }
  });

  it.each(Object.keys(FIXTURES))('%s: a passing result passes every target, with details and no analysis', (key) => {
    const report = reportOf(benchOf(key));
    const result = runner.parseResult(output(FIXTURES[key].pass));
    const targets = report.targets(result);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((target) => target.pass)).toBe(true);
    for (const target of targets) expect(`${target.name} ${target.figure} ${target.target}`).not.toMatch(/undefined|NaN/);
    expect(report.analysis(result, context)).toBeNull();
    // The PostgreSQL run of the statuses bench has never had a details table in RESULTS.md.
    if (key === 'statuses-pg') expect(report.details(result)).toBeNull();
    else expect(report.details(result)).toMatch(/\S/);
  });

  it.each(Object.keys(FIXTURES))('%s: a missing result fails the missed targets and explains them', (key) => {
    const report = reportOf(benchOf(key));
    const result = runner.parseResult(output(FIXTURES[key].miss));
    expect(report.targets(result).some((target) => !target.pass)).toBe(true);
    const analysis = report.analysis(result, context);
    expect(analysis).toMatch(/\S/);
    expect(analysis).not.toMatch(/undefined|NaN/);
  });

  it('gives the verdicts of each target', () => {
    expect(
      reportOf(benchOf('gate'))
        .targets(FIXTURES.gate.miss)
        .map((target) => [target.name, target.pass])
    ).toEqual([
      ['Gate overhead, small entry: median publish marked / unmarked (SQLite)', false],
      ['Gate overhead, large entry: median publish marked / unmarked (SQLite)', true],
    ]);
    expect(
      reportOf(benchOf('statuses-pg'))
        .targets(FIXTURES['statuses-pg'].miss)
        .map((target) => target.pass)
    ).toEqual([false, false, true, true, false]);
    expect(reportOf(benchOf('concurrency')).targets(FIXTURES.concurrency.miss)[0].figure).toMatch(/^INVALID at 17, GAPS, 399 events/);
    expect(
      reportOf(benchOf('export-pg'))
        .targets(FIXTURES['export-pg'].pass)
        .map((target) => target.figure)
    ).toEqual(['60,000', '60']);
  });

  it('selects benches by BENCH_ONLY', () => {
    expect(runner.selectBenches('gate, statuses-pg').map((bench) => bench.key)).toEqual(['gate', 'statuses-pg']);
    expect(runner.selectBenches('').length).toBe(runner.BENCHES.length);
  });

  it('runs a bench that missed once more, unless BENCH_NO_RERUN, and names both runs in the verdict', async () => {
    const saved: Record<string, string[]> = {
      gate: [output(FIXTURES.gate.miss), output(FIXTURES.gate.pass)],
      scanners: [output(FIXTURES.scanners.pass)],
      concurrency: ['crashed before its result\n'],
    };
    const feed = (lines: Record<string, string[]>) => {
      const left = Object.fromEntries(Object.entries(lines).map(([key, outs]) => [key, [...outs]]));
      return async (bench: Bench) => runOf(bench, left[bench.key].shift() as string);
    };
    const selected = runner.selectBenches('gate,scanners,concurrency');
    const logged: string[] = [];
    const all = await runner.runAll(selected, feed({ ...saved, concurrency: [...saved.concurrency, 'crashed again\n'] }), {
      noRerun: false,
      log: (text) => logged.push(text),
    });
    expect(all.map((item) => item.runs.length)).toEqual([2, 1, 2]);
    expect(all[0].targets.map((target) => target.verdict)).toEqual(['MISS (re-run: PASS)', 'PASS']);
    expect(all[0].targets[0].rerunFigure).toBe('1.2 (2.4 ms / 2 ms)');
    expect(all[2].targets).toEqual([
      expect.objectContaining({ name: 'Chain under load: benchmark failed', figure: 'exit code 1', verdict: 'MISS (re-run: MISS)' }),
    ]);
    expect(logged.join('')).toContain('Gate overhead missed a target: running it once more');

    const once = await runner.runAll(selected, feed(saved), { noRerun: true, log: () => undefined });
    expect(once.map((item) => item.runs.length)).toEqual([1, 1, 1]);
    expect(once[0].targets[0].verdict).toBe('MISS');
  });

  it('writes RESULTS.md with the same sections and table shape', async () => {
    const selected = runner.selectBenches('gate,statuses-pg');
    const outs: Record<string, string[]> = {
      gate: [output(FIXTURES.gate.miss), output(FIXTURES.gate.miss)],
      'statuses-pg': [output(FIXTURES['statuses-pg'].pass)],
    };
    const all = await runner.runAll(selected, async (bench) => runOf(bench, outs[bench.key].shift() as string), { noRerun: false, log: () => undefined });
    const md = runner.renderResults({ all, info, date: new Date('2026-12-02T02:00:00.000Z'), note: 'a test run', previous: ['## Previous run', '', 'before'] });
    const headings = md.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Machine',
      '## Summary',
      '## Gate overhead (`bench/gate-overhead.bench.ts`)',
      '## Stored statuses: queue, list batch, re-evaluation (PostgreSQL) (`bench/statuses.bench.ts`)',
      '## Previous run',
    ]);
    expect(md.startsWith('# Benchmark results\n\nGenerated by `npm run bench` (scripts/bench.js) on 2026-12-02T02:00:00.000Z.')).toBe(true);
    expect(md).toContain('> a test run\n');
    expect(md).toContain(
      '| target | figure | goal | verdict |\n|---|---|---|---|\n| Gate overhead, small entry: median publish marked / unmarked (SQLite) | 1.6 (3.2 ms / 2 ms)<br>re-run: 1.6 (3.2 ms / 2 ms) | ≤ 1.25 | MISS (re-run: MISS) |\n'
    );
    expect(md).toContain('**Run 1** — 42 s; load average at start 1.5; the machine');
    expect(md).toContain('**What limits it (run 2).** small entry (a title and a quote): a gated publish took 3.2 ms');
    expect(md).toContain('| entry | marked median | unmarked median | marked p90 | unmarked p90 | gate adds | ratio |');
    expect(md.endsWith('before\n')).toBe(true);
  });
});
