'use strict';

/**
 * Lets plain `node` load the plugin's TypeScript source (benchmarks, extra Strapi processes in
 * tests) without a build: `node -r ./scripts/register-ts.js …`. Uses the @swc/core the tests use.
 */
const fs = require('node:fs');
const swc = require('@swc/core');

const options = {
  jsc: { parser: { syntax: 'typescript', tsx: false }, target: 'es2022' },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

require.extensions['.ts'] = function compileTs(module, filename) {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
