#!/usr/bin/env node
'use strict';

/**
 * Verifies an NDJSON export of the compliance audit trail offline (`compliance-verify --help`).
 * The code is server/src/cli/compliance-verify.ts with the server's own hashing and signature
 * checks (server/src/domain), built into dist/verify by `npm run build`. In a checkout with
 * COMPLIANCE_PLUGIN_SOURCE=true (the test suites) it runs that TypeScript source directly.
 */
const path = require('node:path');

const fromSource = process.env.COMPLIANCE_PLUGIN_SOURCE === 'true';
if (fromSource) require(path.join(__dirname, '../scripts/register-ts.js'));
const { main } = require(path.join(__dirname, fromSource ? '../server/src/cli/compliance-verify.ts' : '../dist/verify/index.js'));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`compliance-verify: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
);
