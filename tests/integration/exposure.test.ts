import type { UID } from '@strapi/strapi';
import { auth, createUser, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { createConsent, createDraft, validConsent } from './helpers/fixtures';

/**
 * No way around the plugin's routes: nothing of `plugin::compliance.*` is reachable through
 * GraphQL, REST, the Users & Permissions role editor, the Content Manager or strapi.documents(),
 * whatever the token; and nothing the plugin's admin API answers may be cached.
 */
const PLUGIN_UIDS = [
  'plugin::compliance.consent-record',
  'plugin::compliance.consent-link',
  'plugin::compliance.review',
  'plugin::compliance.audit-event',
  'plugin::compliance.audit-head',
  'plugin::compliance.evidence-chunk',
  'plugin::compliance.waiver',
  'plugin::compliance.entry-status',
  'plugin::compliance.status-job',
];
const SUBJECT = 'Imogen Vantablack';

let app: TestApp;
let admin: TestUser;
let editor: TestUser;
let consentId: string;
let readOnly: string;
let fullAccess: string;

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
const graphql = (key: string, query: string) => app.http().post('/graphql').set(bearer(key)).send({ query });
const leaks = (body: unknown) => JSON.stringify(body ?? null).includes(SUBJECT);
const rowCount = (uid: string) => app.strapi.db.query(uid as UID.ContentType).count();

beforeAll(async () => {
  app = await startApp();
  admin = await createUser(app, ['super-admin'], 'admin');
  editor = await createUser(app, ['strapi-editor'], 'editor');
  const consent = await createConsent(app, admin, { subjectName: SUBJECT });
  consentId = consent.documentId;
  const entry = await createDraft(app, editor, 'api::testimonial.testimonial', { title: 'Exposure story', quote: 'Kind people.' });
  await app.http().post(`/compliance/consents/${consentId}/links`).set(auth(admin)).send({ uid: 'api::testimonial.testimonial', documentId: entry.documentId });
  const tokens = app.strapi.service('admin::api-token') as { create(attributes: Record<string, unknown>): Promise<{ accessKey: string }> };
  readOnly = (await tokens.create({ name: 'probe read-only', type: 'read-only', lifespan: null })).accessKey;
  fullAccess = (await tokens.create({ name: 'probe full-access', type: 'full-access', lifespan: null })).accessKey;
});
afterAll(async () => {
  await app?.close();
});

describe('GraphQL', () => {
  const token = (name: string) => (name === 'read-only' ? readOnly : fullAccess);
  it.each(['read-only', 'full-access'])('has no type, query or mutation of the plugin for a %s token', async (name) => {
    const response = await graphql(
      token(name),
      '{ __schema { types { name } queryType { fields { name } } mutationType { fields { name } } } }'
    );
    expect(response.status).toBe(200);
    const schema = response.body.data.__schema as { types: Array<{ name: string }>; queryType: { fields: Array<{ name: string }> }; mutationType: { fields: Array<{ name: string }> } };
    // The schema is really there (the example app's own types are in it)…
    expect(schema.queryType.fields.map((field) => field.name)).toContain('testimonials');
    // …and nothing of the plugin is.
    expect(schema.types.map((type) => type.name).filter((name) => /^Compliance|EvidenceChunk|ConsentRecord|AuditEvent/i.test(name))).toEqual([]);
    expect([...schema.queryType.fields, ...schema.mutationType.fields].map((field) => field.name).filter((name) => /compliance/i.test(name))).toEqual([]);
  });

  it.each([
    ['read-only', '{ complianceConsentRecords { subjectName documentId } }'],
    ['full-access', '{ complianceConsentRecords { subjectName documentId } }'],
    ['full-access', '{ complianceConsentRecord(documentId: "x") { subjectName } }'],
    ['read-only', '{ complianceAuditEvents { action data } }'],
    ['full-access', '{ complianceReviews { comment } }'],
    ['full-access', '{ complianceConsentLinks { entryDocumentId } }'],
    ['read-only', '{ complianceWaivers { match reason } }'],
  ])('refuses the query with a %s token: %s', async (name, query) => {
    const response = await graphql(token(name), query);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/Cannot query field/);
    expect(leaks(response.body)).toBe(false);
  });

  it.each([
    ['createComplianceConsentRecord(data: { subjectName: "Forged" }) { documentId }'],
    ['deleteComplianceConsentRecord(documentId: "x") { documentId }'],
    ['updateComplianceConsentRecord(documentId: "x", data: { subjectName: "Forged" }) { documentId }'],
    ['createComplianceReview(data: { role: "medical", decision: approved }) { documentId }'],
    ['createComplianceAuditEvent(data: { action: "forged" }) { documentId }'],
    ['createComplianceWaiver(data: { rule: "phi.scan", match: "x" }) { documentId }'],
  ])('refuses the mutation with a full-access token and writes nothing: %s', async (mutation) => {
    const before = await Promise.all(PLUGIN_UIDS.map(rowCount));
    const response = await graphql(fullAccess, `mutation { ${mutation} }`);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/Cannot query field/);
    expect(await Promise.all(PLUGIN_UIDS.map(rowCount))).toEqual(before);
  });
});

