import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Core, createStrapi as CreateStrapi } from '@strapi/strapi';
import request from 'supertest';
import { createDatabase, dropDatabase } from './database';

export const APP_DIR = path.resolve(__dirname, '../../app');
const ROOT = path.resolve(__dirname, '../../..');

/**
 * Node's own require, set by the integration environment (helpers/environment.js): Strapi and the
 * plugin the app runs are loaded with it, once per jest process instead of once per test file.
 * Outside that environment, jest's require.
 */
const nativeRequire = (globalThis as { __complianceNativeRequire?: NodeRequire }).__complianceNativeRequire ?? require;

/** Node's process.env: the one Strapi reads (jest gives each test file a copy of its own). */
const strapiEnv = (nativeRequire('node:process') as NodeJS.Process).env;

/**
 * A module of the plugin's source as the running app loaded it, for a test that needs the app's
 * own instance (an async-local scope, say) rather than a second copy in jest's registry.
 */
export const pluginSource = <T>(relative: string): T => nativeRequire(path.join(ROOT, 'server', 'src', relative)) as T;

/** Strapi reads the environment this test file set up (database, secrets, flags) at boot. */
const shareEnvironment = () => {
  if (strapiEnv === process.env) return;
  for (const key of Object.keys(strapiEnv)) if (!(key in process.env)) delete strapiEnv[key];
  Object.assign(strapiEnv, process.env);
};

const loadStrapi = (): typeof CreateStrapi => {
  // The plugin's TypeScript source, compiled by the same swc the tests use.
  if (nativeRequire !== require && !nativeRequire.extensions['.ts']) nativeRequire(path.join(ROOT, 'scripts', 'register-ts.js'));
  return (nativeRequire('@strapi/strapi') as { createStrapi: typeof CreateStrapi }).createStrapi;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const demo = require('../../app/src/demo/users') as {
  ensureUser(strapi: Core.Strapi, user: { email: string; firstname: string; lastname: string; password: string; roles: string[] }): Promise<{ id: number }>;
};

export const PASSWORD = 'Test-password-2026';

export interface TestApp {
  strapi: Core.Strapi;
  http: () => request.Agent;
  /** Stops Strapi and removes the test database. */
  close(): Promise<void>;
  /** Removes the test database only (after Strapi was stopped another way). */
  removeDatabase(): Promise<void>;
}

/**
 * Boots the real example app on a fresh database: a temporary SQLite file by default, or a new
 * PostgreSQL/MySQL database when DATABASE_CLIENT says so.
 */
export const startApp = async (): Promise<TestApp> => {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  const name = `compliance_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  // Its own public folder too (uploads land in public/uploads): `npm test` runs the suites of
  // several databases at once, and a test counting the files there must see only its own.
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-test-'));
  fs.mkdirSync(path.join(tmpDir, 'public', 'uploads'), { recursive: true });
  process.env.COMPLIANCE_PUBLIC_DIR = path.join(tmpDir, 'public');
  if (client === 'sqlite') {
    process.env.DATABASE_FILENAME = path.join(tmpDir, 'data.db');
  } else {
    await createDatabase(client, name);
    process.env.DATABASE_NAME = name;
  }
  const app = await bootOnCurrentDatabase();
  const removeDatabase = async () => {
    fs.rmSync(tmpDir, { recursive: true, force: true });
    if (client !== 'sqlite') await dropDatabase(client, name);
  };
  return {
    ...app,
    removeDatabase,
    async close() {
      await app.close();
      await removeDatabase();
    },
  };
};

/** Boots the example app on the database the environment names now (used to simulate a restart). */
export const bootOnCurrentDatabase = async (): Promise<Omit<TestApp, 'removeDatabase'>> => {
  shareEnvironment();
  const strapi = await loadStrapi()({ appDir: APP_DIR, distDir: APP_DIR }).load();
  await strapi.server.mount();
  return {
    strapi,
    http: () => request.agent(strapi.server.httpServer),
    async close() {
      await settlePool(strapi);
      await strapi.destroy();
    },
  };
};

/**
 * Strapi emits an entry's events after its transaction commits without awaiting them, and reads
 * the entry for the payload first. Closing the pool under such a read leaves it waiting for a
 * connection until knex gives up, 60 s later, in whichever test file runs then: so close waits
 * until the pool has been idle for a moment (at most 15 s).
 */
const settlePool = async (strapi: Core.Strapi) => {
  const pool = (strapi.db.connection.client as { pool?: { numUsed(): number; numPendingAcquires(): number; numPendingCreates(): number } }).pool;
  if (!pool) return;
  const deadline = Date.now() + 15_000;
  for (let quiet = 0; quiet < 3 && Date.now() < deadline; ) {
    quiet = pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

export interface TestUser {
  id: number;
  email: string;
  token: string;
}

let counter = 0;

/** Creates an admin user with roles ('super-admin', 'strapi-editor', or a demo role name) and logs in. */
export const createUser = async (app: TestApp, roles: string[], name = 'user'): Promise<TestUser> => {
  counter += 1;
  const email = `${name}-${counter}-${Date.now()}@test.example`;
  const user = await demo.ensureUser(app.strapi, { email, firstname: name, lastname: `Tester${counter}`, password: PASSWORD, roles });
  const response = await app.http().post('/admin/login').send({ email, password: PASSWORD });
  if (response.status !== 200) throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: user.id, email, token: response.body.data.token as string };
};

export const auth = (user: TestUser) => ({ Authorization: `Bearer ${user.token}` });

/** An admin whose only role is a new one holding exactly these permissions, logged in. */
export const createUserWithPermissions = async (
  app: TestApp,
  roleName: string,
  permissions: Array<{ action: string; subject?: string | null; properties?: Record<string, unknown>; conditions?: string[] }>
): Promise<TestUser> => {
  const roles = app.strapi.service('admin::role') as {
    create(data: Record<string, unknown>): Promise<{ id: number }>;
    addPermissions(id: number, permissions: Array<Record<string, unknown>>): Promise<unknown>;
  };
  const role = await roles.create({ name: roleName, description: `${roleName} (test role)` });
  if (permissions.length) {
    await roles.addPermissions(role.id, permissions.map(({ action, subject = null, properties = {}, conditions = [] }) => ({ action, subject, properties, conditions })));
  }
  counter += 1;
  const email = `role-${counter}-${Date.now()}@test.example`;
  const users = app.strapi.service('admin::user') as { create(data: Record<string, unknown>): Promise<{ id: number }> };
  const user = await users.create({ email, firstname: roleName, lastname: `Tester${counter}`, password: PASSWORD, roles: [role.id], isActive: true, registrationToken: null });
  const response = await app.http().post('/admin/login').send({ email, password: PASSWORD });
  if (response.status !== 200) throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: user.id, email, token: response.body.data.token as string };
};
