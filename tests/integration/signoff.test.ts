import { auth, createUser, PASSWORD, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { auditEvents, createDraft, shownHash, signReview } from './helpers/fixtures';

/**
 * A sign-off means exactly what it says: the reviewer signs the version they were shown (409
 * otherwise, also when an editor saves during the signature), and nobody who created the entry
 * or edited it since its last publication signs it (the edit history is the audit trail's
 * `entry.saved` events).
 */
const UID = 'api::testimonial.testimonial';
const ARTICLE = 'api::health-article.health-article';

let app: TestApp;
let editor: TestUser;
let medical: TestUser;
let editorReviewer: TestUser;
let apiToken: string;

const save = (user: TestUser, documentId: string, data: Record<string, unknown>, uid = UID, locale?: string) =>
  app.http().put(`/content-manager/collection-types/${uid}/${documentId}${locale ? `?locale=${locale}` : ''}`).set(auth(user)).send(data);
const sign = (user: TestUser, documentId: string, body: Record<string, unknown>, uid = UID) =>
  signReview(app, user, uid, documentId, { decision: 'approved', password: PASSWORD, ...body });
const reviewRows = async (documentId: string) => app.strapi.db.query('plugin::compliance.review').findMany({ where: { entryDocumentId: documentId } });
const recordedEvents = async (documentId: string) =>
  (await auditEvents(app)).filter((event) => event.action === 'review.recorded' && event.subject?.documentId === documentId);

beforeAll(async () => {
  app = await startApp();
  editor = await createUser(app, ['strapi-editor'], 'editor');
  medical = await createUser(app, ['Medical reviewer'], 'medical');
  await createUser(app, ['Privacy reviewer'], 'privacy');
  editorReviewer = await createUser(app, ['strapi-editor', 'Medical reviewer'], 'editor-reviewer');
  const token = await app.strapi.service('admin::api-token').create({ name: 'signoff-test', type: 'full-access', lifespan: null, description: '' });
  apiToken = token.accessKey;
});
afterAll(async () => {
  await app?.close();
});

describe('sign what you saw', () => {
  it('requires the content hash the reviewer was shown', async () => {
    const entry = await createDraft(app, editor, UID, { title: 'Hash story', quote: 'Clear advice.' });
    const missing = await app.http().post(`/compliance/reviews/${UID}/${entry.documentId}`).set(auth(medical)).send({ role: 'medical', decision: 'approved', password: PASSWORD });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['contentHash'] })]));
    const malformed = await sign(medical, entry.documentId, { role: 'medical', contentHash: 'abc' });
    expect(malformed.status).toBe(400);
    expect(await reviewRows(entry.documentId)).toEqual([]);
  });

  it('answers 409 with the current hash when the draft changed since it was shown, and records nothing', async () => {
    const entry = await createDraft(app, editor, UID, { title: 'Stale story', quote: 'Version one.' });
    const shown = await shownHash(app, medical, UID, entry.documentId);
    expect((await save(editor, entry.documentId, { title: 'Stale story', quote: 'Version two.' })).status).toBe(200);
    const current = await shownHash(app, medical, UID, entry.documentId);

    const refused = await sign(medical, entry.documentId, { role: 'medical', contentHash: shown });
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      data: null,
      error: { status: 409, name: 'ConflictError', message: expect.stringMatching(/changed since you opened it/), details: { code: 'STALE_CONTENT', currentHash: current } },
    });
    expect(await reviewRows(entry.documentId)).toEqual([]);
    expect(await recordedEvents(entry.documentId)).toEqual([]);

    const signed = await sign(medical, entry.documentId, { role: 'medical', contentHash: current });
    expect(signed.status).toBe(201);
    expect(signed.body.data).toMatchObject({ contentHash: current, current: true });
  });

  it('answers 409 when an editor saves while the signature is being checked, and records nothing', async () => {
    const entry = await createDraft(app, editor, UID, { title: 'Race story', quote: 'Before the save.' });
    const shown = await shownHash(app, medical, UID, entry.documentId);
    // The reviewer's request has arrived; while their password is checked, the editor saves.
    let editorSaved = 0;
    const unsubscribe = app.strapi.db.lifecycles.subscribe({
      models: ['plugin::compliance.signing-state'],
      async afterFindOne() {
        if (editorSaved) return;
        editorSaved = (await save(editor, entry.documentId, { title: 'Race story', quote: 'Saved during the signature.' })).status;
      },
    } as never) as unknown as () => void;
    const refused = await sign(medical, entry.documentId, { role: 'medical', contentHash: shown });
    unsubscribe();
    expect(editorSaved).toBe(200);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.currentHash).toBe(await shownHash(app, medical, UID, entry.documentId));
    expect(refused.body.error.details.currentHash).not.toBe(shown);
    expect(await reviewRows(entry.documentId)).toEqual([]);
  });

  it('binds every recorded approval to the version the reviewer sent, with saves and signatures racing', async () => {
    const entry = await createDraft(app, editor, UID, { title: 'Busy story', quote: 'Round 0.' });
    const outcomes: number[] = [];
    for (let round = 1; round <= 8; round += 1) {
      const shown = await shownHash(app, medical, UID, entry.documentId);
      const [saved, signed] = await Promise.all([
        save(editor, entry.documentId, { title: 'Busy story', quote: `Round ${round}.` }),
        sign(medical, entry.documentId, { role: 'medical', contentHash: shown }),
      ]);
      expect(saved.status).toBe(200);
      expect([201, 409]).toContain(signed.status);
      if (signed.status === 201) expect(signed.body.data.contentHash).toBe(shown);
      outcomes.push(signed.status);
    }
    // In the audit trail (one order of commits), each approval follows a save of exactly the version it signed.
    const events = (await auditEvents(app)).filter((event) => event.subject?.documentId === entry.documentId);
    let draftHash: unknown;
    let approvals = 0;
    for (const event of events) {
      if (event.action === 'entry.saved') draftHash = event.data.contentHash;
      if (event.action === 'review.recorded') {
        approvals += 1;
        expect(event.data.contentHash).toBe(draftHash);
      }
    }
    expect(approvals).toBe(outcomes.filter((status) => status === 201).length);
  });
});

