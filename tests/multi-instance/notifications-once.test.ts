import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import request from 'supertest';
import { createDatabase, dropDatabase } from '../integration/helpers/database';
import { startMailbox, type Mailbox } from '../integration/helpers/mailbox';
import { startWebhookReceiver, type WebhookReceiver } from '../integration/helpers/webhook-receiver';
import { WEBHOOK_EVENTS } from '../../shared/contracts/notifications';
import { freePort } from '../integration/helpers/ports';

/**
 * Two Strapi processes of the example app on one PostgreSQL or MariaDB database
 * (`DATABASE_CLIENT=mysql`; PostgreSQL otherwise, SQLite being one process's file), both running the
 * notification job every few seconds (`notifications.digestSeconds`, README "Notifications"), so
 * that they often run it at the same moment. Every webhook and every email must arrive exactly once.
 */
const DIGEST_SECONDS = 5;
const CLIENT = process.env.DATABASE_CLIENT === 'mysql' ? 'mysql' : 'postgres';
const DB = `compliance_notify_${Date.now()}_${randomBytes(3).toString('hex')}`;
const UID = 'api::testimonial.testimonial';
const PASSWORD = 'Compliance-demo-2026';
const secret = () => randomBytes(16).toString('base64');
// Both instances share their secrets, so each accepts the other's admin tokens.
const secrets = {
  APP_KEYS: `${secret()},${secret()}`,
  ADMIN_JWT_SECRET: secret(),
  API_TOKEN_SALT: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  ENCRYPTION_KEY: secret(),
  JWT_SECRET: secret(),
};

let mailbox: Mailbox;
let hooks: WebhookReceiver;
let a: string;
let b: string;
const children: ChildProcess[] = [];
/** What the instances printed (errors only: STRAPI_LOG_LEVEL=error), without knex's note on MySQL schema DDL at boot. */
const output: string[] = [];
const keep = (port: number, chunk: Buffer) =>
  output.push(...chunk.toString().split('\n').filter((line) => line.trim() && !line.includes('do not mix transactions and DDL')).map((line) => `${port}: ${line}\n`));
let finished = false;

/** The outbox as the database holds it, one line per row: what a stuck run waited for. */
const outboxRows = () => {
  const sql = 'SELECT id, kind, status, recipient, claim_token, created_at, sent_at, error FROM compliance_notifications ORDER BY id';
  return CLIENT === 'mysql'
    ? execFileSync('mysql', ['-h', '127.0.0.1', '-uroot', DB, '-e', sql]).toString()
    : execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', DB, '-c', sql]).toString();
};

const start = (port: number, seed: boolean) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve(__dirname, '../app/start.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_CLIENT: CLIENT,
        DATABASE_NAME: DB,
        COMPLIANCE_PLUGIN_SOURCE: 'true',
        COMPLIANCE_EXPIRY_ENABLED: 'false',
        COMPLIANCE_DIGEST_SECONDS: String(DIGEST_SECONDS),
        SMTP_PORT: String(mailbox.port),
        STRAPI_LOG_LEVEL: 'error',
        STRAPI_TELEMETRY_DISABLED: 'true',
        ...secrets,
        PORT: String(port),
        HOST: '127.0.0.1',
        COMPLIANCE_DEMO_SEED: seed ? 'true' : 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      keep(port, chunk);
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      keep(port, chunk);
      if (chunk.toString().includes('READY')) resolve(`http://127.0.0.1:${port}`);
    });
    child.on('exit', (code) => reject(new Error(`instance on ${port} exited with ${code}: ${err}`)));
  });

const login = async (base: string, who: string) =>
  (await request(base).post('/admin/login').send({ email: `${who}@riverside-clinic.example`, password: PASSWORD })).body.data.token as string;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `done()` holds (the job runs every DIGEST_SECONDS on each instance). */
const eventually = async (done: () => boolean, attempts = 300) => {
  for (let attempt = 0; attempt < attempts && !done(); attempt += 1) await sleep(1000);
  return done();
};

beforeAll(async () => {
  mailbox = await startMailbox();
  hooks = await startWebhookReceiver();
  await createDatabase(CLIENT, DB);
  a = await start(await freePort(), true);
  b = await start(await freePort(), false);
});

afterAll(async () => {
  // When the test did not get to its end (jest's timeout, a failed assertion), say what the outbox held.
  if (!finished && a && b) process.stdout.write(`notification outbox (${CLIENT}):\n${outboxRows()}\nthe instances printed:\n${output.join('')}\n`);
  await Promise.all(children.map((child) => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); })));
  await dropDatabase(CLIENT, DB);
  await mailbox?.close();
  await hooks?.close();
});

