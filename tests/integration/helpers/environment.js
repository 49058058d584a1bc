'use strict';

/**
 * The integration suite's jest environment (CONTRIBUTING.md, "Test"): jest's node environment,
 * plus Node's own `require` for loading Strapi.
 *
 * Inside jest every test file gets a fresh module registry, so each file evaluated Strapi and its
 * thousands of modules again through jest's slower loader: most of an integration file's time was
 * that boot, not its tests. Strapi is loaded with Node's `require` instead (helpers/strapi.ts), so
 * its modules are evaluated once per jest process. What a test file may change stays per file:
 * the example app (config, bootstrap) and the plugin's own source are evaluated afresh for each
 * file, as jest did, because their modules are dropped from Node's cache when a file starts.
 */
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

const root = path.resolve(__dirname, '../../..');
const perFile = [path.join(root, 'server', 'src') + path.sep, path.join(root, 'tests', 'app') + path.sep];

// helpers/strapi.ts copies a file's environment variables into Node's process.env before a boot;
// every file starts again from the variables the run began with, as under jest alone.
const pristine = { ...process.env };

class IntegrationEnvironment extends TestEnvironment {
  constructor(config, context) {
    for (const key of Object.keys(process.env)) if (!(key in pristine)) delete process.env[key];
    Object.assign(process.env, pristine);
    super(config, context);
    for (const file of Object.keys(require.cache)) {
      if (perFile.some((folder) => file.startsWith(folder))) delete require.cache[file];
    }
    this.global.__complianceNativeRequire = require;
    // One Date for the tests and Strapi: the database layer recognises a date by `instanceof Date`,
    // which a date made in the test file's own context would fail.
    this.global.Date = Date;
  }
}

module.exports = IntegrationEnvironment;
