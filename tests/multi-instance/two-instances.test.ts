import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import request from 'supertest';
import { Client } from 'pg';
import { createConnection } from 'mysql2/promise';
import { createDatabase, dropDatabase } from '../integration/helpers/database';
import { chainProblem, parseNdjson } from '../integration/helpers/chain';
import { generateSigningKey } from '../../server/src/domain/audit-signing';
import { freePort } from '../integration/helpers/ports';

/**
 * Two Strapi processes of the example app on one PostgreSQL or MariaDB/MySQL database
 * (DATABASE_CLIENT=postgres|mysql), as behind a load balancer. They publish approved entries
 * while a consent covering half of them is revoked: the audit chain must stay gapless and valid,
 * no entry covered only by the revoked consent may stay published, and the others must publish.
 */
const CLIENT = process.env.DATABASE_CLIENT === 'mysql' ? 'mysql' : 'postgres';
const DB = `compliance_multi_${Date.now()}_${randomBytes(3).toString('hex')}`;
const UID = 'api::testimonial.testimonial';
const PASSWORD = 'Compliance-demo-2026';
const ENTRIES = 24;
const secret = () => randomBytes(16).toString('base64');
// Both instances sign with the same audit key, as a deployment behind a load balancer would.
const signingKey = generateSigningKey();
const env = {
  ...process.env,
  NODE_ENV: 'development',
  DATABASE_CLIENT: CLIENT,
  DATABASE_NAME: DB,
  COMPLIANCE_PLUGIN_SOURCE: 'true',
  COMPLIANCE_EXPIRY_ENABLED: 'false',
  STRAPI_LOG_LEVEL: 'error',
  STRAPI_TELEMETRY_DISABLED: 'true',
  APP_KEYS: `${secret()},${secret()}`,
  ADMIN_JWT_SECRET: secret(),
  API_TOKEN_SALT: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  ENCRYPTION_KEY: secret(),
  JWT_SECRET: secret(),
  COMPLIANCE_AUDIT_SIGNING_KEY: signingKey.privateKeyPem,
};

const children: ChildProcess[] = [];
const start = (port: number, seed: boolean) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve(__dirname, '../app/start.js')], {
      env: { ...env, PORT: String(port), HOST: '127.0.0.1', COMPLIANCE_DEMO_SEED: seed ? 'true' : 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) resolve(`http://127.0.0.1:${port}`);
    });
    child.on('exit', (code) => reject(new Error(`instance on ${port} exited with ${code}: ${err}`)));
  });

/** Document ids of the published testimonials, read straight from the database. */
const publishedIds = async (): Promise<Set<string>> => {
  const sql = 'SELECT document_id FROM testimonials WHERE published_at IS NOT NULL';
  if (CLIENT === 'postgres') {
    const pg = new Client({ host: '127.0.0.1', user: 'postgres', database: DB });
    await pg.connect();
    try {
      return new Set((await pg.query(sql)).rows.map((row: { document_id: string }) => row.document_id));
    } finally {
      await pg.end();
    }
  }
  const my = await createConnection({ host: '127.0.0.1', user: 'root', database: DB });
  try {
    const [rows] = await my.query(sql);
    return new Set((rows as Array<{ document_id: string }>).map((row) => row.document_id));
  } finally {
    await my.end();
  }
};

let a: string;
let b: string;
const login = async (base: string, who: string) =>
  (await request(base).post('/admin/login').send({ email: `${who}@riverside-clinic.example`, password: PASSWORD })).body.data.token as string;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  await createDatabase(CLIENT, DB);
  // The first instance creates the schema and the demo users; the second joins the same database.
  a = await start(await freePort(), true);
  b = await start(await freePort(), false);
});

afterAll(async () => {
  await Promise.all(children.map((child) => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); })));
  await dropDatabase(CLIENT, DB);
});

const consentBody = (subjectName: string) => ({
  subjectName,
  informationDescription: 'Quote about my care',
  authorizedDisclosers: 'Riverside Clinic',
  recipients: 'Website visitors',
  purposes: ['Testimonial'],
  expiresAt: new Date(Date.now() + 365 * 86400000).toISOString(),
  signedAt: new Date(Date.now() - 86400000).toISOString(),
  signatureMethod: 'electronic',
  statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
  scope: { channels: ['website'], media: ['quote'] },
});

