'use strict';

/** `npm run develop`: the example app on SQLite with demo content and users (printed on start). */
const path = require('node:path');
const { spawn } = require('node:child_process');
const { APP_DIR, ensureAppEnv } = require('./app-env');

const env = { ...process.env, ...ensureAppEnv(), COMPLIANCE_DEMO_SEED: 'true' };
const strapiBin = path.resolve(__dirname, '../node_modules/.bin/strapi');
const child = spawn(strapiBin, ['develop', '--no-watch-admin', ...process.argv.slice(2)], { cwd: APP_DIR, env, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