it('sends every webhook and every email once while two instances share the work', async () => {
  const admin = await login(a, 'admin');
  const editor = await login(a, 'editor');
  const privacy = await login(b, 'privacy');
  const medical = await login(a, 'medical');
  // The webhook is saved through instance A; events happening on B reach it too.
  expect((await request(a).post('/admin/webhooks').set(bearer(admin)).send({ name: 'compliance', url: hooks.url, headers: {}, events: [...WEBHOOK_EVENTS] })).status).toBe(201);

  const consentBody = (expiresInDays: number) => ({
    subjectName: 'Patient Zero',
    informationDescription: 'Quote about my care',
    authorizedDisclosers: 'Riverside Clinic',
    recipients: 'Website visitors',
    purposes: ['Testimonial'],
    expiresAt: new Date(Date.now() + expiresInDays * 86400000).toISOString(),
    signedAt: new Date(Date.now() - 86400000).toISOString(),
    signatureMethod: 'electronic',
    statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
    scope: { channels: ['website'], media: ['quote'] },
  });

  // Six drafts become ready for review, half through each instance. The first consent expires in
  // 20 days: its expiry notice may go out before or after its link, so it is found by the consent.
  const entries: string[] = [];
  let expiring = { documentId: '', receiptId: '' };
  for (let i = 0; i < 6; i += 1) {
    const via = i % 2 ? a : b;
    const draft = await request(via).post(`/content-manager/collection-types/${UID}`).set(bearer(editor)).send({ title: `Twin story ${i}`, quote: 'Kind and careful staff.', channel: 'website' });
    const consent = await request(via).post('/compliance/consents').set(bearer(privacy)).send(consentBody(i === 0 ? 20 : 365));
    expect(consent.status).toBe(201);
    if (i === 0) expiring = { documentId: consent.body.data.documentId as string, receiptId: consent.body.data.receiptId as string };
    expect((await request(via).post(`/compliance/consents/${consent.body.data.documentId}/links`).set(bearer(privacy)).send({ uid: UID, documentId: draft.body.data.documentId })).status).toBe(200);
    entries.push(draft.body.data.documentId as string);
  }

  // Through the other instance: a refused publication, reviews with their decision emails, a
  // publication, and a revocation that takes it down (and tells the privacy office).
  const other = (await request(b).post(`/content-manager/collection-types/${UID}`).set(bearer(editor)).send({ title: 'Twin story live', quote: 'Kind and careful staff.', channel: 'website' })).body.data.documentId as string;
  const otherConsent = (await request(a).post('/compliance/consents').set(bearer(privacy)).send(consentBody(365))).body.data.documentId as string;
  expect((await request(b).post(`/content-manager/collection-types/${UID}/${other}/actions/publish`).set(bearer(editor)).send({})).status).toBe(400);
  expect((await request(a).post(`/compliance/consents/${otherConsent}/links`).set(bearer(privacy)).send({ uid: UID, documentId: other })).status).toBe(200);
  const { contentHash } = (await request(a).get(`/compliance/checks/${UID}/${other}`).set(bearer(editor))).body.data;
  expect((await request(b).post(`/compliance/reviews/${UID}/${other}`).set(bearer(privacy)).send({ role: 'privacy', decision: 'approved', password: PASSWORD, contentHash })).status).toBe(201);
  expect((await request(a).post(`/compliance/reviews/${UID}/${other}`).set(bearer(medical)).send({ role: 'medical', decision: 'approved', password: PASSWORD, contentHash })).status).toBe(201);
  expect((await request(b).post(`/content-manager/collection-types/${UID}/${other}/actions/publish`).set(bearer(editor)).send({})).status).toBe(200);
  expect((await request(a).post(`/compliance/consents/${otherConsent}/revoke`).set(bearer(privacy)).send({ reason: 'Withdrawn' })).status).toBe(200);

  const mentions = (address: string, id: string) => mailbox.to(address).filter((mail) => /ready for your review/.test(mail.subject) && mail.text.includes(id)).length;
  const everyDigestArrived = () => entries.every((id) => mentions('medical@riverside-clinic.example', id) > 0 && mentions('privacy@riverside-clinic.example', id) > 0);
  const expiringNotice = () => hooks.of('compliance.consent.expiring').filter((hook) => (hook.body.consent as { documentId: string }).documentId === expiring.documentId);
  const about = (event: string, id: string) =>
    hooks.of(event).filter((hook) => JSON.stringify(hook.body).includes(id));
  expect(await eventually(() => everyDigestArrived() && expiringNotice().length > 0 && about('compliance.entry.unpublished', other).length > 0)).toBe(true);
  // Four more runs of the job on both instances: nothing may arrive twice.
  await sleep(4 * DIGEST_SECONDS * 1000);

  for (const id of entries) {
    expect(mentions('medical@riverside-clinic.example', id)).toBe(1);
    expect(mentions('privacy@riverside-clinic.example', id)).toBe(1);
    expect(hooks.of('compliance.review.needed').filter((hook) => (hook.body.entry as { documentId: string }).documentId === id)).toHaveLength(1);
  }
  expect(expiringNotice()).toHaveLength(1);
  const expiryMails = (address: string) => mailbox.to(address).filter((mail) => /expires in 20 days/.test(mail.subject) && mail.text.includes(expiring.receiptId));
  expect(expiryMails('privacy@riverside-clinic.example')).toHaveLength(1);
  expect(expiryMails('admin@riverside-clinic.example')).toHaveLength(1);
  expect(about('compliance.publish.blocked', other)).toHaveLength(1);
  expect(about('compliance.review.recorded', other)).toHaveLength(2);
  expect(about('compliance.consent.ended', other)).toHaveLength(1);
  expect(about('compliance.entry.unpublished', other)).toHaveLength(1);
  const decisions = mailbox.to('editor@riverside-clinic.example').filter((mail) => /review approved/.test(mail.subject) && mail.text.includes(other));
  expect(decisions).toHaveLength(2);
  const takenDown = (address: string) => mailbox.to(address).filter((mail) => /unpublished/.test(mail.subject) && mail.text.includes(other));
  expect(takenDown('privacy@riverside-clinic.example')).toHaveLength(1);
  expect(takenDown('admin@riverside-clinic.example')).toHaveLength(1);
  for (const mail of mailbox.messages) expect(`${mail.subject}${mail.text}${mail.html}`).not.toContain('Patient Zero');
  for (const hook of hooks.received) expect(hook.raw).not.toContain('Patient Zero');
  finished = true;
});
