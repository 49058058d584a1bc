'use strict';

/**
 * Lets plain `node` load the plugin's TypeScript source (benchmarks, extra Strapi processes in
 * tests, the integration suite's Strapi) without a build: `node -r ./scripts/register-ts.js …`.
 * Uses the @swc/core the tests use.
 */
const fs = require('node:fs');
const swc = require('@swc/core');

const options = {
  jsc: { parser: { syntax: 'typescript', tsx: false }, target: 'es2022' },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

// Compiled code by file, kept while the file is unchanged: the integration suite evaluates the
// plugin's source once per test file in one process (tests/integration/helpers/environment.js).
const compiled = new Map();

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  let entry = compiled.get(filename);
  if (entry?.source !== source) {
    entry = { source, code: swc.transformSync(source, { ...options, filename }).code };
    compiled.set(filename, entry);
  }
  module._compile(entry.code, filename);
};