describe('REST (content API)', () => {
  const paths = () => [
    '/api/consent-records',
    `/api/consent-records/${consentId}`,
    '/api/compliance-consent-records',
    '/api/compliance/consent-records',
    '/api/compliance/consents',
    '/api/audit-events',
    '/api/reviews',
    '/api/consent-links',
    '/api/evidence-chunks',
    '/api/waivers',
    '/api/compliance-waivers',
  ];

  const headers = (name: string): Record<string, string> => (name === 'read-only' ? bearer(readOnly) : name === 'full-access' ? bearer(fullAccess) : {});

  it.each(['read-only', 'full-access', 'no'])('has no route for the plugin, with %s token', async (name) => {
    for (const path of paths()) {
      const response = await app.http().get(path).set(headers(name));
      expect([path, response.status]).toEqual([path, 404]);
      expect(leaks(response.body)).toBe(false);
    }
    const before = await Promise.all(PLUGIN_UIDS.map(rowCount));
    for (const path of ['/api/consent-records', '/api/compliance/consents']) {
      const post = await app.http().post(path).set(headers(name)).send({ data: validConsent() });
      // No route: 404, or 405 where Strapi's router knows the path for another method.
      expect([404, 405]).toContain(post.status);
    }
    expect(await Promise.all(PLUGIN_UIDS.map(rowCount))).toEqual(before);
  });

  it('refuses API tokens on the plugin’s admin routes', async () => {
    for (const key of [readOnly, fullAccess]) {
      const list = await app.http().get('/compliance/consents').set(bearer(key));
      expect(list.status).toBe(401);
      expect(leaks(list.body)).toBe(false);
      expect((await app.http().post('/compliance/consents').set(bearer(key)).send(validConsent())).status).toBe(401);
    }
  });
});

describe('Users & Permissions', () => {
  it('lists no action of the plugin in the role editor', async () => {
    const response = await app.http().get('/users-permissions/permissions').set(auth(admin));
    expect(response.status).toBe(200);
    const permissions = response.body.permissions as Record<string, unknown>;
    // The editor does list the app's own APIs…
    expect(Object.keys(permissions)).toContain('api::testimonial');
    // …and nothing of the plugin.
    expect(Object.keys(permissions).filter((key) => key.includes('compliance'))).toEqual([]);
    expect(JSON.stringify(permissions)).not.toMatch(/compliance/);
  });

  it('refuses an end user’s JWT on the plugin’s admin routes', async () => {
    const registered = await app.http().post('/api/auth/local/register').send({ username: 'patient-probe', email: 'patient-probe@test.example', password: 'End-user-2026' });
    expect(registered.status).toBe(200);
    const response = await app.http().get('/compliance/consents').set(bearer(registered.body.jwt as string));
    expect(response.status).toBe(401);
    expect(leaks(response.body)).toBe(false);
  });
});

