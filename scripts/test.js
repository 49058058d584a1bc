'use strict';

/**
 * `npm test`: the whole suite, stage by stage, stopping at the first failure.
 * COMPLIANCE_TEST_DATABASES (default "sqlite,postgres,mysql") picks the databases the integration
 * suite runs on; COMPLIANCE_SKIP_E2E=true leaves out the browser test.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const databases = (process.env.COMPLIANCE_TEST_DATABASES ?? 'sqlite,postgres,mysql').split(',').map((item) => item.trim()).filter(Boolean);
const jest = path.join(root, 'node_modules/.bin/jest');

const stages = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['unit and admin component tests', jest, ['--selectProjects', 'unit', 'admin']],
  ...databases.map((db) => [`integration tests on ${db}`, jest, ['--selectProjects', 'integration', '--runInBand'], { DATABASE_CLIENT: db }]),
  ['two Strapi instances on one PostgreSQL database', jest, ['--selectProjects', 'multi-instance', '--runInBand']],
  ['plugin build and verify', 'npm', ['run', '--silent', 'build']],
  ['packaging (npm pack installed into a fresh app)', jest, ['--selectProjects', 'package', '--runInBand']],
  ...(process.env.COMPLIANCE_SKIP_E2E === 'true' ? [] : [['browser end-to-end test', jest, ['--selectProjects', 'e2e', '--runInBand']]]),
];

const results = [];
for (const [name, command, args, env = {}] of stages) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  results.push(`${run.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds}s)`);
  if (run.status !== 0) {
    process.stdout.write(`\n${results.join('\n')}\n\n"${name}" failed.\n`);
    process.exit(run.status ?? 1);
  }
}
process.stdout.write(`\n${results.join('\n')}\n\nAll stages passed.\n`);
