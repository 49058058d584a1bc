import { randomBytes } from 'node:crypto';
import { auth, bootOnCurrentDatabase, createUser, createUserWithPermissions, PASSWORD, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { createConsent, createDraft, shownHash, signReview } from './helpers/fixtures';
import { findDraftDocument } from '../../server/src/utils/db';
import { getService } from '../../server/src/utils/get-service';
import type { UID as StrapiUID } from '@strapi/strapi';

/**
 * Stored statuses (README, "Stored statuses"): refreshed in the transaction of every change,
 * read by the list view's batch route and the review queue, only for entries the caller may read.
 */
const UID = 'api::testimonial.testimonial';
const STATUS = 'plugin::compliance.entry-status';
const GOOD = { title: 'Walking again', quote: 'The physiotherapy team explained every step and I felt listened to.', channel: 'website' };

// Small batches, so a restart can land in the middle of the re-evaluation.
process.env.COMPLIANCE_REEVALUATION_BATCH = '5';

let app: TestApp;
let editor: TestUser;
let medical: TestUser;
let privacy: TestUser;

interface StoredRow {
  contentHash: string;
  passed: boolean;
  failing: string[];
  missingRoles: string[];
}

const stored = async (documentId: string, uid = UID) =>
  (await app.strapi.db.query(STATUS).findOne({ where: { entryUid: uid, entryDocumentId: documentId } })) as StoredRow | null;

/** The status as GET /statuses answers it: `published` is read from the entry's own rows. */
const listed = async (documentId: string) => {
  const response = await app.http().get('/compliance/statuses').query({ uid: UID, documentIds: [documentId] }).set(auth(editor));
  expect(response.status).toBe(200);
  return response.body.data[0] as StoredRow & { published: boolean };
};

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
    expect(first).toMatchObject({ passed: false, contentHash: await shownHash(app, editor, UID, documentId) });
    expect(await listed(documentId)).toMatchObject({ passed: false, published: false });
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
    expect(await listed(documentId)).toMatchObject({ passed: true, published: true });
    expect((await cm(editor).post(`${UID}/${documentId}/actions/unpublish`, {})).status).toBe(200);
    expect(await listed(documentId)).toMatchObject({ passed: true, published: false });
  });

  it('a publish or unpublish of an unchanged draft writes nothing; a row that differs is rewritten whole', async () => {
    const table = () => app.strapi.db.connection('compliance_entry_statuses').where({ entry_uid: UID, entry_document_id: documentId });
    type Raw = { digest: string | null; roles_key: string };
    const before = (await table().first()) as Raw;
    expect(before.digest).toEqual(expect.any(String));
    // A marker in a stored column shows whether the row was written.
    await table().update({ roles_key: ',marker,' });
    // The Document Service's publish leaves the draft alone (the Content Manager's saves it first).
    await app.strapi.documents(UID).publish({ documentId });
    expect((await table().first()) as Raw).toMatchObject({ digest: before.digest, roles_key: ',marker,' });
    expect(await listed(documentId)).toMatchObject({ passed: true, published: true, failing: [] });

    // A row whose digest does not match what is evaluated is rewritten whole.
    await table().update({ digest: 'stale' });
    await app.strapi.documents(UID).unpublish({ documentId });
    expect((await table().first()) as Raw).toMatchObject({ digest: before.digest, roles_key: '' });
    expect(await listed(documentId)).toMatchObject({ passed: true, published: false, failing: [] });
    // The same through the gate (on PostgreSQL it reads the digest with its locks).
    await table().update({ digest: 'stale', roles_key: ',marker,' });
    await app.strapi.documents(UID).publish({ documentId });
    expect((await table().first()) as Raw).toMatchObject({ digest: before.digest, roles_key: '' });
    await app.strapi.documents(UID).unpublish({ documentId });
  });

  it('internal tables written on every publish carry only the indexes something reads', async () => {
    const inspector = (app.strapi.db.dialect as unknown as { schemaInspector: { getIndexes(table: string): Promise<Array<{ name: string; columns: string[] }>> } }).schemaInspector;
    for (const table of ['compliance_audit_events', 'compliance_audit_heads', 'compliance_entry_statuses']) {
      const indexes = await inspector.getIndexes(table);
      expect(indexes.length).toBeGreaterThan(0);
      expect({ table, documentIndexes: indexes.filter((index) => index.columns[0] === 'document_id').map((index) => index.name) }).toEqual({ table, documentIndexes: [] });
    }
    // Nothing looks an audit event up by its hash: seq orders the chain and is the one unique key.
    const events = await inspector.getIndexes('compliance_audit_events');
    expect(events.filter((index) => index.columns.includes('hash')).map((index) => index.name)).toEqual([]);
    expect(events.some((index) => index.columns.length === 1 && index.columns[0] === 'seq')).toBe(true);
    // Nor by Strapi's creator columns, which the plugin's own INSERT never sets: the table has none.
    expect(events.filter((index) => index.columns.some((name) => name.endsWith('_by_id'))).map((index) => index.name)).toEqual([]);
    expect(await app.strapi.db.connection.schema.hasColumn('compliance_audit_events', 'created_by_id')).toBe(false);
    expect(await app.strapi.db.connection.schema.hasColumn('compliance_audit_heads', 'created_by_id')).toBe(true);
    // Types read by documentId keep Strapi's index.
    const consents = await inspector.getIndexes('compliance_consent_records');
    expect(consents.some((index) => index.columns[0] === 'document_id')).toBe(true);
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
    await app.strapi.documents(UID).delete({ documentId: entry });
    expect(await stored(entry)).toBeNull();
  });

  it('rolls back with a save the gate refuses', async () => {
    const entry = (await createDraft(app, editor, UID, GOOD)).documentId;
    const before = await stored(entry);
    // The app's generated types lag its schema; the uid is widened so the data is not checked against them.
    const update = app.strapi.documents(UID as StrapiUID.ContentType).update({ documentId: entry, data: { ...GOOD, quote: 'Call me at 555-201-3344.' }, status: 'published' });
    await expect(update).rejects.toThrow(/compliance checklist blocked publication/);
    expect((await stored(entry))?.contentHash).toBe(before?.contentHash);
  });
});

