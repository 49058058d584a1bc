import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../integration/helpers/ports';

export const ROOT = path.resolve(__dirname, '../../..');
export const APP_DIR = path.join(ROOT, 'tests/app');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts/e2e');
const STRAPI_BIN = path.join(ROOT, 'node_modules/.bin/strapi');

const secret = () => randomBytes(24).toString('base64');

/** Newest modification time of any file below `dir` (0 when the folder does not exist). */
const newestMtime = (dir: string): number => {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
};

/** Runs a command to completion; rejects with the end of its output when it fails. */
const run = (command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; log: string }) =>
  new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(options.log);
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer) => {
      out.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      out.end();
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal} (log: ${options.log}):\n${tail}`));
    });
  });

/**
 * The example app's admin bundles the plugin through the package's `strapi-admin` export (dist/),
 * so dist must not be older than the sources.
 */
export const ensurePluginBuilt = async () => {
  const entry = path.join(ROOT, 'dist/admin/index.js');
  const builtAt = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0;
  const sourcesAt = Math.max(...['admin/src', 'server/src', 'shared'].map((dir) => newestMtime(path.join(ROOT, dir))));
  if (builtAt && builtAt >= sourcesAt) return false;
  await run('npm', ['run', 'build'], { cwd: ROOT, log: path.join(ARTIFACTS, 'plugin-build.log') });
  return true;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Builds the admin of the example app for production and starts it on a fresh SQLite file and a
 * free port, with the demo users and content seeded.
 */
export const startProductionApp = async (): Promise<RunningApp> => {
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    APP_KEYS: `${secret()},${secret()}`,
    ADMIN_JWT_SECRET: secret(),
    API_TOKEN_SALT: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    JWT_SECRET: secret(),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(tmpDir, 'e2e.db'),
    COMPLIANCE_PLUGIN_SOURCE: 'false',
    COMPLIANCE_DEMO_SEED: 'true',
    COMPLIANCE_EXPIRY_ENABLED: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
  };

  await run(STRAPI_BIN, ['build'], { cwd: APP_DIR, env, log: path.join(ARTIFACTS, 'admin-build.log') });

  // Not `strapi start`: see tests/app/start.js for why.
  const log = fs.createWriteStream(path.join(ARTIFACTS, 'strapi.log'));
  const child: ChildProcess = spawn(process.execPath, [path.join(APP_DIR, 'start.js')], { cwd: APP_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  let exited: string | null = null;
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exitedPromise = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = String(code ?? signal);
      log.end();
      resolve();
    }),
  );

  const stop = async () => {
    if (exited === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => (exited === null ? child.kill('SIGKILL') : undefined), 30000);
      await exitedPromise;
      clearTimeout(timer);
    }
    fs.rmSync(tmpDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  // Infrastructure wait, not an assertion: a loaded 2-core machine may need minutes.
  const deadline = Date.now() + 10 * 60 * 1000;
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`Strapi exited with ${exited} before answering:\n${tail}`);
    }
    try {
      const response = await fetch(`${baseUrl}/_health`);
      if (response.status === 204 || response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Strapi did not answer on ${baseUrl}/_health:\n${tail}`);
    }
    await sleep(1000);
  }
  return { baseUrl, stop };
};
