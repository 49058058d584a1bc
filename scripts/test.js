'use strict';

/**
 * `npm test`: the whole suite (CONTRIBUTING.md, "Test"), then one closing line
 * "tests: N passed, N failed" summed over every jest stage.
 *
 * Independent stages run side by side, at most COMPLIANCE_TEST_JOBS at once (default: one more
 * than the number of CPUs, since the database-bound stages spend part of their time waiting); a stage that needs another (verify, packaging and the browser test need
 * the build) waits for it. Each stage's output is kept and printed in one block when it ends.
 * After a failure no further stage starts; those running finish (so they clean up their
 * databases and processes), and the run fails.
 * Each stage runs in its own process group and always ends (scripts/lib/stage.js): processes it
 * leaves holding its output are killed 15 s after it exits, a jest that wrote its report but does
 * not exit is stopped a minute later (its status is the report's), and a stage still running after
 * COMPLIANCE_STAGE_MINUTES (default 40) is stopped and fails; each case prints a note ("!!!")
 * naming the processes that were left.
 * COMPLIANCE_TEST_DATABASES (default "sqlite,postgres,mysql") picks the databases the integration
 * suite runs on; COMPLIANCE_SKIP_E2E=true leaves out the browser test.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { stripVTControlCharacters } = require('node:util');
const { runStage: runStageProcess, stopAll } = require('./lib/stage');

const root = path.resolve(__dirname, '..');
const reports = path.join(root, '.tmp', 'test-reports');
const databases = (process.env.COMPLIANCE_TEST_DATABASES ?? 'sqlite,postgres,mysql').split(',').map((item) => item.trim()).filter(Boolean);
const jobs = Math.max(1, Number(process.env.COMPLIANCE_TEST_JOBS) || (os.availableParallelism ?? (() => os.cpus().length))() + 1);
const jestBin = path.join(root, 'node_modules/.bin/jest');
// A stage still running after this many minutes is stopped and fails (the longest takes ~10 here).
const stageMinutes = Number(process.env.COMPLIANCE_STAGE_MINUTES) || 40;

const npm = (name, script, extra = {}) => ({ name, command: 'npm', args: ['run', '--silent', script], ...extra });
const jest = (name, projects, env = {}, { args = [], inBand = true, ...extra } = {}) => ({
  name,
  command: jestBin,
  args: [...args, '--selectProjects', ...projects, ...(inBand ? ['--runInBand'] : [])],
  env,
  isJest: true,
  ...extra,
});
const integration = (db) => jest(`integration tests on ${db}`, ['integration'], { DATABASE_CLIENT: db });
const slowestFirst = ['mysql', 'postgres', 'sqlite'];
const DETECTOR_TESTS = 'tests/unit/(detection|scanners)/';

// The scheduler starts stages in this order as slots free up: the quick checks that most often
// fail, the build the browser test needs, then the longest stages first.
const stages = [
  npm('typecheck', 'typecheck'),
  npm('lint', 'lint'),
  npm('plugin build', 'build'),
  ...databases.filter((db) => slowestFirst.includes(db)).sort((x, y) => slowestFirst.indexOf(x) - slowestFirst.indexOf(y)).map(integration),
  ...databases.filter((db) => !slowestFirst.includes(db)).map(integration),
  // The detectors' unit tests alone take longer than the rest of the unit and admin tests (~450 s
  // of ~690 s in band on this machine): two stages, so they run side by side once slots free up.
  // Each test file compiles the detectors' regexps anew, and V8's machine code for them stays until
  // the process's code space is full (docs/architecture.md, "Regexps and V8's code budget"): in one
  // process the files' copies add up and can exhaust it. Two workers, each replaced once it holds
  // more than 512 MB after a file, keep every file's copy from outliving it.
  jest('unit tests of the detectors and scanners', ['unit'], {}, { args: ['--testPathPattern', DETECTOR_TESTS, '--maxWorkers=2', '--workerIdleMemoryLimit=512MB'], inBand: false }),
  jest('unit and admin component tests', ['unit', 'admin'], {}, { args: ['--testPathIgnorePatterns', '/node_modules/', DETECTOR_TESTS] }),
  ...(process.env.COMPLIANCE_SKIP_E2E === 'true' ? [] : [jest('browser end-to-end test', ['e2e'], {}, { after: ['plugin build'] })]),
  // MySQL/MariaDB too: its repeatable-read snapshots are where a publish and a revocation can race.
  jest('two Strapi instances on one PostgreSQL database', ['multi-instance'], { DATABASE_CLIENT: 'postgres' }),
  // statuses-job.test.ts runs on PostgreSQL whatever DATABASE_CLIENT says: once is enough.
  jest('two Strapi instances on one MariaDB database', ['multi-instance'], { DATABASE_CLIENT: 'mysql' }, { args: ['--testPathIgnorePatterns', '/node_modules/', 'statuses-job\\.test\\.ts$'] }),
  npm('strapi-plugin verify', 'verify', { after: ['plugin build'] }),
  jest('packaging (npm pack installed into a fresh app)', ['package'], {}, { after: ['plugin build'] }),
];

fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0 };
const seconds = (ms) => `${(ms / 1000).toFixed(0)}s`;
const began = Date.now();
const failures = [];

/**
 * The failed tests of one jest report, each with the start of its message: printed again at the
 * very end, so that a log cut to its last lines still says what failed.
 */