describe('the draft the gate and the job read', () => {
  // The gate and the re-evaluation job read drafts through the Query Engine (services/entries.ts);
  // a reviewer's signature binds to the hash of what the Document Service returns. Both must agree.
  const viaDocumentService = (uid: string, documentId: string, locale: string | null) =>
    findDraftDocument(app.strapi, uid, documentId, locale, getService(app.strapi, 'entries').populateFor(uid));
  const hashOf = (uid: string, entry: Record<string, unknown> | null) => {
    if (!entry) throw new Error('no draft');
    return getService(app.strapi, 'checks').contentHashOf(uid, entry);
  };

  it('hashes like the Document Service: components, a dynamic zone, media, locales', async () => {
    const file = await app.strapi.db.query('plugin::upload.file').create({
      data: { name: 'knee.png', hash: `knee_${randomBytes(4).toString('hex')}`, ext: '.png', mime: 'image/png', size: 1.5, url: '/uploads/knee.png', provider: 'local', alternativeText: 'A knee', caption: 'After' },
    });
    const testimonial = await createDraft(app, editor, UID, {
      ...GOOD,
      patientPhoto: file.id,
      highlights: [{ label: 'Care', text: 'Listened to.' }, { label: 'Routine', text: 'Ten minutes a day.' }],
      sections: [
        { __component: 'shared.quote-block', quote: 'I felt listened to.', attribution: 'A patient', details: [{ label: 'Visit', text: 'Outpatient' }] },
        { __component: 'shared.rich-section', heading: 'Treatment', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Guided exercises.' }] }] },
      ],
    });
    const entries = getService(app.strapi, 'entries');
    const loaded = await entries.loadDraft(UID, testimonial.documentId, null);
    expect(loaded?.sections).toHaveLength(2);
    expect(loaded?.patientPhoto).toMatchObject({ url: '/uploads/knee.png', caption: 'After' });
    expect(hashOf(UID, loaded)).toBe(hashOf(UID, await viaDocumentService(UID, testimonial.documentId, null)));
    const [batched] = await entries.loadDrafts(UID, [testimonial.id]);
    expect(hashOf(UID, batched)).toBe(hashOf(UID, loaded));

    const article = 'api::health-article.health-article';
    const body = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
    const en = await createDraft(app, editor, article, { title: 'Sleep', summary: 'Basics.', body: body('Keep a regular bedtime.'), references: [{ citation: 'Sleep study', url: 'https://pubmed.ncbi.nlm.nih.gov/1/', pmid: '1' }] }, 'en');
    const fr = await app.http().put(`/content-manager/collection-types/${article}/${en.documentId}?locale=fr`).set(auth(editor)).send({ title: 'Sommeil', summary: 'Les bases.', body: body('Couchez-vous à heure fixe.') });
    expect(fr.status).toBe(200);
    for (const locale of ['en', 'fr']) {
      const draft = await entries.loadDraft(article, en.documentId, locale);
      expect(draft?.locale).toBe(locale);
      expect(hashOf(article, draft)).toBe(hashOf(article, await viaDocumentService(article, en.documentId, locale)));
    }
    // No locale on a localized type: the default locale, as the Document Service resolves it.
    expect((await entries.loadDraft(article, en.documentId, null))?.locale).toBe('en');
  });
});

describe('GET /statuses: one batch per list page', () => {
  let author: TestUser;
  let otherType: TestUser;
  let noChecks: TestUser;
  const ids: string[] = [];

  beforeAll(async () => {
    author = await createUser(app, ['strapi-author'], 'author');
    otherType = await createUserWithPermissions(app, 'Page reader', [
      { action: 'plugin::content-manager.explorer.read', subject: 'api::page.page' },
      { action: 'plugin::compliance.checks.read' },
    ]);
    noChecks = await createUserWithPermissions(app, 'Testimonial reader', [{ action: 'plugin::content-manager.explorer.read', subject: UID }]);
    ids.push((await createDraft(app, editor, UID, { ...GOOD, title: 'Batch one' })).documentId);
    ids.push((await createDraft(app, editor, UID, { ...GOOD, title: 'Batch two' })).documentId);
    ids.push((await createDraft(app, author, UID, { ...GOOD, title: 'Batch mine' })).documentId);
  });

  const batch = (user: TestUser | null, query: Record<string, unknown>) => {
    const request = app.http().get('/compliance/statuses').query(query);
    return user ? request.set(auth(user)) : request;
  };

  it('answers with the stored status of each entry asked for', async () => {
    const response = await batch(editor, { uid: UID, documentIds: ids });
    expect(response.status).toBe(200);
    expect(response.body.data.map((status: { documentId: string }) => status.documentId).sort()).toEqual([...ids].sort());
    const first = response.body.data.find((status: { documentId: string }) => status.documentId === ids[0]);
    expect(first).toMatchObject({ uid: UID, locale: null, passed: false, published: false, contentHash: await shownHash(app, editor, UID, ids[0]) });
    expect(first.failing).toContain('review.approval');
    expect(JSON.stringify(response.body)).not.toMatch(/Batch one/);
  });

  it('answers only for entries the caller may read', async () => {
    const mine = await batch(author, { uid: UID, documentIds: ids });
    expect(mine.status).toBe(200);
    expect(mine.body.data.map((status: { documentId: string }) => status.documentId)).toEqual([ids[2]]);
    const other = await batch(otherType, { uid: UID, documentIds: ids });
    expect(other.status).toBe(200);
    expect(other.body.data).toEqual([]);
    expect((await batch(noChecks, { uid: UID, documentIds: ids })).status).toBe(403);
    expect((await batch(null, { uid: UID, documentIds: ids })).status).toBe(401);
  });

  it.each([
    ['no uid', { documentIds: ['a'] }, ['uid']],
    ['no documentIds', { uid: UID }, ['documentIds']],
    ['more than 100 documentIds', { uid: UID, documentIds: Array.from({ length: 101 }, (_, index) => `d${index}`) }, ['documentIds']],
    ['an unknown parameter', { uid: UID, documentIds: ['a'], status: 'x' }, ['status']],
    ['no uid and a long locale', { documentIds: ['a'], locale: 'x'.repeat(30) }, ['locale', 'uid']],
  ])('refuses %s with a 400 listing each problem', async (_name, query, paths) => {
    const response = await batch(editor, query);
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path[0]).sort()).toEqual(paths);
  });

  it('refuses a type that is not marked', async () => {
    const response = await batch(editor, { uid: 'api::page.page', documentIds: ['a'] });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['uid']);
  });
});