it(`on ${CLIENT}: keeps one valid chain, and no entry of a revoked consent stays published while both instances publish and revoke`, async () => {
  const editor = await login(a, 'editor');
  const privacy = await login(a, 'privacy');
  const medical = await login(b, 'medical');
  const auditor = await login(b, 'auditor');

  // Consent A covers the first half of the entries, consent B the second half.
  const consents: string[] = [];
  for (const [i, base] of [a, b].entries()) {
    const created = await request(base).post('/compliance/consents').set(bearer(privacy)).send(consentBody(`Patient ${i}`));
    expect(created.status).toBe(201);
    consents.push(created.body.data.documentId as string);
  }
  const [revoked, kept] = consents;

  const entries: Array<{ documentId: string; consent: string }> = [];
  for (let i = 0; i < ENTRIES; i += 1) {
    const consent = i < ENTRIES / 2 ? revoked : kept;
    const draft = await request(a).post(`/content-manager/collection-types/${UID}`).set(bearer(editor)).send({ title: `Story ${i}`, quote: 'Kind and careful staff.', channel: 'website' });
    const documentId = draft.body.data.documentId as string;
    expect((await request(b).post(`/compliance/consents/${consent}/links`).set(bearer(privacy)).send({ uid: UID, documentId })).status).toBe(200);
    const { contentHash } = (await request(a).get(`/compliance/checks/${UID}/${documentId}`).set(bearer(editor))).body.data;
    for (const [base, token, role] of [[a, privacy, 'privacy'], [b, medical, 'medical']] as const) {
      const signed = await request(base).post(`/compliance/reviews/${UID}/${documentId}`).set(bearer(token)).send({ role, decision: 'approved', password: PASSWORD, contentHash });
      expect(signed.status).toBe(201);
    }
    entries.push({ documentId, consent });
  }

  // Every entry is published through the Content Manager, alternating instances: a third of each
  // half one by one ("Publish": save, then publish), the others in bulk pairs of one entry of each
  // consent ("Bulk publish": one transaction; the first gate's reads come before the second one's
  // locks). The revocation of consent A starts once the first publishes are through, so it lands
  // among the others.
  const [ofA, ofB] = [entries.slice(0, ENTRIES / 2), entries.slice(ENTRIES / 2)];
  const requests: Array<{ entries: typeof entries; send: () => request.Test }> = [];
  for (const [i, entry] of [...ofA.slice(0, 4), ...ofB.slice(0, 4)].entries()) {
    requests.push({ entries: [entry], send: () => request(i % 2 ? a : b).post(`/content-manager/collection-types/${UID}/${entry.documentId}/actions/publish`).set(bearer(editor)).send({}) });
  }
  for (let i = 4; i < ofA.length; i += 1) {
    const pair = [ofB[i], ofA[i]];
    requests.push({ entries: pair, send: () => request(i % 2 ? a : b).post(`/content-manager/collection-types/${UID}/actions/bulkPublish`).set(bearer(editor)).send({ documentIds: pair.map((entry) => entry.documentId) }) });
  }
  let answered = 0;
  let startRevoke: () => void = () => undefined;
  const revokeGo = new Promise<void>((resolve) => (startRevoke = resolve));
  const publishes = requests.map(({ send }) =>
    send().then((response) => {
      answered += 1;
      if (answered === 3) startRevoke();
      return response;
    })
  );
  const revocation = revokeGo.then(() => request(b).post(`/compliance/consents/${revoked}/revoke`).set(bearer(privacy)).send({ reason: 'Withdrawn' }));
  const results = await Promise.all(publishes);
  expect((await revocation).status).toBe(200);

  const published = await publishedIds();
  for (const [i, response] of results.entries()) {
    const { entries: sent } = requests[i];
    // A request with an entry of the revoked consent may be refused (400), and a bulk pair with it.
    expect([200, ...(sent.some((entry) => entry.consent === revoked) ? [400] : [])]).toContain(response.status);
    for (const entry of sent.filter((item) => item.consent === kept)) expect(published.has(entry.documentId)).toBe(response.status === 200);
  }
  const stayedPublished = ofA.filter((entry) => published.has(entry.documentId));
  expect(stayedPublished).toEqual([]);

  // Each instance verifies the chain both extended: signatures, signed head and what it wrote itself.
  for (const base of [a, b]) {
    const verdict = await request(base).get('/compliance/audit/verify').set(bearer(auditor));
    expect(verdict.body.data).toMatchObject({ valid: true, signedFrom: 1, signing: { enabled: true, keyId: signingKey.keyId } });
  }
  const exported = await request(b).get('/compliance/audit?format=ndjson').set(bearer(auditor)).buffer(true).parse((res, done) => {
    let text = '';
    res.on('data', (chunk: Buffer) => (text += chunk.toString()));
    res.on('end', () => done(null, text));
  });
  const events = parseNdjson(exported.body as string);
  expect(chainProblem(events)).toBeNull();
  expect(events.filter((event) => event.action === 'consent.revoked')).toHaveLength(1);
  expect(events.every((event) => event.keyId === signingKey.keyId && event.signature)).toBe(true);
});