describe('Content Manager, as Super Admin', () => {
  it('shows none of the plugin’s types', async () => {
    for (const path of ['/content-manager/init', '/content-manager/content-types']) {
      const response = await app.http().get(path).set(auth(admin));
      expect(response.status).toBe(200);
      const types = (path.endsWith('init') ? response.body.data.contentTypes : response.body.data) as Array<{ uid: string; isDisplayed: boolean }>;
      expect(types.filter((type) => PLUGIN_UIDS.includes(type.uid) && type.isDisplayed)).toEqual([]);
    }
  });

  it.each(PLUGIN_UIDS)('refuses to list, read or create %s', async (uid) => {
    const list = await app.http().get(`/content-manager/collection-types/${uid}`).set(auth(admin));
    expect(list.status).toBe(403);
    expect(leaks(list.body)).toBe(false);
    const documentId = uid.endsWith('consent-record') ? consentId : 'anything';
    const one = await app.http().get(`/content-manager/collection-types/${uid}/${documentId}`).set(auth(admin));
    expect(one.status).toBe(403);
    expect(leaks(one.body)).toBe(false);
    const before = await rowCount(uid);
    const created = await app.http().post(`/content-manager/collection-types/${uid}`).set(auth(admin)).send(validConsent());
    expect(created.status).toBe(403);
    expect(await rowCount(uid)).toBe(before);
  });

  it('keeps the home page widgets working (they skip hidden types)', async () => {
    const response = await app.http().get('/content-manager/homepage/recent-documents?action=update').set(auth(admin));
    expect(response.status).toBe(200);
    expect(leaks(response.body)).toBe(false);
  });
});

describe('strapi.documents() and the query engine', () => {
  it.each(PLUGIN_UIDS)('refuses every Document Service action on %s', async (uid) => {
    const documents = app.strapi.documents(uid as UID.ContentType);
    await expect(documents.findMany({})).rejects.toThrow(/reachable only through the compliance plugin/);
    await expect(documents.findOne({ documentId: consentId })).rejects.toThrow(/reachable only through the compliance plugin/);
    await expect(documents.count({})).rejects.toThrow(/reachable only through the compliance plugin/);
    const before = await rowCount(uid);
    await expect(documents.create({ data: {} })).rejects.toThrow(/reachable only through the compliance plugin/);
    expect(await rowCount(uid)).toBe(before);
  });

  it.each(PLUGIN_UIDS)('refuses creating %s through the query engine', async (uid) => {
    const before = await rowCount(uid);
    await expect(app.strapi.db.query(uid as UID.ContentType).create({ data: {} })).rejects.toThrow(/written only by the compliance plugin/);
    expect(await rowCount(uid)).toBe(before);
  });

  it('refuses changing or deleting links through the query engine', async () => {
    const query = app.strapi.db.query('plugin::compliance.consent-link');
    const before = await query.count();
    await expect(query.deleteMany({ where: { consentDocumentId: consentId } })).rejects.toThrow(/written only by the compliance plugin/);
    await expect(query.updateMany({ where: { consentDocumentId: consentId }, data: { entryDocumentId: 'elsewhere' } })).rejects.toThrow(/written only by the compliance plugin/);
    expect(await query.count()).toBe(before);
  });

  it('still lets the plugin write through its own routes', async () => {
    const response = await app.http().post('/compliance/consents').set(auth(admin)).send(validConsent());
    expect(response.status).toBe(201);
  });
});

describe('Cache-Control', () => {
  it.each([
    ['a 200', () => app.http().get('/compliance/consents').set(auth(admin)), 200],
    ['a 200 download', () => app.http().get(`/compliance/consents/${consentId}/receipt`).set(auth(admin)), 200],
    ['a 201', () => app.http().post('/compliance/consents').set(auth(admin)).send(validConsent()), 201],
    ['a 400', () => app.http().post('/compliance/consents').set(auth(admin)).send({}), 400],
    ['a 400 from a bad query', () => app.http().get('/compliance/consents?pageSize=9999').set(auth(admin)), 400],
    ['a 401', () => app.http().get('/compliance/consents'), 401],
    ['a 403', () => app.http().get('/compliance/settings').set(auth(editor)), 403],
    ['a 404', () => app.http().get('/compliance/consents/does-not-exist').set(auth(admin)), 404],
    ['a 404 of no route', () => app.http().get('/compliance/nothing-here').set(auth(admin)), 404],
    ['a 405-ish of a wrong method', () => app.http().put(`/compliance/consents/${consentId}`).set(auth(admin)).send({}), undefined],
    ['a checklist', () => app.http().get('/compliance/queue').set(auth(admin)), 200],
    ['the audit export', () => app.http().get('/compliance/audit').set(auth(admin)), 200],
  ])('is no-store on %s', async (_name, send, status) => {
    const response = await send();
    if (status !== undefined) expect(response.status).toBe(status);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('leaves the rest of the app alone', async () => {
    const response = await app.http().get('/content-manager/init').set(auth(admin));
    expect(response.headers['cache-control']).not.toBe('no-store');
  });
});