describe('GET /queue from the stored statuses', () => {
  let approver: TestUser;
  let noChecks: TestUser;
  let waitingForMedical: string;

  beforeAll(async () => {
    approver = await createUser(app, ['Medical reviewer'], 'approver');
    noChecks = await createUserWithPermissions(app, 'Queue outsider', [{ action: 'plugin::content-manager.explorer.read', subject: UID }]);
    waitingForMedical = (await createDraft(app, editor, UID, { ...GOOD, title: 'Needs medical only' })).documentId;
    const consent = (await createConsent(app, privacy)).documentId;
    expect((await link(consent, waitingForMedical)).status).toBe(200);
    expect((await signReview(app, privacy, UID, waitingForMedical, { role: 'privacy', decision: 'approved', password: PASSWORD })).status).toBe(201);
  });

  const queue = (user: TestUser, query: Record<string, unknown> = {}) => app.http().get('/compliance/queue').query({ pageSize: 100, ...query }).set(auth(user));
  const documentIds = (body: { data: Array<{ documentId: string }> }) => body.data.map((item) => item.documentId);

  it('keeps its response shape, newest first, with the failing rules and missing roles', async () => {
    const response = await queue(editor);
    expect(response.status).toBe(200);
    const item = response.body.data.find((entry: { documentId: string }) => entry.documentId === waitingForMedical);
    expect(item).toMatchObject({ uid: UID, locale: null, title: 'Needs medical only', contentType: 'Testimonial', published: false, missingRoles: ['medical'] });
    expect(item.failing).toEqual([
      {
        rule: 'review.approval',
        title: expect.any(String),
        titleId: 'compliance.rule.review.approval.title',
        message: expect.any(String),
        messageId: 'compliance.rule.review.approval.fail',
        values: expect.objectContaining({ roles: 'medical' }),
      },
    ]);
    const times = response.body.data.map((entry: { updatedAt: string }) => entry.updatedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(response.body.meta.pagination.total).toBe(response.body.data.length);
  });

  it('paginates in the database', async () => {
    const all = (await queue(editor)).body;
    const second = (await queue(editor, { page: 2, pageSize: 2 })).body;
    expect(second.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: Math.ceil(all.meta.pagination.total / 2), total: all.meta.pagination.total });
    expect(documentIds(second)).toEqual(documentIds(all).slice(2, 4));
  });

  it('filters by failing rule, missing role and "waiting for my role"', async () => {
    const byRule = (await queue(editor, { rule: 'consent.present' })).body;
    expect(documentIds(byRule)).not.toContain(waitingForMedical);
    expect(byRule.data.length).toBeGreaterThan(0);
    expect(byRule.data.every((item: { failing: Array<{ rule: string }> }) => item.failing.some((failure) => failure.rule === 'consent.present'))).toBe(true);
    const byRole = (await queue(editor, { role: 'privacy' })).body;
    expect(documentIds(byRole)).not.toContain(waitingForMedical);
    expect(documentIds((await queue(editor, { role: 'medical' })).body)).toContain(waitingForMedical);
    expect(documentIds((await queue(editor, { uid: UID, rule: 'review.approval', role: 'medical' })).body)).toContain(waitingForMedical);
    // The editor holds no review role; the medical reviewer does.
    expect((await queue(editor, { mine: true })).body.data).toEqual([]);
    const mine = (await queue(approver, { mine: true })).body;
    expect(mine.data.length).toBeGreaterThan(0);
    expect(mine.data.every((item: { missingRoles: string[] }) => item.missingRoles.includes('medical'))).toBe(true);
  });

  it('answers only for readable entries, and needs checks.read', async () => {
    const author = await createUser(app, ['strapi-author'], 'queue-author');
    const own = (await createDraft(app, author, UID, { ...GOOD, title: 'Author queue entry' })).documentId;
    const body = (await queue(author)).body;
    expect(documentIds(body)).toEqual([own]);
    expect(body.meta.pagination.total).toBe(1);
    expect((await queue(noChecks)).status).toBe(403);
  });

  it.each([
    ['an unknown rule', { rule: 'no.such-rule' }, ['rule']],
    ['an unknown role', { role: 'astrologer' }, ['role']],
    ['both', { rule: 'no.such-rule', role: 'astrologer' }, ['role', 'rule']],
    ['mine that is not a boolean', { mine: 'perhaps' }, ['mine']],
    ['a type that is not marked', { uid: 'api::page.page' }, ['uid']],
  ])('refuses %s with a 400 listing each problem', async (_name, query, paths) => {
    const response = await queue(editor, query);
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path[0]).sort()).toEqual(paths);
  });
});

