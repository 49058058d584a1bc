'use strict';

/**
 * The example app needs secrets (APP_KEYS, JWT secrets, salts). They are generated once into
 * tests/app/.env (git-ignored), never committed.
 */
const fs = require('node:fs');
const path = require('node:path');
const { randomBytes } = require('node:crypto');

const APP_DIR = path.resolve(__dirname, '../tests/app');
const ENV_FILE = path.join(APP_DIR, '.env');

const secret = () => randomBytes(24).toString('base64');

function ensureAppEnv() {
  if (!fs.existsSync(ENV_FILE)) {
    const lines = [
      `APP_KEYS=${secret()},${secret()}`,
      `ADMIN_JWT_SECRET=${secret()}`,
      `API_TOKEN_SALT=${secret()}`,
      `TRANSFER_TOKEN_SALT=${secret()}`,
      `ENCRYPTION_KEY=${secret()}`,
      `JWT_SECRET=${secret()}`,
    ];
    fs.writeFileSync(ENV_FILE, `${lines.join('\n')}\n`);
  }
  const env = {};
  for (const line of fs.readFileSync(ENV_FILE, 'utf8').split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match) env[match[1]] = match[2];
  }
  return env;
}

module.exports = { APP_DIR, ensureAppEnv };
