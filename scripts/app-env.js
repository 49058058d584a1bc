'use strict';

/**
 * The example app needs secrets (APP_KEYS, JWT secrets, salts, the audit signing key). They are
 * generated once into tests/app/.env (git-ignored), never committed.
 */
const fs = require('node:fs');
const path = require('node:path');
const { generateKeyPairSync, randomBytes } = require('node:crypto');

const APP_DIR = path.resolve(__dirname, '../tests/app');
const ENV_FILE = path.join(APP_DIR, '.env');

const secret = () => randomBytes(24).toString('base64');
/** An Ed25519 private key (PKCS#8 PEM) on one line, its line breaks written as \n. */
const signingKey = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim().replace(/\n/g, '\\n');

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
  // Files made before events were signed get a key too.
  if (!/^COMPLIANCE_AUDIT_SIGNING_KEY=/m.test(fs.readFileSync(ENV_FILE, 'utf8'))) {
    fs.appendFileSync(ENV_FILE, `COMPLIANCE_AUDIT_SIGNING_KEY=${signingKey()}\n`);
  }
  const env = {};
  for (const line of fs.readFileSync(ENV_FILE, 'utf8').split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match) env[match[1]] = match[2];
  }
  return env;
}

module.exports = { APP_DIR, ensureAppEnv };