describe('re-evaluation after a rule change', () => {
  const job = async (user: TestUser) => {
    const response = await app.http().get('/compliance/statuses/job').set(auth(user));
    expect(response.status).toBe(200);
    return response.body.data as { state: string; processed: number; total: number; startedAt: string | null };
  };
  const idle = async (user: TestUser) => {
    for (;;) {
      const progress = await job(user);
      if (progress.state === 'idle') return progress;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const setTone = (severity: string) =>
    app.http().put('/compliance/settings').set(auth(admin)).send({ contentTypes: { [UID]: { rules: { 'marketing.tone': severity } } } });
  let admin: TestUser;
  let toneEntry: string;

  beforeAll(async () => {
    admin = await createUser(app, ['super-admin'], 'admin');
    toneEntry = (await createDraft(app, editor, UID, { title: 'Amazing!!!', quote: 'The BEST, most AMAZING, incredible, life-changing clinic EVER!!! Unbelievable results!!!', channel: 'website' })).documentId;
  });

  it('re-evaluates every stored status after a settings change and shows its progress', async () => {
    expect((await stored(toneEntry))?.failing).not.toContain('marketing.tone');
    const before = await idle(admin);
    expect((await setTone('blocker')).status).toBe(200);
    // The PUT answers once the job has taken the change in: its progress is the new run's.
    const after = await job(admin);
    expect(after.startedAt).not.toBe(before.startedAt);
    expect(after.total).toBeGreaterThan(0);
    const done = await idle(admin);
    expect(done.processed).toBe(done.total);
    expect(done.total).toBeGreaterThan(0);
    expect((await stored(toneEntry))?.failing).toContain('marketing.tone');
    expect((await app.http().get('/compliance/statuses/job')).status).toBe(401);
  });

  it('resumes after a restart from the last processed entry', async () => {
    // Drafts written around the Document Service have no status until the job reaches them.
    const seeded: string[] = [];
    await app.strapi.db.transaction(async () => {
      for (let index = 0; index < 200; index += 1) {
        const documentId = randomBytes(12).toString('hex');
        seeded.push(documentId);
        await app.strapi.db.query(UID).create({ data: { documentId, title: `Seeded ${index}`, quote: 'Calm and clear care.', channel: 'website', publishedAt: null } });
      }
    });
    expect(await stored(seeded[0])).toBeNull();
    const jobRow = async () =>
      (await app.strapi.db.query('plugin::compliance.status-job').findOne({ where: { name: 'reevaluate' } })) as { processed: number; total: number; startedAt: string };
    const startedBefore = (await jobRow()).startedAt;
    expect((await setTone('warning')).status).toBe(200);
    // Stop as soon as the first batch of the new run is recorded (the stop lets the batch under way finish).
    let observed = await jobRow();
    while (observed.startedAt === startedBefore || observed.processed === 0) observed = await jobRow();
    await app.strapi.destroy();
    const stoppedAt = Date.now();

    // The next boot resumes the same run (its bootstrap takes the job back at once).
    const again = await bootOnCurrentDatabase();
    app = { ...app, strapi: again.strapi, http: again.http, close: async () => { await again.close(); await app.removeDatabase(); } };
    const done = await idle(admin);
    expect(done).toMatchObject({ processed: observed.total, total: observed.total, startedAt: observed.startedAt });
    for (const documentId of seeded) expect(await stored(documentId)).not.toBeNull();
    expect((await stored(toneEntry))?.failing).not.toContain('marketing.tone');
    // What was done before the stop was not done again: those statuses are still older than the stop,
    // and the rest was done after it.
    const rows = (await app.strapi.db.query(STATUS).findMany({})) as Array<{ evaluatedAt: string }>;
    const before = rows.filter((row) => new Date(row.evaluatedAt).getTime() < stoppedAt).length;
    expect(before).toBeGreaterThanOrEqual(observed.processed);
    expect(before).toBeLessThan(observed.total);
  });
});