describe('the edit history', () => {
  it('records every save of a marked draft with who saved it and the content hash after the save', async () => {
    const entry = await createDraft(app, editor, UID, { title: 'History story', quote: 'First.' });
    expect((await save(editorReviewer, entry.documentId, { title: 'History story', quote: 'Second.' })).status).toBe(200);
    const viaToken = await app.http().put(`/api/testimonials/${entry.documentId}?status=draft`).set({ Authorization: `Bearer ${apiToken}` }).send({ data: { quote: 'Third.' } });
    expect(viaToken.status).toBe(200);
    await app.strapi.documents(UID as never).update({ documentId: entry.documentId, data: { quote: 'Fourth.' } } as never);

    const saves = (await auditEvents(app)).filter((event) => event.action === 'entry.saved' && event.subject?.documentId === entry.documentId);
    expect(saves.map((event) => [event.actor.type, event.actor.id, event.data.via])).toEqual([
      ['admin', editor.id, 'create'],
      ['admin', editorReviewer.id, 'update'],
      ['api-token', expect.anything(), 'update'],
      ['system', null, 'update'],
    ]);
    expect(saves[3].data.contentHash).toBe(await shownHash(app, editor, UID, entry.documentId));
    expect(new Set(saves.map((event) => event.data.contentHash)).size).toBe(4);
  });

  it('does not record saves of unmarked types, nor a save the gate refuses', async () => {
    const before = (await auditEvents(app)).filter((event) => event.action === 'entry.saved').length;
    expect((await app.http().post('/api/pages?status=draft').set({ Authorization: `Bearer ${apiToken}` }).send({ data: { title: 'Unmarked' } })).status).toBe(201);
    // A create-and-publish the checklist refuses rolls back the draft save and its event.
    expect((await app.http().post('/api/testimonials').set({ Authorization: `Bearer ${apiToken}` }).send({ data: { title: 'Refused', quote: 'Call 555-201-3344' } })).status).toBe(400);
    expect((await auditEvents(app)).filter((event) => event.action === 'entry.saved').length).toBe(before);
  });
});

