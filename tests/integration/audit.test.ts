import { auth, createUser, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { createConsent, createDraft } from './helpers/fixtures';

import { chainProblem, parseNdjson, type ExportedEvent } from './helpers/chain';
import { runVerifier, scratch } from './helpers/verifier';

const verifyIndependently = (events: ExportedEvent[]) => expect(chainProblem(events)).toBeNull();

let app: TestApp;
let admin: TestUser;
let editor: TestUser;
let auditor: TestUser;

const exportNdjson = async (query = '') => {
  const response = await app.http().get(`/compliance/audit?format=ndjson${query}`).set(auth(auditor)).buffer(true).parse((res, done) => {
    let text = '';
    res.on('data', (chunk: Buffer) => (text += chunk.toString()));
    res.on('end', () => done(null, text));
  });
  expect(response.status).toBe(200);
  return { response, events: parseNdjson(response.body as string), text: response.body as string };
};
const verify = async () => (await app.http().get('/compliance/audit/verify').set(auth(auditor))).body.data;
const table = () => app.strapi.db.metadata.get('plugin::compliance.audit-event').tableName;
/** Raw rows as the driver wants them back: MySQL returns JSON columns parsed, SQLite as text. */
const rawRow = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value]));
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const jsonOf = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;

beforeAll(async () => {
  app = await startApp();
  admin = await createUser(app, ['super-admin'], 'admin');
  editor = await createUser(app, ['strapi-editor'], 'editor');
  auditor = await createUser(app, ['Compliance auditor'], 'auditor');
  const entry = await createDraft(app, editor, 'api::testimonial.testimonial', { title: 'Audited story', quote: 'Kind staff.' });
  for (let i = 0; i < 3; i += 1) {
    const consent = await createConsent(app, admin, { subjectName: `Subject, "number" ${i}` });
    await app.http().post(`/compliance/consents/${consent.documentId}/links`).set(auth(admin)).send({ uid: 'api::testimonial.testimonial', documentId: entry.documentId });
  }
});
afterAll(async () => {
  await app?.close();
});

