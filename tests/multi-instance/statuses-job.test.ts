import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import request from 'supertest';
import { Client } from 'pg';
import { createDatabase, dropDatabase } from '../integration/helpers/database';

/**
 * The re-evaluation of stored statuses with two Strapi processes on one PostgreSQL database
 * (README, "Stored statuses, review queue and list view"): one instance runs it under a lease;
 * when that instance dies mid-job without handing the lease back, the other takes the job over
 * once the lease expires and finishes it from the last processed key, each entry once.
 */
const DB = `compliance_statuses_${Date.now()}_${randomBytes(3).toString('hex')}`;
const UID = 'api::testimonial.testimonial';
const PASSWORD = 'Compliance-demo-2026';
const SEEDED = 150;
const secret = () => randomBytes(16).toString('base64');
const env = {
  ...process.env,
  NODE_ENV: 'development',
  DATABASE_CLIENT: 'postgres',
  DATABASE_NAME: DB,
  COMPLIANCE_PLUGIN_SOURCE: 'true',
  COMPLIANCE_EXPIRY_ENABLED: 'false',
  COMPLIANCE_REEVALUATION_BATCH: '5',
  // A short lease and poll (README, "Configuration"), so B takes over a few seconds after A dies.
  COMPLIANCE_REEVALUATION_LEASE_SECONDS: '5',
  COMPLIANCE_REEVALUATION_POLL_SECONDS: '1',
  STRAPI_LOG_LEVEL: 'error',
  STRAPI_TELEMETRY_DISABLED: 'true',
  APP_KEYS: `${secret()},${secret()}`,
  ADMIN_JWT_SECRET: secret(),
  API_TOKEN_SALT: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  ENCRYPTION_KEY: secret(),
  JWT_SECRET: secret(),
};

const children: ChildProcess[] = [];
const start = (port: number, seed: boolean) =>
  new Promise<{ base: string; child: ChildProcess }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve(__dirname, '../app/start.js')], {
      env: { ...env, PORT: String(port), HOST: '127.0.0.1', COMPLIANCE_DEMO_SEED: seed ? 'true' : 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) resolve({ base: `http://127.0.0.1:${port}`, child });
    });
    child.on('exit', (code, signal) => reject(new Error(`instance on ${port} exited with ${code ?? signal}: ${err}`)));
  });

const sql = async <T>(query: string, values: unknown[] = []): Promise<T[]> => {
  const pg = new Client({ host: '127.0.0.1', user: 'postgres', database: DB });
  await pg.connect();
  try {
    return (await pg.query(query, values)).rows as T[];
  } finally {
    await pg.end();
  }
};

const jobRow = async () =>
  (await sql<{ processed: number; total: number; started_at: string; done_version: string | null; version: string }>("SELECT processed, total, started_at, done_version, version FROM compliance_status_jobs WHERE name = 'reevaluate'"))[0];

let a: { base: string; child: ChildProcess };
let b: { base: string; child: ChildProcess };
const login = async (base: string, who: string) =>
  (await request(base).post('/admin/login').send({ email: `${who}@riverside-clinic.example`, password: PASSWORD })).body.data.token as string;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  await createDatabase('postgres', DB);
  a = await start(40000 + Math.floor(Math.random() * 5000), true);
  b = await start(45000 + Math.floor(Math.random() * 5000), false);
});

afterAll(async () => {
  await Promise.all(children.filter((child) => child.exitCode === null && child.signalCode === null).map((child) => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); })));
  await dropDatabase('postgres', DB);
});

it('on postgres: another instance finishes the re-evaluation of an instance that died, each entry once', async () => {
  const admin = await login(a.base, 'admin');
  // Drafts written straight into the table have no stored status until the job reaches them.
  await sql(
    `INSERT INTO testimonials (document_id, title, quote, channel, created_at, updated_at)
     SELECT md5(random()::text || g::text), 'Seeded ' || g, 'Calm and clear care.', 'website', now(), now() FROM generate_series(1, $1) AS g`,
    [SEEDED]
  );
  const before = await jobRow();
  expect((await request(a.base).put('/compliance/settings').set(bearer(admin)).send({ contentTypes: { [UID]: { rules: { 'marketing.tone': 'blocker' } } } })).status).toBe(200);

  // Kill A as soon as it recorded its first batch: it cannot hand its lease back.
  let observed = await jobRow();
  while (observed.started_at === before.started_at || observed.processed === 0) observed = await jobRow();
  a.child.kill('SIGKILL');
  await new Promise((resolve) => a.child.once('exit', resolve));
  const killedAt = Date.now();
  const atKill = await jobRow();
  expect(atKill.processed).toBeLessThan(atKill.total);

  // B takes the job over once A's lease expires, and finishes the same run.
  const editor = await login(b.base, 'editor');
  for (;;) {
    const progress = await request(b.base).get('/compliance/statuses/job').set(bearer(editor));
    expect(progress.status).toBe(200);
    if (progress.body.data.state === 'idle') break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const done = await jobRow();
  expect(done).toMatchObject({ processed: atKill.total, total: atKill.total, started_at: atKill.started_at, done_version: atKill.version });

  // Every draft has exactly one status; those A did before it died were not done again.
  const [{ drafts }] = await sql<{ drafts: string }>('SELECT count(*) AS drafts FROM testimonials WHERE published_at IS NULL');
  const rows = await sql<{ entry_document_id: string; evaluated_at: Date }>("SELECT entry_document_id, evaluated_at FROM compliance_entry_statuses WHERE entry_uid = $1", [UID]);
  expect(rows).toHaveLength(Number(drafts));
  expect(new Set(rows.map((row) => row.entry_document_id)).size).toBe(rows.length);
  const doneByA = (await sql<{ n: string }>('SELECT count(*) AS n FROM compliance_entry_statuses WHERE evaluated_at < $1', [new Date(killedAt)]))[0];
  expect(Number(doneByA.n)).toBeGreaterThanOrEqual(atKill.processed);
  expect(Number(doneByA.n)).toBeLessThan(atKill.total);

  // B serves the batch route from what both instances stored.
  const some = rows.slice(0, 3).map((row) => row.entry_document_id);
  const batch = await request(b.base).get('/compliance/statuses').query({ uid: UID, documentIds: some }).set(bearer(editor));
  expect(batch.status).toBe(200);
  expect(batch.body.data.map((status: { documentId: string }) => status.documentId).sort()).toEqual([...some].sort());
  expect(batch.body.data.every((status: { failing: string[] }) => Array.isArray(status.failing))).toBe(true);
});