describe('separation of duties over the edit history', () => {
  it('refuses a reviewer who edited the draft earlier, after someone else saved last', async () => {
    const entry = await createDraft(app, editor, UID, { title: 'Shared story', quote: 'Draft by the editor.' });
    expect((await save(editorReviewer, entry.documentId, { title: 'Shared story', quote: 'Edited by the reviewer.' })).status).toBe(200);
    expect((await save(editor, entry.documentId, { title: 'Shared story', quote: 'Edited by the editor again.' })).status).toBe(200);
    const refused = await sign(editorReviewer, entry.documentId, { role: 'medical' });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ name: 'PolicyError', message: expect.stringMatching(/edited this entry since it was last published/), details: { code: 'OWN_CONTENT' } });
    expect(await reviewRows(entry.documentId)).toEqual([]);
  });

  it('counts only the saves since the last publication in that locale', async () => {
    // Strapi's default Editor role holds only the locales that existed when it was created: admins edit here.
    const writer = await createUser(app, ['super-admin'], 'writer');
    const writerReviewer = await createUser(app, ['super-admin', 'Medical reviewer'], 'writer-reviewer');
    const body = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
    const en = await createDraft(app, writer, ARTICLE, { title: 'Sleep', summary: 'Sleep basics.', body: body('Keep a regular bedtime.') }, 'en');
    // The reviewer writes the French version; the English one stays the writer's.
    expect((await save(writerReviewer, en.documentId, { title: 'Sommeil', summary: 'Les bases.', body: body('Couchez-vous à heure fixe.') }, ARTICLE, 'fr')).status).toBe(200);
    expect((await sign(writerReviewer, en.documentId, { role: 'medical', locale: 'fr' }, ARTICLE)).status).toBe(403);
    expect((await sign(writerReviewer, en.documentId, { role: 'medical', locale: 'en' }, ARTICLE)).status).toBe(201);

    // An edit of the English version bars the reviewer from signing it until it is published.
    const revise = (user: TestUser, summary: string) => save(user, en.documentId, { title: 'Sleep', summary, body: body('Keep a regular bedtime.') }, ARTICLE, 'en');
    expect((await revise(writerReviewer, 'Sleep basics, revised.')).status).toBe(200);
    expect((await revise(writer, 'Sleep basics, revised by the writer.')).status).toBe(200);
    expect((await sign(writerReviewer, en.documentId, { role: 'medical', locale: 'en' }, ARTICLE)).status).toBe(403);
    expect((await sign(medical, en.documentId, { role: 'medical', locale: 'en' }, ARTICLE)).status).toBe(201);
    expect((await app.http().post(`/content-manager/collection-types/${ARTICLE}/${en.documentId}/actions/publish?locale=en`).set(auth(writer)).send({})).status).toBe(200);
    // After the publication, only later saves count: the writer's new version is the reviewer's to sign.
    expect((await revise(writer, 'Sleep basics, third version.')).status).toBe(200);
    expect((await sign(writerReviewer, en.documentId, { role: 'medical', locale: 'en' }, ARTICLE)).status).toBe(201);
  });

  it('refuses the creator even when others saved since', async () => {
    const own = await createDraft(app, editorReviewer, UID, { title: 'Own story', quote: 'Mine.' });
    expect((await save(editor, own.documentId, { title: 'Own story', quote: 'Reworded by the editor.' })).status).toBe(200);
    const refused = await sign(editorReviewer, own.documentId, { role: 'medical' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/You created this entry/);
  });
});
