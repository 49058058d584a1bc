import { createPublicKey, verify as verifySignature } from 'node:crypto';
import { generateSigningKey } from '../../server/src/domain/audit-signing';
import { auth, bootOnCurrentDatabase, createUser, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { createConsent } from './helpers/fixtures';
import { eventHash, parseNdjson, type ExportedEvent } from './helpers/chain';
import { runVerifier, scratch } from './helpers/verifier';

// This file's app signs with a key of its own, made here; a second key is the rotation.
const firstKey = generateSigningKey();
const secondKey = generateSigningKey();
process.env.COMPLIANCE_AUDIT_SIGNING_KEY = firstKey.privateKeyPem;

const EVENTS = 'plugin::compliance.audit-event';
const HEADS = 'plugin::compliance.audit-head';

let app: TestApp;
let admin: TestUser;
let editor: TestUser;
let auditor: TestUser;
const files = scratch();

const exportText = async () => {
  const response = await app.http().get('/compliance/audit?format=ndjson').set(auth(auditor)).buffer(true).parse((res, done) => {
    let text = '';
    res.on('data', (chunk: Buffer) => (text += chunk.toString()));
    res.on('end', () => done(null, text));
  });
  expect(response.status).toBe(200);
  return response.body as string;
};
const verify = async () => {
  const response = await app.http().get('/compliance/audit/verify').set(auth(auditor));
  expect(response.status).toBe(200);
  return response.body.data;
};
const publicKeys = async () => {
  const response = await app.http().get('/compliance/audit/public-key').set(auth(auditor));
  expect(response.status).toBe(200);
  return response.body;
};

/* Raw access to the tables, as someone who runs the database has it. */
const knex = () => app.strapi.db.connection;
const tableOf = (uid: string) => app.strapi.db.metadata.get(uid).tableName;
const col = (uid: string, attribute: string) => (app.strapi.db.metadata.get(uid).attributes[attribute] as { columnName?: string }).columnName ?? attribute;
const events = () => knex()(tableOf(EVENTS));
const heads = () => knex()(tableOf(HEADS));
const jsonOf = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;
const rowToEvent = (row: Record<string, unknown>): ExportedEvent => ({
  seq: Number(row[col(EVENTS, 'seq')]),
  occurredAt: String(row[col(EVENTS, 'occurredAt')]),
  action: String(row[col(EVENTS, 'action')]),
  actor: jsonOf(row[col(EVENTS, 'actor')]),
  subject: (jsonOf(row[col(EVENTS, 'subject')]) ?? null) as ExportedEvent['subject'],
  data: jsonOf(row[col(EVENTS, 'data')]) ?? {},
  prevHash: String(row[col(EVENTS, 'prevHash')]),
  hash: String(row[col(EVENTS, 'hash')]),
});
const lastSeq = async () => Number((await heads().first())[col(HEADS, 'lastSeq')]);

const signatureValid = (event: ExportedEvent, pem: string) =>
  verifySignature(null, Buffer.from(event.hash), createPublicKey(pem), Buffer.from(event.signature ?? '', 'base64'));

beforeAll(async () => {
  app = await startApp();
  admin = await createUser(app, ['super-admin'], 'admin');
  editor = await createUser(app, ['strapi-editor'], 'editor');
  auditor = await createUser(app, ['Compliance auditor'], 'auditor');
  for (let i = 0; i < 4; i += 1) await createConsent(app, admin, { subjectName: `Signed subject ${i}` });
});
afterAll(async () => {
  files.cleanup();
  await app?.close();
  delete process.env.COMPLIANCE_AUDIT_SIGNING_KEY;
});

describe('signed events', () => {
  it('signs every new event with the configured key and lists its public key', async () => {
    const keys = await publicKeys();
    expect(keys.data.signing).toEqual({ enabled: true, keyId: firstKey.keyId });
    expect(keys.data.keys).toEqual([{ keyId: firstKey.keyId, publicKey: firstKey.publicKeyPem, firstUsedAt: expect.any(String), current: true }]);

    const exported = parseNdjson(await exportText());
    expect(exported.length).toBeGreaterThanOrEqual(5);
    for (const event of exported) {
      expect(Object.keys(event)).toEqual(['seq', 'occurredAt', 'action', 'actor', 'subject', 'data', 'prevHash', 'hash', 'signature', 'keyId']);
      expect(event.keyId).toBe(firstKey.keyId);
      // Checked with node:crypto and the PEM the endpoint gave, not with the plugin's code.
      expect(signatureValid(event, keys.data.keys[0].publicKey)).toBe(true);
    }

    const csv = await app.http().get('/compliance/audit?format=csv').set(auth(auditor));
    const [header, first] = csv.text.split('\r\n');
    expect(header).toBe('seq,occurredAt,action,actorType,actorId,actorEmail,subjectUid,subjectDocumentId,subjectLocale,data,prevHash,hash,signature,keyId,texts');
    // A base64 signature begins with "+" once in 64: the CSV makes such a cell spreadsheet-safe with a
    // leading "'" (README, "Spreadsheet-safe exports"); NDJSON above keeps it byte-exact.
    const signature = String(exported[0].signature);
    const signatureCell = signature.startsWith('+') ? `'${signature}` : signature;
    expect(first).toContain(`,${exported[0].hash},${signatureCell},${firstKey.keyId},`);

    expect(await verify()).toMatchObject({ valid: true, signedFrom: 1, signing: { enabled: true, keyId: firstKey.keyId } });
  });

  it('verifies offline with the public key, as PEM or as the endpoint’s JSON', async () => {
    const text = await exportText();
    const exported = parseNdjson(text);
    const pem = files.file(firstKey.publicKeyPem, 'key.pem');
    const json = files.file(JSON.stringify(await publicKeys()), 'keys.json');
    for (const keyFile of [pem, json]) {
      const result = runVerifier([files.file(text, 'export.ndjson'), '--public-key', keyFile]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`signatures: ${exported.length} checked, from event 1 on`);
    }
    const stranger = files.file(secondKey.publicKeyPem, 'stranger.pem');
    expect(runVerifier([files.file(text), '--public-key', stranger])).toMatchObject({ status: 1, stdout: expect.stringMatching(/^INVALID at seq 1: event 1 is signed by key/) });
  });

  it('names a missing, copied or unknown signature online', async () => {
    const signature = col(EVENTS, 'signature');
    const keyId = col(EVENTS, 'keyId');
    const [second, third] = await events().whereIn(col(EVENTS, 'seq'), [2, 3]).orderBy(col(EVENTS, 'seq'));

    await events().where('id', second.id).update({ [signature]: null, [keyId]: null });
    expect(await verify()).toMatchObject({ valid: false, brokenAt: 2, reason: 'event 2 is not signed, but event 1 before it was' });
    await events().where('id', second.id).update({ [signature]: third[signature] });
    expect(await verify()).toMatchObject({ valid: false, brokenAt: 2 });
    await events().where('id', second.id).update({ [keyId]: second[keyId] });
    expect(await verify()).toMatchObject({ valid: false, brokenAt: 2, reason: expect.stringMatching(/signature of event 2 does not match/) });
    await events().where('id', second.id).update({ [signature]: second[signature], [keyId]: 'ffffffffffffffff' });
    expect(await verify()).toMatchObject({ valid: false, brokenAt: 2, reason: expect.stringMatching(/key ffffffffffffffff, which is not among the public keys/) });
    await events().where('id', second.id).update({ [keyId]: second[keyId] });
    expect(await verify()).toMatchObject({ valid: true });
  });

  it('does not take appends running during a verification for a break', async () => {
    const audit = app.strapi.plugin('compliance').service('audit-log');
    const verdicts = await Promise.all([
      ...Array.from({ length: 30 }, (_, i) => audit.append({ action: 'settings.updated', actor: { type: 'system', id: null }, subject: null, data: { i } }).then(() => null)),
      ...Array.from({ length: 6 }, () => verify()),
    ]);
    for (const verdict of verdicts.filter(Boolean)) expect(verdict).toMatchObject({ valid: true });
  });

  it('refuses the public keys to callers without audit.export', async () => {
    expect((await app.http().get('/compliance/audit/public-key').set(auth(editor))).status).toBe(403);
    expect((await app.http().get('/compliance/audit/public-key')).status).toBe(401);
  });
});

describe('someone with database access', () => {
  it('truncates the chain: caught online by the head signature and by what the server recorded, offline by an earlier head', async () => {
    const seq = col(EVENTS, 'seq');
    // A backup of the head row; then more events, and the auditor's export, whose head they keep.
    const backup = await heads().first();
    for (let i = 0; i < 3; i += 1) await createConsent(app, admin, { subjectName: `Later subject ${i}` });
    const kept = parseNdjson(await exportText());
    const keptHead = kept[kept.length - 1];
    expect(keptHead.seq).toBe(await lastSeq());

    // Naive: delete the newest events and point the head back, without the key to sign it.
    const cut = Number(backup[col(HEADS, 'lastSeq')]);
    const target = await events().where(seq, cut).first();
    await events().where(seq, '>', cut).delete();
    await heads().update({ [col(HEADS, 'lastSeq')]: cut, [col(HEADS, 'lastHash')]: target[col(EVENTS, 'hash')] });
    expect(await verify()).toMatchObject({
      valid: false,
      brokenAt: cut + 1,
      reason: `the chain head (event ${cut}) is not signed by an audit key: it was moved, and events after ${cut} may have been deleted`,
    });

    // Careful: restore the head row from the backup, signature included. Chain and head agree again,
    // but this server recorded the auditor's export event.
    await heads().where('id', backup.id).update(backup);
    const verdict = await verify();
    expect(verdict).toMatchObject({ valid: false, brokenAt: cut + 1 });
    expect(verdict.reason).toContain(`this server recorded event ${keptHead.seq}`);

    // Offline: the next export is a valid signed chain, but the head the auditor kept is not in it.
    const later = await exportText();
    const key = files.file(firstKey.publicKeyPem);
    expect(runVerifier([files.file(later), '--public-key', key])).toMatchObject({ status: 0 });
    const result = runVerifier([files.file(later), '--public-key', key, '--expect-head', `${keptHead.seq}:${keptHead.hash}`]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^INVALID at seq ${cut + 2}: the chain ends at event ${cut + 1}, but event ${keptHead.seq} .* was seen earlier: events were deleted`));
    const earlier = files.file(kept.map((event) => JSON.stringify(event)).join('\n'));
    expect(runVerifier([earlier, '--public-key', key, '--expect-head', `${keptHead.seq}:${keptHead.hash}`])).toMatchObject({ status: 0 });
  });

  it('rewrites the chain consistently from genesis: caught online and offline with the key, not without', async () => {
    const seq = col(EVENTS, 'seq');
    const rows = await events().orderBy(seq, 'asc');
    const originals = rows.map((row: Record<string, unknown> & { id: number }) => ({ ...row }));
    const headBefore = await heads().first();
    // Forge the receipt id of event 2, recompute every hash after it and move the head.
    let prevHash = '0'.repeat(64);
    for (const row of rows) {
      const event = rowToEvent(row);
      if (event.seq === 2) event.data = { ...event.data, receiptId: 'forged' };
      const hash = eventHash(prevHash, event);
      await events()
        .where('id', row.id)
        .update({ [col(EVENTS, 'data')]: JSON.stringify(event.data), [col(EVENTS, 'prevHash')]: prevHash, [col(EVENTS, 'hash')]: hash });
      prevHash = hash;
    }
    await heads().update({ [col(HEADS, 'lastHash')]: prevHash });

    expect(await verify()).toMatchObject({ valid: false, brokenAt: 2, reason: expect.stringMatching(/signature of event 2 does not match its hash/) });

    const text = await exportText();
    expect(parseNdjson(text)[1].data.receiptId).toBe('forged');
    // The hash chain alone holds: only the signatures give the rewrite away.
    expect(runVerifier([files.file(text)])).toMatchObject({ status: 0 });
    const key = files.file(firstKey.publicKeyPem);
    expect(runVerifier([files.file(text), '--public-key', key])).toMatchObject({
      status: 1,
      stdout: expect.stringMatching(/^INVALID at seq 2: the signature of event 2 does not match its hash/),
    });

    // Put the database back as it was (the export's own event goes too).
    await events().where(seq, '>', originals.length).delete();
    for (const row of originals) {
      await events()
        .where('id', row.id)
        .update({ [col(EVENTS, 'data')]: JSON.stringify(jsonOf(row[col(EVENTS, 'data')])), [col(EVENTS, 'prevHash')]: row[col(EVENTS, 'prevHash')], [col(EVENTS, 'hash')]: row[col(EVENTS, 'hash')] });
    }
    await heads().where('id', headBefore.id).update(headBefore);
  });
});

describe('key rotation', () => {
  it('signs with the new key after a restart, lists both keys, and verifies across the rotation', async () => {
    // A restart clears what the process remembered; the database holds a valid signed chain.
    await app.strapi.destroy();
    process.env.COMPLIANCE_AUDIT_SIGNING_KEY = secondKey.privateKeyPem.replace(/\n/g, '\\n');
    const restarted = await bootOnCurrentDatabase();
    const { removeDatabase } = app;
    app = { ...restarted, removeDatabase, close: async () => { await restarted.close(); await removeDatabase(); } };
    await createConsent(app, admin, { subjectName: 'After rotation' });

    const keys = await publicKeys();
    expect(keys.data.signing).toEqual({ enabled: true, keyId: secondKey.keyId });
    expect(keys.data.keys.map((key: { keyId: string; current: boolean }) => [key.keyId, key.current])).toEqual([
      [firstKey.keyId, false],
      [secondKey.keyId, true],
    ]);
    expect(await verify()).toMatchObject({ valid: true, signedFrom: 1, signing: { keyId: secondKey.keyId } });

    const text = await exportText();
    const exported = parseNdjson(text);
    expect(new Set(exported.map((event) => event.keyId))).toEqual(new Set([firstKey.keyId, secondKey.keyId]));
    expect(runVerifier([files.file(text), '--public-key', files.file(JSON.stringify(keys))])).toMatchObject({ status: 0 });
    expect(runVerifier([files.file(text), '--public-key', files.file(secondKey.publicKeyPem)])).toMatchObject({ status: 1 });
  });
});
