'use strict';

/**
 * `npm test`: the whole suite, stage by stage, stopping at the first failure, then one closing
 * line "tests: N passed, N failed" summed over every jest stage.
 * COMPLIANCE_TEST_DATABASES (default "sqlite,postgres,mysql") picks the databases the integration
 * suite runs on; COMPLIANCE_SKIP_E2E=true leaves out the browser test.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const reports = path.join(root, '.tmp', 'test-reports');
const databases = (process.env.COMPLIANCE_TEST_DATABASES ?? 'sqlite,postgres,mysql').split(',').map((item) => item.trim()).filter(Boolean);
const jestBin = path.join(root, 'node_modules/.bin/jest');

const jest = (name, projects, env = {}) => [name, jestBin, ['--selectProjects', ...projects, '--runInBand'], env, true];
const stages = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  jest('unit and admin component tests', ['unit', 'admin']),
  ...databases.map((db) => jest(`integration tests on ${db}`, ['integration'], { DATABASE_CLIENT: db })),
  // MySQL/MariaDB too: its repeatable-read snapshots are where a publish and a revocation can race.
  jest('two Strapi instances on one PostgreSQL database', ['multi-instance'], { DATABASE_CLIENT: 'postgres' }),
  jest('two Strapi instances on one MariaDB database', ['multi-instance'], { DATABASE_CLIENT: 'mysql' }),
  ['plugin build', 'npm', ['run', '--silent', 'build']],
  ['strapi-plugin verify', 'npm', ['run', '--silent', 'verify']],
  jest('packaging (npm pack installed into a fresh app)', ['package']),
  ...(process.env.COMPLIANCE_SKIP_E2E === 'true' ? [] : [jest('browser end-to-end test', ['e2e'])]),
];

fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0 };
const results = [];
let failure = 0;

for (const [index, [name, command, baseArgs, env = {}, isJest = false]] of stages.entries()) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const report = path.join(reports, `${index}.json`);
  const args = isJest ? [...baseArgs, '--json', `--outputFile=${report}`] : baseArgs;
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (isJest && fs.existsSync(report)) {
    const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
    totals.passed += summary.numPassedTests;
    totals.failed += summary.numFailedTests + summary.numRuntimeErrorTestSuites;
  }
  results.push(`${run.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${((Date.now() - started) / 1000).toFixed(0)}s)`);
  if (run.status !== 0) {
    failure = run.status ?? 1;
    if (!isJest) totals.failed += 1;
    break;
  }
}

process.stdout.write(`\n${results.join('\n')}\n\n`);
process.stdout.write(failure ? `"${results[results.length - 1].slice(5)}" failed.\n` : 'All stages passed.\n');
process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed\n`);
process.exit(failure);