const failuresOf = (stage, summary) =>
  summary.testResults.flatMap((file) => {
    const where = path.relative(root, file.name);
    const failed = file.assertionResults.filter((result) => result.status === 'failed');
    const first = (text) => stripVTControlCharacters(String(text ?? '')).split('\n').filter((line) => line.trim()).slice(0, 6).join('\n    ');
    if (failed.length === 0 && file.status === 'failed') return [`${stage.name}: ${where}\n    ${first(file.message)}`];
    return failed.map((result) => `${stage.name}: ${where} › ${result.fullName}\n    ${first(result.failureMessages[0])}`);
  });

/** Runs one stage with its output kept (scripts/lib/stage.js); resolves with its exit status. */
const runStage = async (stage, index) => {
  const report = path.join(reports, `${index}.json`);
  const args = stage.isJest ? [...stage.args, '--json', `--outputFile=${report}`] : stage.args;
  const started = Date.now();
  process.stdout.write(`--- started: ${stage.name} (at ${seconds(started - began)})\n`);
  const { status, output, notes } = await runStageProcess({
    command: stage.command,
    args,
    cwd: root,
    env: { ...process.env, ...(stage.env ?? {}) },
    report: stage.isJest ? report : undefined,
    timeoutMs: stageMinutes * 60000,
  });
  const took = Date.now() - started;
  const noted = notes.map((note) => `\n!!! ${stage.name}: ${note}\n`).join('');
  process.stdout.write(`\n=== ${stage.name} ===\n${output}${noted}`);
  let failedTests = 0;
  if (stage.isJest && fs.existsSync(report)) {
    try {
      const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
      totals.passed += summary.numPassedTests;
      failedTests = summary.numFailedTests + summary.numRuntimeErrorTestSuites;
      totals.failed += failedTests;
      failures.push(...failuresOf(stage, summary));
    } catch (error) {
      process.stdout.write(`its report ${path.relative(root, report)} could not be read: ${error.message}\n`);
    }
  }
  // A failed stage that reported no failed test (a compiler, the linter, a crash) counts as one.
  if (status !== 0 && failedTests === 0) totals.failed += 1;
  stage.line = `${status === 0 ? 'ok  ' : 'FAIL'} ${stage.name} (${seconds(took)}${notes.length ? `; ${notes.length} note${notes.length > 1 ? 's' : ''} above` : ''})`;
  process.stdout.write(`${stage.line}\n`);
  return status;
};

const main = async () => {
  const state = new Map(stages.map((stage) => [stage.name, 'waiting']));
  const running = new Set();
  let failure = 0;
  let failedStage = null;
  await new Promise((done) => {
    const schedule = () => {
      if (!failure) {
        for (const [index, stage] of stages.entries()) {
          if (running.size >= jobs) break;
          if (state.get(stage.name) !== 'waiting') continue;
          if (!(stage.after ?? []).every((name) => !state.has(name) || state.get(name) === 'passed')) continue;
          state.set(stage.name, 'running');
          const job = runStage(stage, index).then((status) => {
            running.delete(job);
            state.set(stage.name, status === 0 ? 'passed' : 'failed');
            if (status !== 0 && !failure) {
              failure = status;
              failedStage = stage;
            }
            schedule();
          });
          running.add(job);
        }
      }
      if (running.size === 0) done();
    };
    schedule();
  });

  const lines = stages.map((stage) => stage.line ?? `skip ${stage.name} (not started)`);
  process.stdout.write(`\n${lines.join('\n')}\n\nwall clock ${seconds(Date.now() - began)}, up to ${jobs} stages at once\n`);
  if (failures.length > 0) process.stdout.write(`\nfailed tests:\n${failures.slice(0, 10).join('\n')}\n`);
  process.stdout.write(failure ? `"${failedStage.line.slice(5)}" failed.\n` : 'All stages passed.\n');
  process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed\n`);
  process.exit(failure);
};

// Interrupted: every stage's process group goes too (they run detached), and the status says which signal.
for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, () => {
    stopAll();
    process.exit(status);
  });
}

main();
