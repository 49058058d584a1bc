import { auth, createUser, PASSWORD, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { createConsent, createDraft, shownHash, signReview } from './helpers/fixtures';

/**
 * Stored statuses (README, "Stored statuses"): refreshed in the transaction of every change,
 * read by the list view's batch route and the review queue, only for entries the caller may read.
 */
const UID = 'api::testimonial.testimonial';
const STATUS = 'plugin::compliance.entry-status';
const GOOD = { title: 'Walking again', quote: 'The physiotherapy team explained every step and I felt listened to.', channel: 'website' };

let app: TestApp;
let editor: TestUser;
let medical: TestUser;
let privacy: TestUser;

interface StoredRow {
  contentHash: string;
  passed: boolean;
  failing: string[];
  missingRoles: string[];
  published: boolean;
}

const stored = async (documentId: string, uid = UID) =>
  (await app.strapi.db.query(STATUS as never).findOne({ where: { entryUid: uid, entryDocumentId: documentId } } as never)) as StoredRow | null;

const cm = (user: TestUser) => ({
  post: (path: string, body: object = {}) => app.http().post(`/content-manager/collection-types/${path}`).set(auth(user)).send(body),
  put: (path: string, body: object = {}) => app.http().put(`/content-manager/collection-types/${path}`).set(auth(user)).send(body),
});

const link = (consentId: string, documentId: string) =>
  app.http().post(`/compliance/consents/${consentId}/links`).set(auth(privacy)).send({ uid: UID, documentId });

beforeAll(async () => {
  app = await startApp();
  editor = await createUser(app, ['strapi-editor'], 'editor');
  medical = await createUser(app, ['Medical reviewer'], 'medical');
  privacy = await createUser(app, ['Privacy reviewer'], 'privacy');
});
afterAll(async () => {
  await app?.close();
});

describe('the stored status follows every change', () => {
  let documentId: string;
  let consentId: string;

  it('is written by the first save and follows each draft save', async () => {
    documentId = (await createDraft(app, editor, UID, GOOD)).documentId;
    const first = await stored(documentId);
    expect(first).toMatchObject({ passed: false, published: false, contentHash: await shownHash(app, editor, UID, documentId) });
    expect(first?.failing).toEqual(expect.arrayContaining(['consent.present', 'review.approval']));
    expect(first?.missingRoles).toEqual(['privacy', 'medical']);

    expect((await cm(editor).put(`${UID}/${documentId}`, { ...GOOD, title: 'Walking again, a year on' })).status).toBe(200);
    const second = await stored(documentId);
    expect(second?.contentHash).not.toBe(first?.contentHash);
    expect(second?.contentHash).toBe(await shownHash(app, editor, UID, documentId));
  });

  it('follows a consent link and each review', async () => {
    consentId = (await createConsent(app, privacy)).documentId;
    expect((await link(consentId, documentId)).status).toBe(200);
    expect((await stored(documentId))?.failing).not.toContain('consent.present');

    expect((await signReview(app, privacy, UID, documentId, { role: 'privacy', decision: 'approved', password: PASSWORD })).status).toBe(201);
    expect((await stored(documentId))?.missingRoles).toEqual(['medical']);
    expect((await signReview(app, medical, UID, documentId, { role: 'medical', decision: 'approved', password: PASSWORD })).status).toBe(201);
    expect(await stored(documentId)).toMatchObject({ passed: true, failing: [], missingRoles: [] });
  });

  it('follows publish and unpublish', async () => {
    expect((await cm(editor).post(`${UID}/${documentId}/actions/publish`, {})).status).toBe(200);
    expect(await stored(documentId)).toMatchObject({ passed: true, published: true });
    expect((await cm(editor).post(`${UID}/${documentId}/actions/unpublish`, {})).status).toBe(200);
    expect(await stored(documentId)).toMatchObject({ passed: true, published: false });
  });

  it('follows an unlink', async () => {
    const response = await app.http().delete(`/compliance/consents/${consentId}/links`).query({ uid: UID, documentId }).set(auth(privacy));
    expect(response.status).toBe(200);
    expect(await stored(documentId)).toMatchObject({ passed: false });
    expect((await stored(documentId))?.failing).toContain('consent.present');
  });

  it('follows a revocation', async () => {
    const other = (await createConsent(app, privacy)).documentId;
    expect((await link(other, documentId)).status).toBe(200);
    expect((await stored(documentId))?.failing).not.toContain('consent.present');
    const revoked = await app.http().post(`/compliance/consents/${other}/revoke`).set(auth(privacy)).send({ reason: 'Patient asked by phone' });
    expect(revoked.status).toBe(200);
    const after = await stored(documentId);
    expect(after?.passed).toBe(false);
    expect(after?.failing.some((rule) => rule.startsWith('consent.'))).toBe(true);
  });

  it('follows an expiry', async () => {
    const entry = (await createDraft(app, editor, UID, { ...GOOD, title: 'Expiring story' })).documentId;
    const soon = (await createConsent(app, privacy, { expiresAt: new Date(Date.now() + 3 * 86400000).toISOString() })).documentId;
    expect((await link(soon, entry)).status).toBe(200);
    expect((await stored(entry))?.failing).not.toContain('consent.present');
    const result = await app.strapi.plugin('compliance').service('expiry').run(new Date(Date.now() + 4 * 86400000));
    expect(result.expired).toContain(soon);
    expect((await stored(entry))?.failing.some((rule: string) => rule.startsWith('consent.'))).toBe(true);
  });

  it('is removed with the entry', async () => {
    const entry = (await createDraft(app, editor, UID, { ...GOOD, title: 'Short-lived' })).documentId;
    expect(await stored(entry)).not.toBeNull();
    await app.strapi.documents(UID as never).delete({ documentId: entry } as never);
    expect(await stored(entry)).toBeNull();
  });

  it('rolls back with a save the gate refuses', async () => {
    const entry = (await createDraft(app, editor, UID, GOOD)).documentId;
    const before = await stored(entry);
    const update = app.strapi.documents(UID as never).update({ documentId: entry, data: { ...GOOD, quote: 'Call me at 555-201-3344.' }, status: 'published' } as never);
    await expect(update).rejects.toThrow(/compliance checklist blocked publication/);
    expect((await stored(entry))?.contentHash).toBe(before?.contentHash);
  });
});
