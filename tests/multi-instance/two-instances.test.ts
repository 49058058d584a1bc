import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import request from 'supertest';
import { Client } from 'pg';
import { createDatabase, dropDatabase } from '../integration/helpers/database';
import { chainProblem, parseNdjson } from '../integration/helpers/chain';
import { generateSigningKey } from '../../server/src/domain/audit-signing';

/**
 * Two Strapi processes of the example app on one PostgreSQL database, as behind a load balancer.
 * They publish and revoke at the same time; the audit chain must stay gapless and valid, and no
 * entry whose consent was revoked may stay published.
 */
const DB = `compliance_multi_${Date.now()}_${randomBytes(3).toString('hex')}`;
const UID = 'api::testimonial.testimonial';
const PASSWORD = 'Compliance-demo-2026';
const secret = () => randomBytes(16).toString('base64');
// Both instances sign with the same audit key, as a deployment behind a load balancer would.
const signingKey = generateSigningKey();
const env = {
  ...process.env,
  NODE_ENV: 'development',
  DATABASE_CLIENT: 'postgres',
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

let a: string;
let b: string;
const login = async (base: string, who: string) =>
  (await request(base).post('/admin/login').send({ email: `${who}@riverside-clinic.example`, password: PASSWORD })).body.data.token as string;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  await createDatabase('postgres', DB);
  // The first instance creates the schema and the demo users; the second joins the same database.
  a = await start(40000 + Math.floor(Math.random() * 5000), true);
  b = await start(45000 + Math.floor(Math.random() * 5000), false);
});

afterAll(async () => {
  await Promise.all(children.map((child) => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); })));
  await dropDatabase('postgres', DB);
});

it('keeps one valid chain and unpublishes every revoked entry while both instances publish and revoke', async () => {
  const editor = await login(a, 'editor');
  const privacy = await login(a, 'privacy');
  const medical = await login(b, 'medical');
  const auditor = await login(b, 'auditor');

  // 12 compliant drafts, each covered by its own consent.
  const entries: Array<{ documentId: string; consent: string }> = [];
  for (let i = 0; i < 12; i += 1) {
    const draft = await request(a).post(`/content-manager/collection-types/${UID}`).set(bearer(editor)).send({ title: `Story ${i}`, quote: 'Kind and careful staff.', channel: 'website' });
    const documentId = draft.body.data.documentId as string;
    const consent = await request(i % 2 ? a : b)
      .post('/compliance/consents')
      .set(bearer(privacy))
      .send({
        subjectName: `Patient ${i}`,
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
    expect(consent.status).toBe(201);
    await request(b).post(`/compliance/consents/${consent.body.data.documentId}/links`).set(bearer(privacy)).send({ uid: UID, documentId });
    await request(a).post(`/compliance/reviews/${UID}/${documentId}`).set(bearer(privacy)).send({ role: 'privacy', decision: 'approved', password: PASSWORD });
    await request(b).post(`/compliance/reviews/${UID}/${documentId}`).set(bearer(medical)).send({ role: 'medical', decision: 'approved', password: PASSWORD });
    entries.push({ documentId, consent: consent.body.data.documentId });
  }

  // Publish all 12 (alternating instances) while revoking the consents of the first 6 from the other instance.
  const publishes = entries.map((entry, i) => request(i % 2 ? a : b).post(`/content-manager/collection-types/${UID}/${entry.documentId}/actions/publish`).set(bearer(editor)).send({}));
  const revokes = entries.slice(0, 6).map((entry, i) => request(i % 2 ? b : a).post(`/compliance/consents/${entry.consent}/revoke`).set(bearer(privacy)).send({ reason: 'Withdrawn' }));
  const results = await Promise.all([...publishes, ...revokes]);
  for (const response of results) expect([200, 400]).toContain(response.status);
  for (const response of results.slice(12)) expect(response.status).toBe(200);

  const pg = new Client({ host: '127.0.0.1', user: 'postgres', database: DB });
  await pg.connect();
  const published = new Set(
    (await pg.query("SELECT document_id FROM testimonials WHERE published_at IS NOT NULL")).rows.map((row: { document_id: string }) => row.document_id)
  );
  await pg.end();
  for (const entry of entries.slice(0, 6)) expect(published.has(entry.documentId)).toBe(false);
  for (const entry of entries.slice(6)) expect(published.has(entry.documentId)).toBe(true);

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
  expect(events.filter((event) => event.action === 'consent.revoked')).toHaveLength(6);
  expect(events.every((event) => event.keyId === signingKey.keyId && event.signature)).toBe(true);
});
