import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPublicKey, verify as verifySignature } from 'node:crypto';
import { generateSigningKey } from '../../server/src/domain/audit-signing';
import { auth, createUser, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { createConsent } from './helpers/fixtures';
import { parseNdjson } from './helpers/chain';
import { runVerifier, scratch } from './helpers/verifier';

/** A witness outside the database: an HTTP endpoint that keeps every head it is sent. */
const key = generateSigningKey();
const received: Array<{ chain: string; seq: number; hash: string; signedAt: string; keyId: string; signature: string }> = [];
let failNext = 0;
const witness = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    if (failNext > 0) {
      failNext -= 1;
      response.writeHead(503).end();
      return;
    }
    received.push(JSON.parse(body));
    response.writeHead(204).end();
  });
});

let app: TestApp;
let admin: TestUser;
let auditor: TestUser;
const files = scratch();

/** Heads are posted after the append's commit, without holding up the request. */
const waitUntil = async (done: () => boolean) => {
  // A generous limit for a loaded machine: it ends a test that would hang, not a speed assertion.
  const giveUpAt = Date.now() + 30000;
  while (!done() && Date.now() < giveUpAt) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(done()).toBe(true);
};
const waitForHeads = (count: number) => waitUntil(() => received.length >= count);

beforeAll(async () => {
  await new Promise<void>((resolve) => witness.listen(0, '127.0.0.1', resolve));
  process.env.COMPLIANCE_AUDIT_SIGNING_KEY = key.privateKeyPem;
  process.env.COMPLIANCE_AUDIT_WITNESS_URL = `http://127.0.0.1:${(witness.address() as AddressInfo).port}/heads`;
  process.env.COMPLIANCE_AUDIT_WITNESS_EVERY_EVENTS = '3';
  app = await startApp();
  admin = await createUser(app, ['super-admin'], 'admin');
  auditor = await createUser(app, ['Compliance auditor'], 'auditor');
});
afterAll(async () => {
  await app?.close();
  await new Promise((resolve) => witness.close(resolve));
  files.cleanup();
  delete process.env.COMPLIANCE_AUDIT_WITNESS_URL;
  delete process.env.COMPLIANCE_AUDIT_SIGNING_KEY;
});

it('posts the signed head every 3 events; an auditor checks a later export against a witnessed head', async () => {
  for (let i = 0; i < 6; i += 1) await createConsent(app, admin, { subjectName: `Witnessed ${i}` });
  await waitForHeads(2);
  expect(received.map((head) => head.seq)).toEqual([3, 6]);
  const exported = parseNdjson((await app.http().get('/compliance/audit?format=ndjson').set(auth(auditor))).text);
  for (const head of received) {
    expect(head).toMatchObject({ chain: 'main', keyId: key.keyId, hash: exported[head.seq - 1].hash });
    const message = Buffer.from(`compliance-audit-head\n${head.seq}\n${head.hash}`);
    expect(verifySignature(null, message, createPublicKey(key.publicKeyPem), Buffer.from(head.signature, 'base64'))).toBe(true);
  }
  const witnessed = received[1];
  const result = runVerifier([files.file(exported.map((event) => JSON.stringify(event)).join('\n')), '--public-key', files.file(key.publicKeyPem), '--expect-head', `${witnessed.seq}:${witnessed.hash}`]);
  expect(result).toMatchObject({ status: 0 });
});

it('retries a head the witness refused with the next events', async () => {
  const before = received.length;
  failNext = 1;
  // The export's own event and two consents make three events: the witness refuses that head…
  for (let i = 0; i < 2; i += 1) await createConsent(app, admin, { subjectName: `Refused ${i}` });
  await waitUntil(() => failNext === 0);
  expect(received.length).toBe(before);
  // …and gets the newest head with the next one.
  await createConsent(app, admin, { subjectName: 'Retried' });
  await waitForHeads(before + 1);
  const head = await app.strapi.db.query('plugin::compliance.audit-head').findOne({ where: { chain: 'main' } });
  expect(received[received.length - 1]).toMatchObject({ seq: head.lastSeq, hash: head.lastHash });
});
