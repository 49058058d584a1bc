import { auth, createUser, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { auditEvents, createConsent, createDraft, validConsent } from './helpers/fixtures';

let app: TestApp;
let admin: TestUser;
let editor: TestUser;
let privacy: TestUser;

const consentCount = () => app.strapi.db.query('plugin::compliance.consent-record').count();

beforeAll(async () => {
  app = await startApp();
  admin = await createUser(app, ['super-admin'], 'admin');
  editor = await createUser(app, ['strapi-editor'], 'editor');
  privacy = await createUser(app, ['Privacy reviewer'], 'privacy');
});
afterAll(async () => {
  await app?.close();
});

describe('POST /compliance/consents', () => {
  it('stores a complete authorization, with a receipt id, and audits it', async () => {
    const response = await app.http().post('/compliance/consents').set(auth(privacy)).send(validConsent());
    expect(response.status).toBe(201);
    const consent = response.body.data;
    expect(consent).toMatchObject({ status: 'active', subjectName: 'Dana Whitfield', purposes: ['Marketing testimonial on the clinic website'], links: [] });
    expect(consent.receiptId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(consent.jurisdiction).toBe('US');
    expect(consent.policyUrl).toBe('https://riverside-clinic.example/privacy');
    expect(consent.createdBy).toMatchObject({ id: privacy.id, email: privacy.email });
    const events = await auditEvents(app);
    expect(events.find((event) => event.action === 'consent.created' && event.subject?.documentId === consent.documentId)).toMatchObject({
      actor: { type: 'admin', id: privacy.id },
    });
  });

  // A consent body as JSON: any field may be broken, the two nested objects included.
  type Body = Record<string, unknown> & { statements: Record<string, unknown>; scope: Record<string, unknown> };
  const loose = (b: Body): Record<string, unknown> => b;
  const refusals: Array<[string, (body: Body) => void, string]> = [
    ['subjectName missing', (b) => delete b.subjectName, 'subjectName'],
    ['informationDescription missing', (b) => delete b.informationDescription, 'informationDescription'],
    ['authorizedDisclosers missing', (b) => delete b.authorizedDisclosers, 'authorizedDisclosers'],
    ['recipients missing', (b) => delete b.recipients, 'recipients'],
    ['purposes missing', (b) => delete b.purposes, 'purposes'],
    ['purposes empty', (b) => (b.purposes = []), 'purposes'],
    ['expiry date and event both missing', (b) => delete b.expiresAt, 'expiresAt'],
    ['signedAt missing', (b) => delete b.signedAt, 'signedAt'],
    ['signatureMethod missing', (b) => delete b.signatureMethod, 'signatureMethod'],
    ['statements missing', (b) => delete loose(b).statements, 'statements'],
    ['rightToRevoke not true', (b) => (b.statements.rightToRevoke = false), 'statements.rightToRevoke'],
    ['conditioning not true', (b) => (b.statements.conditioning = false), 'statements.conditioning'],
    ['redisclosure not true', (b) => (b.statements.redisclosure = false), 'statements.redisclosure'],
    ['a statement missing', (b) => delete b.statements.redisclosure, 'statements.redisclosure'],
    ['expiry before signing', (b) => { b.signedAt = '2026-01-10T00:00:00Z'; b.expiresAt = '2026-01-05T00:00:00Z'; }, 'expiresAt'],
    ['expiry in the past', (b) => { b.signedAt = '2020-01-01T00:00:00Z'; b.expiresAt = '2021-01-01T00:00:00Z'; }, 'expiresAt'],
    ['signing in the future', (b) => (b.signedAt = new Date(Date.now() + 3 * 86400000).toISOString()), 'signedAt'],
    ['signedAt not a date', (b) => (b.signedAt = 'yesterday'), 'signedAt'],
    ['subjectName a number', (b) => (b.subjectName = 42), 'subjectName'],
    ['purposes a string', (b) => (b.purposes = 'marketing'), 'purposes'],
    ['statement a string', (b) => (b.statements.rightToRevoke = 'yes'), 'statements.rightToRevoke'],
    ['unknown signature method', (b) => (b.signatureMethod = 'fax'), 'signatureMethod'],
    ['unknown medium', (b) => (b.scope.media = ['tattoo']), 'scope.media.0'],
    ['no channel', (b) => (b.scope.channels = []), 'scope.channels'],
    ['scope missing', (b) => delete loose(b).scope, 'scope'],
    ['representative without authority', (b) => (b.representative = { name: 'Sam Whitfield' }), 'representative.authority'],
    ['remuneration without description', (b) => (b.remuneration = { involved: true }), 'remuneration.description'],
    ['an unknown field', (b) => (b.favouriteColour = 'blue'), ''],
    ['an unknown nested field', (b) => (b.statements.extra = true), 'statements'],
  ];

  it.each(refusals)('refuses %s with a 400 naming it, and stores nothing', async (_name, mutate, path) => {
    const before = await consentCount();
    const body = JSON.parse(JSON.stringify(validConsent())) as Body;
    mutate(body);
    const response = await app.http().post('/compliance/consents').set(auth(privacy)).send(body);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    const paths = (response.body.error.details.errors as Array<{ path: string[] }>).map((error) => error.path.join('.'));
    if (path) expect(paths).toContain(path);
    else expect(response.body.error.message).toMatch(/unknown fields: favouriteColour/);
    expect(await consentCount()).toBe(before);
  });

  it('lists every problem of an empty body at once', async () => {
    const response = await app.http().post('/compliance/consents').set(auth(privacy)).send({});
    expect(response.status).toBe(400);
    const paths = (response.body.error.details.errors as Array<{ path: string[] }>).map((error) => error.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['subjectName', 'informationDescription', 'authorizedDisclosers', 'recipients', 'purposes', 'signedAt', 'signatureMethod', 'statements', 'scope']));
  });

  it('refuses malformed JSON with a 400', async () => {
    const before = await consentCount();
    const response = await app.http().post('/compliance/consents').set(auth(privacy)).set('Content-Type', 'application/json').send('{"subjectName": ');
    expect(response.status).toBe(400);
    expect(await consentCount()).toBe(before);
  });

  it('refuses a body that is not an object', async () => {
    const response = await app.http().post('/compliance/consents').set(auth(privacy)).send([1, 2]);
    expect(response.status).toBe(400);
  });

  it('refuses an evidence reference in JSON: the signed form is uploaded with the consent', async () => {
    const before = await consentCount();
    const response = await app.http().post('/compliance/consents').set(auth(privacy)).send({ ...validConsent(), evidence: 12 });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({ path: ['evidence'], message: expect.stringMatching(/files\.evidence/) });
    expect(await consentCount()).toBe(before);
  });

  it('accepts an expiration event instead of a date', async () => {
    const response = await app.http().post('/compliance/consents').set(auth(privacy)).send(validConsent({ expiresAt: null, expirationEvent: 'End of the 2027 campaign' }));
    expect(response.status).toBe(201);
    expect(response.body.data.expirationEvent).toBe('End of the 2027 campaign');
  });
});

describe('permissions', () => {
  it('gives editors read access but not manage', async () => {
    expect((await app.http().get('/compliance/consents').set(auth(editor))).status).toBe(200);
    const before = await consentCount();
    const response = await app.http().post('/compliance/consents').set(auth(editor)).send(validConsent());
    expect(response.status).toBe(403);
    expect(await consentCount()).toBe(before);
  });

  it('answers 401 without a token', async () => {
    expect((await app.http().get('/compliance/consents')).status).toBe(401);
    expect((await app.http().post('/compliance/consents').send(validConsent())).status).toBe(401);
  });

  it('exposes nothing under /api', async () => {
    const consent = await createConsent(app, admin);
    for (const path of ['/api/consent-records', `/api/consent-records/${consent.documentId}`, '/api/compliance/consents', '/api/audit-events', '/api/reviews']) {
      expect((await app.http().get(path)).status).toBe(404);
    }
  });
});

describe('immutability', () => {
  it('has no HTTP route to change or delete a consent', async () => {
    const consent = await createConsent(app, admin);
    const put = await app.http().put(`/compliance/consents/${consent.documentId}`).set(auth(admin)).send({ subjectName: 'Someone else' });
    const del = await app.http().delete(`/compliance/consents/${consent.documentId}`).set(auth(admin));
    expect([404, 405]).toContain(put.status);
    expect([404, 405]).toContain(del.status);
    const stored = await app.http().get(`/compliance/consents/${consent.documentId}`).set(auth(admin));
    expect(stored.body.data.subjectName).toBe('Dana Whitfield');
  });

  it('refuses update and delete through the Document Service and the query engine', async () => {
    const consent = await createConsent(app, admin);
    const documents = app.strapi.documents('plugin::compliance.consent-record' as never);
    await expect(documents.update({ documentId: consent.documentId, data: { subjectName: 'X' } } as never)).rejects.toThrow(/immutable/);
    await expect(documents.delete({ documentId: consent.documentId } as never)).rejects.toThrow(/immutable/);
    const query = app.strapi.db.query('plugin::compliance.consent-record');
    await expect(query.update({ where: { documentId: consent.documentId }, data: { subjectName: 'X' } })).rejects.toThrow(/immutable/);
    await expect(query.delete({ where: { documentId: consent.documentId } })).rejects.toThrow(/retention/);
    expect((await query.findOne({ where: { documentId: consent.documentId } })).subjectName).toBe('Dana Whitfield');
  });
});

describe('listing, links, revocation and receipt', () => {
  it('paginates, searches by subject and filters by status', async () => {
    await createConsent(app, admin, { subjectName: 'Zelda Quartermaine' });
    const search = await app.http().get('/compliance/consents?q=quartermaine&pageSize=5').set(auth(privacy));
    expect(search.status).toBe(200);
    expect(search.body.data.map((item: { subjectName: string }) => item.subjectName)).toEqual(['Zelda Quartermaine']);
    const page = await app.http().get('/compliance/consents?page=1&pageSize=2').set(auth(privacy));
    expect(page.body.data).toHaveLength(2);
    expect(page.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2 });
    expect(page.body.meta.pagination.total).toBeGreaterThan(2);
    const revokedOnly = await app.http().get('/compliance/consents?status=revoked').set(auth(privacy));
    expect(revokedOnly.body.data.every((item: { status: string }) => item.status === 'revoked')).toBe(true);
  });

  it.each([['pageSize=1000'], ['page=0'], ['status=deleted'], ['sort=subjectName']])('refuses the query %s with a 400', async (query) => {
    const response = await app.http().get(`/compliance/consents?${query}`).set(auth(editor));
    expect(response.status).toBe(400);
  });

  it('links and unlinks an entry, audited, and refuses bad targets', async () => {
    const consent = await createConsent(app, privacy);
    const entry = await createDraft(app, editor, 'api::testimonial.testimonial', { title: 'Linked story', quote: 'Great care.' });
    const ref = { uid: 'api::testimonial.testimonial', documentId: entry.documentId };

    const linked = await app.http().post(`/compliance/consents/${consent.documentId}/links`).set(auth(privacy)).send(ref);
    expect(linked.status).toBe(200);
    expect(linked.body.data.links).toEqual([expect.objectContaining({ ...ref, locale: null })]);
    const forEntry = await app.http().get('/compliance/consents').query(ref).set(auth(editor));
    expect(forEntry.body.data.map((item: { documentId: string }) => item.documentId)).toEqual([consent.documentId]);
    expect((await app.http().get('/compliance/consents').query({ uid: ref.uid }).set(auth(editor))).status).toBe(400);
    const noneLinked = await app.http().get('/compliance/consents').query({ uid: ref.uid, documentId: 'nothing-here' }).set(auth(editor));
    expect(noneLinked.body.data).toEqual([]);

    expect((await app.http().post(`/compliance/consents/${consent.documentId}/links`).set(auth(privacy)).send({ uid: 'api::page.page', documentId: entry.documentId })).status).toBe(400);
    expect((await app.http().post(`/compliance/consents/${consent.documentId}/links`).set(auth(privacy)).send({ ...ref, documentId: 'nope' })).status).toBe(404);
    expect((await app.http().post(`/compliance/consents/${consent.documentId}/links`).set(auth(privacy)).send({ uid: ref.uid })).status).toBe(400);
    expect((await app.http().post(`/compliance/consents/does-not-exist/links`).set(auth(privacy)).send(ref)).status).toBe(404);
    expect((await app.http().post(`/compliance/consents/${consent.documentId}/links`).set(auth(editor)).send(ref)).status).toBe(403);

    const unlinked = await app.http().delete(`/compliance/consents/${consent.documentId}/links`).query(ref).set(auth(privacy));
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.data.links).toEqual([]);
    // A draft: nothing to unpublish.
    expect(unlinked.body.meta).toEqual({ unpublished: [] });
    expect((await app.http().delete(`/compliance/consents/${consent.documentId}/links`).query(ref).set(auth(privacy))).status).toBe(404);
    expect((await app.http().delete(`/compliance/consents/${consent.documentId}/links`).query({ uid: ref.uid }).set(auth(privacy))).status).toBe(400);

    const actions = (await auditEvents(app)).filter((event) => event.subject?.documentId === entry.documentId).map((event) => event.action);
    expect(actions).toEqual(['entry.saved', 'consent.linked', 'consent.unlinked']);
  });

  it('revokes once, records who and why, and refuses a second revocation', async () => {
    const consent = await createConsent(app, privacy);
    expect((await app.http().post(`/compliance/consents/${consent.documentId}/revoke`).set(auth(privacy)).send({})).status).toBe(400);
    const revoked = await app.http().post(`/compliance/consents/${consent.documentId}/revoke`).set(auth(privacy)).send({ reason: 'Patient called the front desk' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.data).toMatchObject({ status: 'revoked', revocationReason: 'Patient called the front desk', revokedBy: { id: privacy.id } });
    expect(revoked.body.meta.unpublished).toEqual([]);
    const again = await app.http().post(`/compliance/consents/${consent.documentId}/revoke`).set(auth(privacy)).send({ reason: 'again' });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/already revoked/);
    const linkRevoked = await app.http().post(`/compliance/consents/${consent.documentId}/links`).set(auth(privacy)).send({ uid: 'api::testimonial.testimonial', documentId: 'x' });
    expect(linkRevoked.status).toBe(400);
  });

  it('serves a Kantara Consent Receipt v1.1', async () => {
    const consent = await createConsent(app, privacy, { signedAt: '2026-03-01T10:00:00.000Z' });
    const entry = await createDraft(app, editor, 'api::testimonial.testimonial', { title: 'Receipt story', quote: 'Kind staff.' });
    await app.http().post(`/compliance/consents/${consent.documentId}/links`).set(auth(privacy)).send({ uid: 'api::testimonial.testimonial', documentId: entry.documentId });
    const response = await app.http().get(`/compliance/consents/${consent.documentId}/receipt`).set(auth(editor));
    expect(response.status).toBe(200);
    const receipt = response.body;
    expect(receipt.version).toBe('KI-CR-v1.1.0');
    expect(receipt.consentTimestamp).toBe(Date.parse('2026-03-01T10:00:00.000Z') / 1000);
    expect(receipt.consentReceiptID).toBe(consent.receiptId);
    expect(receipt.sensitive).toBe(true);
    expect(receipt.spiCat.length).toBeGreaterThan(0);
    expect(receipt.piiControllers[0]).toMatchObject({ piiController: 'Riverside Clinic', email: 'privacy@riverside-clinic.example' });
    expect(receipt.services[0].purposes[0]).toMatchObject({ purpose: 'Marketing testimonial on the clinic website', consentType: 'EXPLICIT' });
    expect((await app.http().get('/compliance/consents/nope/receipt').set(auth(editor))).status).toBe(404);
    expect((await app.http().get(`/compliance/consents/${consent.documentId}/receipt?format=xml`).set(auth(editor))).status).toBe(400);
    expect((await app.http().get(`/compliance/consents/${consent.documentId}?populate=*`).set(auth(editor))).status).toBe(400);
  });
});
