import type { asPluginWrite as AsPluginWrite } from '../../server/src/services/internal-scope';
import { auth, createUser, PASSWORD, pluginSource, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { auditEvents, createDraft, signReview } from './helpers/fixtures';

const UID = 'api::testimonial.testimonial';
let app: TestApp;
let editor: TestUser;
let medical: TestUser;
let privacy: TestUser;
let editorReviewer: TestUser;

/** Signs with the content hash the reviewer is shown, unless the body names one. */
const sign = (user: TestUser, documentId: string, body: Record<string, unknown>) => signReview(app, user, UID, documentId, body);
const reviews = (user: TestUser, documentId: string) => app.http().get(`/compliance/reviews/${UID}/${documentId}`).set(auth(user));
const reviewCheck = async (user: TestUser, documentId: string) => {
  const response = await app.http().get(`/compliance/checks/${UID}/${documentId}`).set(auth(user));
  expect(response.status).toBe(200);
  return response.body.data.checks.find((check: { rule: string }) => check.rule === 'review.approval');
};

beforeAll(async () => {
  app = await startApp();
  editor = await createUser(app, ['strapi-editor'], 'editor');
  medical = await createUser(app, ['Medical reviewer'], 'medical');
  privacy = await createUser(app, ['Privacy reviewer'], 'privacy');
  editorReviewer = await createUser(app, ['strapi-editor', 'Medical reviewer'], 'editor-reviewer');
});
afterAll(async () => {
  await app?.close();
});

describe('signing a review', () => {
  let documentId: string;
  beforeAll(async () => {
    documentId = (await createDraft(app, editor, UID, { title: 'Knee story', quote: 'The physiotherapy helped me walk again.' })).documentId;
  });

  it('starts with no decision and names the roles required by the profile', async () => {
    const response = await reviews(editor, documentId);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([]);
    expect(response.body.meta.requiredRoles).toEqual(['privacy', 'medical']);
    expect(response.body.meta.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a wrong password with a 400, and the session stays valid', async () => {
    const response = await sign(medical, documentId, { role: 'medical', decision: 'approved', password: 'not-my-password' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['password']);
    expect((await app.http().get('/admin/users/me').set(auth(medical))).status).toBe(200);
    expect((await reviews(medical, documentId)).body.data).toEqual([]);
  });

  it.each([
    ['no password', { role: 'medical', decision: 'approved' }],
    ['an unknown decision', { role: 'medical', decision: 'maybe', password: PASSWORD }],
    ['a role the type does not need', { role: 'legal', decision: 'approved', password: PASSWORD }],
    ['an unknown field', { role: 'medical', decision: 'approved', password: PASSWORD, signature: 'x' }],
    ['a number as comment', { role: 'medical', decision: 'approved', password: PASSWORD, comment: 5 }],
  ])('refuses %s with a 400 and records nothing', async (_name, body) => {
    const response = await sign(medical, documentId, body);
    expect(response.status).toBe(400);
    expect((await reviews(medical, documentId)).body.data).toEqual([]);
  });

  it('refuses the author of the entry (separation of duties) with a 403', async () => {
    const own = await createDraft(app, editorReviewer, UID, { title: 'My own story', quote: 'I wrote this.' });
    const response = await sign(editorReviewer, own.documentId, { role: 'medical', decision: 'approved', password: PASSWORD });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toMatch(/separation of duties/);
  });

  it('refuses the last editor too', async () => {
    const entry = await createDraft(app, editor, UID, { title: 'Edited story', quote: 'Before.' });
    const edited = await app.http().put(`/content-manager/collection-types/${UID}/${entry.documentId}`).set(auth(editorReviewer)).send({ title: 'Edited story', quote: 'After.' });
    expect(edited.status).toBe(200);
    expect((await sign(editorReviewer, entry.documentId, { role: 'medical', decision: 'approved', password: PASSWORD })).status).toBe(403);
  });

  it('needs reviews.approve', async () => {
    expect((await sign(editor, documentId, { role: 'medical', decision: 'approved', password: PASSWORD })).status).toBe(403);
    expect((await app.http().post(`/compliance/reviews/${UID}/${documentId}`).send({})).status).toBe(401);
    expect((await app.http().get(`/compliance/reviews/${UID}/${documentId}`)).status).toBe(401);
  });

  it('records an approval with the signature meaning and the content hash, and audits it', async () => {
    const response = await sign(medical, documentId, { role: 'medical', decision: 'approved', comment: 'Claims are accurate.', password: PASSWORD });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({
      role: 'medical',
      decision: 'approved',
      meaning: 'Medical review: approved',
      current: true,
      comment: 'Claims are accurate.',
      reviewer: { id: medical.id, email: medical.email },
    });
    const check = await reviewCheck(editor, documentId);
    expect(check.details.missingRoles).toEqual(['privacy']);
    const event = (await auditEvents(app)).find((item) => item.action === 'review.recorded' && item.subject?.documentId === documentId);
    expect(event?.data).toMatchObject({ role: 'medical', decision: 'approved', meaning: 'Medical review: approved', contentHash: response.body.data.contentHash });
  });

  it('counts approvals per role, and an edit of the draft makes them stale', async () => {
    expect((await sign(privacy, documentId, { role: 'privacy', decision: 'approved', password: PASSWORD })).status).toBe(201);
    expect((await reviewCheck(editor, documentId)).status).toBe('pass');

    const edited = await app.http().put(`/content-manager/collection-types/${UID}/${documentId}`).set(auth(editor)).send({ title: 'Knee story', quote: 'The physiotherapy helped me run again.' });
    expect(edited.status).toBe(200);

    const listed = await reviews(editor, documentId);
    expect(listed.body.data).toHaveLength(2);
    expect(listed.body.data.every((review: { current: boolean }) => review.current === false)).toBe(true);
    const check = await reviewCheck(editor, documentId);
    expect(check.status).toBe('fail');
    expect(check.details.missingRoles).toEqual(['privacy', 'medical']);
    expect(check.message).toMatch(/previous version/);
  });

  it('lets a later request for changes override an approval on the same content', async () => {
    expect((await sign(medical, documentId, { role: 'medical', decision: 'approved', password: PASSWORD })).status).toBe(201);
    expect((await sign(medical, documentId, { role: 'medical', decision: 'changes-requested', comment: 'Add the typical results.', password: PASSWORD })).status).toBe(201);
    const check = await reviewCheck(editor, documentId);
    expect(check.details.missingRoles).toEqual(['privacy', 'medical']);
    const listed = await reviews(editor, documentId);
    expect(listed.body.data[0]).toMatchObject({ decision: 'changes-requested', meaning: 'Medical review: changes requested', current: true });
  });

  it('answers 400 for a type that is not marked, and 404 for a missing entry', async () => {
    expect((await app.http().get(`/compliance/reviews/api::page.page/${documentId}`).set(auth(editor))).status).toBe(400);
    expect((await app.http().get(`/compliance/reviews/${UID}/missing`).set(auth(editor))).status).toBe(404);
    expect((await sign(medical, 'missing', { role: 'medical', decision: 'approved', password: PASSWORD })).status).toBe(404);
  });
});

describe('review assignments', () => {
  it('lets only members of the assigned admin roles sign a review role', async () => {
    const entry = await createDraft(app, editor, UID, { title: 'Assigned story', quote: 'Friendly nurses.' });
    const wrongRole = await sign(medical, entry.documentId, { role: 'privacy', decision: 'approved', password: PASSWORD });
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body.error.message).toBe('The privacy review can only be signed by a member of: Privacy reviewer');
    expect((await reviews(editor, entry.documentId)).body.data).toEqual([]);
    expect((await sign(privacy, entry.documentId, { role: 'privacy', decision: 'approved', password: PASSWORD })).status).toBe(201);
  });
});

describe('two-person rule', () => {
  it('refuses a second role signed by the same person on the same version, and the rule never counts one person twice', async () => {
    const both = await createUser(app, ['Medical reviewer', 'Privacy reviewer'], 'both-roles');
    const entry = await createDraft(app, editor, UID, { title: 'Two-person story', quote: 'Clear explanations.' });
    expect((await sign(both, entry.documentId, { role: 'medical', decision: 'approved', password: PASSWORD })).status).toBe(201);
    const second = await sign(both, entry.documentId, { role: 'privacy', decision: 'approved', password: PASSWORD });
    expect(second.status).toBe(403);
    expect(second.body.error.message).toMatch(/already approved the medical review of this version/);
    // Requesting changes as another role is still allowed: it can only hold publication back.
    expect((await sign(both, entry.documentId, { role: 'privacy', decision: 'changes-requested', comment: 'Check the photo release.', password: PASSWORD })).status).toBe(201);

    // Even rows written around the API (which the plugin's guards refuse unless in its own write scope) cannot let one person satisfy two roles.
    const { contentHash } = (await reviews(editor, entry.documentId)).body.meta;
    // The running plugin's own scope (its async-local storage), not a second copy in jest's registry.
    const { asPluginWrite } = pluginSource<{ asPluginWrite: typeof AsPluginWrite }>('services/internal-scope');
    await asPluginWrite(() =>
      app.strapi.db.query('plugin::compliance.review').create({
        data: { entryUid: UID, entryDocumentId: entry.documentId, entryLocale: null, role: 'privacy', decision: 'approved', comment: null, reviewer: { id: both.id, name: 'both' }, meaning: 'Privacy review: approved', contentHash, signedAt: new Date(Date.now() + 1000).toISOString() },
      })
    );
    const check = await reviewCheck(editor, entry.documentId);
    expect(check.status).toBe('fail');
    expect(check.details.missingRoles).toEqual(['medical']);
    expect(check.message).toMatch(/each needs a different reviewer/);
  });
});

describe('the review queue', () => {
  it('lists drafts that cannot be published yet with what they lack', async () => {
    const entry = await createDraft(app, editor, UID, { title: 'Queued story', quote: 'Waiting for review.' });
    const response = await app.http().get('/compliance/queue?pageSize=100').set(auth(editor));
    expect(response.status).toBe(200);
    const item = response.body.data.find((row: { documentId: string }) => row.documentId === entry.documentId);
    expect(item).toMatchObject({ uid: UID, title: 'Queued story', contentType: 'Testimonial', published: false, missingRoles: ['privacy', 'medical'] });
    expect(item.failing.map((failure: { rule: string }) => failure.rule)).toEqual(expect.arrayContaining(['consent.present', 'review.approval']));
    expect(response.body.meta.pagination.total).toBeGreaterThanOrEqual(1);
    expect((await app.http().get('/compliance/queue?pageSize=0').set(auth(editor))).status).toBe(400);
    expect((await app.http().get('/compliance/queue?uid=api::page.page').set(auth(editor))).status).toBe(400);
    expect((await app.http().get('/compliance/queue')).status).toBe(401);
  });
});