describe('export and verification', () => {
  it('exports NDJSON with exactly the documented fields, which an independent verifier accepts', async () => {
    const { response, events } = await exportNdjson();
    expect(response.headers['content-type']).toMatch(/application\/x-ndjson/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="compliance-audit-.*\.ndjson"/);
    expect(events.length).toBeGreaterThanOrEqual(7);
    for (const event of events) {
      expect(Object.keys(event)).toEqual(['seq', 'occurredAt', 'action', 'actor', 'subject', 'data', 'prevHash', 'hash']);
      expect(event.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    verifyIndependently(events);
    // The export records itself, last.
    expect(events[events.length - 1]).toMatchObject({ action: 'audit.exported', actor: { type: 'admin', id: auditor.id } });
  });

  it('verifies offline with the packaged CLI, and the CLI spots a changed line', async () => {
    const { text } = await exportNdjson();
    const files = scratch();
    const valid = runVerifier([files.file(text)]);
    expect(valid.status).toBe(0);
    expect(valid.stdout).toMatch(/^VALID: \d+ event\(s\)/);
    expect(valid.stdout).toContain('signatures: none (the events are hash-chained but not signed)');
    const lines = text.trim().split('\n');
    lines[2] = lines[2].replace('"consent.', '"consent.X');
    const tampered = runVerifier([files.file(`${lines.join('\n')}\n`)]);
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toMatch(/INVALID at seq 3/);
    files.cleanup();
  });

  it('says that events are hash-chained but not signed when no signing key is configured', async () => {
    const keys = await app.http().get('/compliance/audit/public-key').set(auth(auditor));
    expect(keys.status).toBe(200);
    expect(keys.body.data).toEqual({ signing: { enabled: false, keyId: null }, keys: [] });
    const verdict = await verify();
    expect(verdict).toMatchObject({ valid: true, signing: { enabled: false, keyId: null } });
    expect(verdict.signedFrom).toBeUndefined();
    expect((await exportNdjson()).events.some((event) => 'signature' in event || 'keyId' in event)).toBe(false);
  });

  it('exports RFC 4180 CSV with the documented header', async () => {
    const response = await app.http().get('/compliance/audit?format=csv').set(auth(auditor));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const text = response.text;
    expect(text.split('\r\n')[0]).toBe('seq,occurredAt,action,actorType,actorId,actorEmail,subjectUid,subjectDocumentId,subjectLocale,data,prevHash,hash,signature,keyId,texts');
    expect(text.endsWith('\r\n')).toBe(true);
    // Quoted fields double their quotes: the JSON data column always contains quotes.
    const firstRow = text.split('\r\n')[1];
    expect(firstRow).toMatch(/^1,\d{4}-.*,entry\.saved,admin,\d+,[^,]+,api::testimonial\.testimonial,\w+,,"\{""/);
  });

  it('filters by action, content type, document and date', async () => {
    const created = (await exportNdjson('&action=consent.created')).events;
    expect(created.length).toBe(3);
    expect(created.every((event) => event.action === 'consent.created')).toBe(true);
    const linked = (await exportNdjson('&uid=api::testimonial.testimonial')).events;
    expect(linked.map((event) => event.action)).toEqual(['entry.saved', 'consent.linked', 'consent.linked', 'consent.linked']);
    const byDocument = (await exportNdjson(`&documentId=${linked[0].subject?.documentId}`)).events;
    expect(byDocument).toHaveLength(4);
    expect((await exportNdjson('&from=2999-01-01')).events).toEqual([]);
    expect((await exportNdjson(`&to=${created[0].occurredAt}`)).events[0].seq).toBe(1);
  });

  it.each([['format=xml'], ['from=yesterday'], ['limit=5']])('refuses %s with a 400', async (query) => {
    expect((await app.http().get(`/compliance/audit?${query}`).set(auth(auditor))).status).toBe(400);
  });

  it('refuses query parameters on verify and public-key', async () => {
    expect((await app.http().get('/compliance/audit/verify?from=2020-01-01').set(auth(auditor))).status).toBe(400);
    expect((await app.http().get('/compliance/audit/public-key?format=pem').set(auth(auditor))).status).toBe(400);
  });

  it('requires audit.export for export, verify and the consent register', async () => {
    for (const url of ['/compliance/audit', '/compliance/audit/verify', '/compliance/audit/public-key', '/compliance/consents/export']) {
      expect((await app.http().get(url).set(auth(editor))).status).toBe(403);
      expect((await app.http().get(url)).status).toBe(401);
    }
  });
});

describe('tamper evidence', () => {
  it('reports a valid chain, then names the first changed, deleted or reordered event', async () => {
    expect(await verify()).toMatchObject({ valid: true });
    const knex = app.strapi.db.connection;
    const original = await knex(table()).where({ seq: 3 }).first();

    await knex(table()).where({ seq: 3 }).update({ action: 'consent.revoked' });
    expect(await verify()).toMatchObject({ valid: false, brokenAt: 3 });
    await knex(table()).where({ seq: 3 }).update({ action: original.action });
    expect(await verify()).toMatchObject({ valid: true });

    await knex(table()).where({ seq: 3 }).update({ data: JSON.stringify({ ...jsonOf(original.data), receiptId: 'forged' }) });
    expect(await verify()).toMatchObject({ valid: false, brokenAt: 3 });
    await knex(table()).where({ seq: 3 }).update({ data: rawRow(original).data });

    const fifth = await knex(table()).where({ seq: 5 }).first();
    await knex(table()).where({ seq: 5 }).delete();
    expect(await verify()).toMatchObject({ valid: false, brokenAt: 5 });
    await knex(table()).insert(rawRow(fifth));
    expect(await verify()).toMatchObject({ valid: true });

    const second = await knex(table()).where({ seq: 2 }).first();
    const fourth = await knex(table()).where({ seq: 4 }).first();
    await knex(table()).where({ id: second.id }).update({ seq: -2 });
    await knex(table()).where({ id: fourth.id }).update({ seq: 2 });
    await knex(table()).where({ id: second.id }).update({ seq: 4 });
    expect(await verify()).toMatchObject({ valid: false, brokenAt: 2 });
    await knex(table()).where({ id: fourth.id }).update({ seq: -4 });
    await knex(table()).where({ id: second.id }).update({ seq: 2 });
    await knex(table()).where({ id: fourth.id }).update({ seq: 4 });

    const last = await knex(table()).orderBy('seq', 'desc').first();
    await knex(table()).where({ id: last.id }).delete();
    expect(await verify()).toMatchObject({ valid: false, brokenAt: last.seq });
    await knex(table()).insert(rawRow(last));
    expect(await verify()).toMatchObject({ valid: true });

    // The head pointed back without deleting anything: the events beyond it give it away.
    const heads = app.strapi.db.metadata.get('plugin::compliance.audit-head');
    const headColumn = (attribute: string) => (heads.attributes[attribute] as { columnName?: string }).columnName ?? attribute;
    const head = await knex(heads.tableName).first();
    const earlier = await knex(table()).where({ seq: last.seq - 2 }).first();
    await knex(heads.tableName).where({ id: head.id }).update({ [headColumn('lastSeq')]: earlier.seq, [headColumn('lastHash')]: earlier.hash });
    expect(await verify()).toMatchObject({ valid: false, brokenAt: earlier.seq + 1, reason: `event ${last.seq} lies beyond the chain head (event ${earlier.seq}): the head was moved back` });
    await knex(heads.tableName).where({ id: head.id }).update(head);
    expect(await verify()).toMatchObject({ valid: true });
  });

  it('refuses changes and deletions of events through Strapi', async () => {
    const query = app.strapi.db.query('plugin::compliance.audit-event');
    await expect(query.update({ where: { seq: 1 }, data: { action: 'x' } })).rejects.toThrow(/append-only/);
    await expect(query.delete({ where: { seq: 1 } })).rejects.toThrow(/append-only/);
  });
});

describe('append', () => {
  const audit = () => app.strapi.plugin('compliance').service('audit-log');
  const system = { type: 'system', id: null };
  const headRow = async () => app.strapi.db.query('plugin::compliance.audit-head').findOne({ where: { chain: 'main' } });

  it('keeps one gapless chain when the head it extended last was rolled back', async () => {
    await audit().append({ action: 'settings.updated', actor: system, subject: null, data: { step: 'before' } });
    const rolledBack = app.strapi.db.transaction(async () => {
      await audit().append({ action: 'settings.updated', actor: system, subject: null, data: { step: 'rolled back' } });
      throw new Error('rollback on purpose');
    });
    await expect(rolledBack).rejects.toThrow('rollback on purpose');
    const after = await audit().append({ action: 'settings.updated', actor: system, subject: null, data: { step: 'after' } });
    const { events } = await exportNdjson();
    verifyIndependently(events);
    expect(events.some((event) => event.data.step === 'rolled back')).toBe(false);
    expect(events.find((event) => event.data.step === 'after')?.seq).toBe(after.seq);
    expect(await verify()).toMatchObject({ valid: true });
  });

  it('puts the head back when the event cannot be written, so a caller that goes on keeps a valid chain', async () => {
    await audit().append({ action: 'settings.updated', actor: system, subject: null, data: { step: 'warm' } });
    const before = await headRow();
    let failures = 0;
    const unsubscribe = app.strapi.db.lifecycles.subscribe({
      models: ['plugin::compliance.audit-event'],
      beforeCreate(event) {
        const data: unknown = event.params.data;
        const step = isRecord(data) && isRecord(data.data) ? data.data.step : undefined;
        if (step !== 'refused') return;
        failures += 1;
        throw new Error('simulated insert failure');
      },
    });
    try {
      await app.strapi.db.transaction(async () => {
        await expect(audit().append({ action: 'settings.updated', actor: system, subject: null, data: { step: 'refused' } })).rejects.toThrow('simulated insert failure');
        expect(await headRow()).toMatchObject({ lastSeq: before.lastSeq, lastHash: before.lastHash });
        await audit().append({ action: 'settings.updated', actor: system, subject: null, data: { step: 'went on' } });
      });
    } finally {
      unsubscribe();
    }
    expect(failures).toBe(1);
    const { events } = await exportNdjson();
    verifyIndependently(events);
    expect(events.find((event) => event.data.step === 'went on')?.seq).toBe(Number(before.lastSeq) + 1);
    expect(await verify()).toMatchObject({ valid: true });
  });
});

describe('concurrency', () => {
  it('keeps one gapless, valid chain under 60 parallel appends and 20 parallel HTTP writes', async () => {
    const audit = app.strapi.plugin('compliance').service('audit-log');
    const before = (await exportNdjson()).events.length;
    await Promise.all([
      ...Array.from({ length: 60 }, (_, i) => audit.append({ action: 'settings.updated', actor: { type: 'system', id: null }, subject: null, data: { i } })),
      ...Array.from({ length: 20 }, (_, i) => createConsent(app, admin, { subjectName: `Parallel ${i}` })),
    ]);
    const { events } = await exportNdjson();
    // `before` includes the first export's own event; the second export adds one more.
    expect(events.length).toBe(before + 60 + 20 + 1);
    verifyIndependently(events);
    expect(await verify()).toMatchObject({ valid: true, count: events.length });
  });
});

describe('consent register export', () => {
  it('streams each consent with its status history, covered entries and receipt id', async () => {
    const consent = await createConsent(app, admin, { subjectName: 'Register Subject' });
    await app.http().post(`/compliance/consents/${consent.documentId}/revoke`).set(auth(admin)).send({ reason: 'Asked by phone' });
    const response = await app.http().get('/compliance/consents/export?format=ndjson&status=revoked').set(auth(auditor));
    expect(response.status).toBe(200);
    const records = response.text.trim().split('\n').map((line) => JSON.parse(line));
    const record = records.find((item: { documentId: string }) => item.documentId === consent.documentId);
    expect(record).toMatchObject({ receiptId: consent.receiptId, status: 'revoked', subjectName: 'Register Subject' });
    expect(record.history.map((item: { status: string }) => item.status)).toEqual(['active', 'revoked']);
    expect(record.history[1]).toMatchObject({ by: { id: admin.id }, reason: 'Asked by phone' });
    expect(records.every((item: { status: string }) => item.status === 'revoked')).toBe(true);

    const all = await app.http().get('/compliance/consents/export?format=ndjson').set(auth(auditor));
    const linked = all.text.trim().split('\n').map((line) => JSON.parse(line)).find((item: { entries: unknown[] }) => item.entries.length > 0);
    expect(linked.entries[0]).toMatchObject({ uid: 'api::testimonial.testimonial' });

    const csv = await app.http().get('/compliance/consents/export?format=csv').set(auth(auditor));
    expect(csv.text.split('\r\n')[0]).toBe('documentId,receiptId,subjectName,status,signedAt,expiresAt,expirationEvent,purposes,channels,media,history,entries');
    expect(csv.text).toContain('"Subject, ""number"" 0"');
    expect((await app.http().get('/compliance/consents/export?status=gone').set(auth(auditor))).status).toBe(400);
  });
});
