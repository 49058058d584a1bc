import { auth, createUser, createUserWithPermissions, PASSWORD, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { auditEvents, createConsent, createDraft, shownHash, signReview } from './helpers/fixtures';
import type { Check, CheckFinding } from '../../shared/contracts/checks';

/**
 * Waivers (README, "Waivers"): a holder of reviews.approve waives one finding (rule, path, match)
 * with a reason and their password; the waiver counts only on the content hash it was signed on.
 */
const UID = 'api::testimonial.testimonial';
/** The clinic's second line: a phone number phi.scan must flag, and a reviewer may waive. */
const PHONE = '555-201-3344';
const STORY = { title: 'Booked in quickly', quote: `The Eastside office line ${PHONE} booked me in the same week and the nurses were kind.`, channel: 'website' };
const REASON = 'This is the Eastside office line of the clinic, not the patient’s number';
const WRONG = 'Not-my-password-2026';

let app: TestApp;
let editor: TestUser;
let medical: TestUser;
let privacy: TestUser;
let documentId: string;

const waive = (user: TestUser, body: Record<string, unknown>, id = documentId, uid = UID) =>
  app.http().post(`/compliance/waivers/${uid}/${id}`).set(auth(user)).send(body);
/** A complete request for the phone finding, with the hash the reviewer is shown unless `overrides` name one. */
const phoneWaiver = async (user: TestUser, overrides: Record<string, unknown> = {}) => ({
  rule: 'phi.scan',
  path: ['quote'],
  match: PHONE,
  reason: REASON,
  password: PASSWORD,
  contentHash: await shownHash(app, user, UID, documentId),
  ...overrides,
});
const checklist = async (user: TestUser, id = documentId) => {
  const response = await app.http().get(`/compliance/checks/${UID}/${id}`).set(auth(user));
  expect(response.status).toBe(200);
  return response.body.data as { passed: boolean; contentHash: string; checks: Check[] };
};
const phiCheck = async (id = documentId) => (await checklist(editor, id)).checks.find((check) => check.rule === 'phi.scan') as Check;
const waiverCount = () => app.strapi.db.query('plugin::compliance.waiver').count({});
const publish = (id = documentId) => app.http().post(`/content-manager/collection-types/${UID}/${id}/actions/publish`).set(auth(editor)).send({});
const isPublished = async (id = documentId) =>
  Boolean(await app.strapi.db.query(UID as never).findOne({ where: { documentId: id, publishedAt: { $notNull: true } } } as never));

/** A testimonial that only phi.scan blocks: consent linked, both reviews approved on the current draft. */
const compliantButForThePhone = async () => {
  const draft = await createDraft(app, editor, UID, STORY);
  const consent = await createConsent(app, privacy);
  expect((await app.http().post(`/compliance/consents/${consent.documentId}/links`).set(auth(privacy)).send({ uid: UID, documentId: draft.documentId })).status).toBe(200);
  for (const [reviewer, role] of [[privacy, 'privacy'], [medical, 'medical']] as const) {
    expect((await signReview(app, reviewer, UID, draft.documentId, { role, decision: 'approved', password: PASSWORD })).status).toBe(201);
  }
  return draft.documentId;
};

beforeAll(async () => {
  app = await startApp();
  editor = await createUser(app, ['strapi-editor'], 'editor');
  medical = await createUser(app, ['Medical reviewer'], 'medical');
  privacy = await createUser(app, ['Privacy reviewer'], 'privacy');
  documentId = await compliantButForThePhone();
});
afterAll(async () => {
  await app?.close();
});

describe('refusals (nothing is written)', () => {
  it('starts blocked by phi.scan alone', async () => {
    const list = await checklist(editor);
    expect(list.passed).toBe(false);
    expect(list.checks.filter((check) => check.status === 'fail' && check.severity === 'blocker').map((check) => check.rule)).toEqual(['phi.scan']);
    expect((await publish()).status).toBe(400);
  });

  it('lists each problem of a bad body with a 400', async () => {
    const response = await waive(medical, { rule: 'consent.present', path: 'quote', match: 5, reason: '   ', contentHash: 'abc', extra: true });
    expect(response.status).toBe(400);
    const errors = response.body.error.details.errors as Array<{ path: string[]; message: string }>;
    expect(errors.map((error) => error.path.join('.'))).toEqual(expect.arrayContaining(['contentHash', 'match', 'password', 'path', 'reason', 'rule']));
    expect(errors.map((error) => error.message)).toContain('unknown fields: extra');
    expect(await waiverCount()).toBe(0);
  });

  it.each([
    ['no body', {}],
    ['a rule that is not a rule id', { rule: 'phi.everything' }],
    ['a consent rule (never waivable)', { rule: 'consent.scope' }],
    ['a path of numbers', { path: [1, 2] }],
    ['a blank reason', { reason: ' ' }],
    ['a reason too long', { reason: 'x'.repeat(1001) }],
    ['an unknown field', { severity: 'off' }],
    ['no password', { password: undefined }],
  ])('refuses %s with a 400', async (_name, overrides) => {
    const body = _name === 'no body' ? {} : await phoneWaiver(medical, overrides);
    const response = await waive(medical, JSON.parse(JSON.stringify(body)));
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.length).toBeGreaterThan(0);
    expect(await waiverCount()).toBe(0);
  });

  it('needs an admin session and reviews.approve', async () => {
    expect((await app.http().post(`/compliance/waivers/${UID}/${documentId}`).send(await phoneWaiver(medical))).status).toBe(401);
    const response = await waive(editor, await phoneWaiver(editor));
    expect(response.status).toBe(403);
    expect(response.body.error.details).toEqual({ code: 'MISSING_PERMISSION', permission: 'plugin::compliance.reviews.approve' });
    expect(JSON.stringify(response.body)).not.toContain(PHONE);
    expect(await waiverCount()).toBe(0);
  });

  it('answers 404 for an entry the caller may not read, like a missing one', async () => {
    const blind = await createUserWithPermissions(app, 'Waiver without content access', [
      { action: 'plugin::compliance.checks.read' },
      { action: 'plugin::compliance.reviews.approve' },
    ]);
    const response = await waive(blind, await phoneWaiver(medical));
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).not.toContain(PHONE);
    expect((await waive(medical, await phoneWaiver(medical), 'missing')).status).toBe(404);
    expect(await waiverCount()).toBe(0);
  });

  it('answers 400 for a type that is not marked for compliance', async () => {
    expect((await waive(medical, await phoneWaiver(medical), documentId, 'api::page.page')).status).toBe(400);
  });

  it('refuses a finding that is not in the current checklist with FINDING_NOT_FOUND', async () => {
    for (const overrides of [{ match: '555-201-9999' }, { path: ['title'] }, { rule: 'claims.prohibited' }]) {
      const response = await waive(medical, await phoneWaiver(medical, overrides));
      expect(response.status).toBe(400);
      expect(response.body.error.details.code).toBe('FINDING_NOT_FOUND');
    }
    expect(await waiverCount()).toBe(0);
  });

  it('answers 409 STALE_CONTENT with the current hash when the reviewer saw another version', async () => {
    const current = await shownHash(app, medical, UID, documentId);
    const response = await waive(medical, await phoneWaiver(medical, { contentHash: 'a'.repeat(64) }));
    expect(response.status).toBe(409);
    expect(response.body.error.details).toEqual({ code: 'STALE_CONTENT', currentHash: current });
    expect(await waiverCount()).toBe(0);
  });

  it('refuses a wrong password with a 400 that counts towards the signing lockout shared with reviews, and audits it', async () => {
    const signer = await createUser(app, ['Privacy reviewer'], 'locked-out');
    const first = await waive(signer, await phoneWaiver(signer, { password: WRONG }));
    expect(first.status).toBe(400);
    expect(first.body.error.details).toMatchObject({ code: 'WRONG_PASSWORD', attemptsLeft: 4 });
    // The same counter as a review signature.
    const review = await signReview(app, signer, UID, documentId, { role: 'privacy', decision: 'approved', password: WRONG });
    expect(review.body.error.details).toMatchObject({ code: 'WRONG_PASSWORD', attemptsLeft: 3 });
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await waive(signer, await phoneWaiver(signer, { password: WRONG }))).status).toBe(400);
    const locked = await waive(signer, await phoneWaiver(signer));
    expect(locked.status).toBe(429);
    expect(locked.body.error.details.code).toBe('SIGNING_LOCKED');
    expect(await waiverCount()).toBe(0);
    const failures = (await auditEvents(app)).filter((event) => event.action === 'review.signature-failed' && event.actor.id === signer.id);
    expect(failures).toHaveLength(5);
    expect(failures[0].subject).toEqual({ uid: UID, documentId, locale: null });
    expect(JSON.stringify(failures)).not.toContain(WRONG);
  });
});

describe('a waiver', () => {
  let waiverId: number;
  let hash: string;

  it('is recorded (201), marks the finding and lets the rule pass', async () => {
    hash = await shownHash(app, medical, UID, documentId);
    const response = await waive(medical, await phoneWaiver(medical));
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ uid: UID, documentId, locale: null, rule: 'phi.scan', path: ['quote'], match: PHONE, reason: REASON, contentHash: hash, waivedBy: { id: String(medical.id) } });
    waiverId = response.body.data.id;
    const check = await phiCheck();
    expect(check.status).toBe('pass');
    expect(check.message).toBe('1 finding waived by a reviewer');
    const finding = check.findings[0] as CheckFinding;
    expect(finding).toMatchObject({ match: PHONE, waived: { reason: REASON, by: { id: String(medical.id), name: expect.stringMatching(/medical/) } } });
    expect(finding.staleWaiver).toBeUndefined();
    expect((await checklist(editor)).passed).toBe(true);
    // The stored status (review queue, list column) was refreshed in the waiver's transaction.
    const stored = await app.strapi.db.query('plugin::compliance.entry-status').findOne({ where: { entryUid: UID, entryDocumentId: documentId } });
    expect(stored).toMatchObject({ contentHash: hash, passed: true });
    expect(stored.failing).not.toContain('phi.scan');
  });

  it('lets the entry be published', async () => {
    const published = await publish();
    expect(published.status).toBe(200);
    expect(await isPublished()).toBe(true);
    const allowed = (await auditEvents(app)).find((event) => event.action === 'publish.allowed' && event.subject?.documentId === documentId);
    expect(allowed?.data.contentHash).toBe(hash);
  });

  it('is audited as finding.waived, with the matched text and the reason only in the redactable text store', async () => {
    const event = (await auditEvents(app)).find((item) => item.action === 'finding.waived' && item.subject?.documentId === documentId);
    expect(event).toBeDefined();
    expect(event?.actor).toMatchObject({ type: 'admin', id: medical.id });
    expect(event?.subject).toEqual({ uid: UID, documentId, locale: null });
    expect(event?.data).toMatchObject({ waiverId, rule: 'phi.scan', path: ['quote'], contentHash: hash, reasonLength: REASON.length });
    const chained = JSON.stringify(event);
    expect(chained).not.toContain(PHONE);
    expect(chained).not.toContain('Eastside office line');
    const match = event?.data.match as { textRef: string };
    const stored = await app.strapi.db.query('plugin::compliance.audit-text').findOne({ where: { ref: match.textRef } });
    expect(stored.text).toBe(PHONE);
    expect((await app.http().get('/compliance/audit/verify').set(auth(await createUser(app, ['super-admin'], 'auditor')))).body.data.valid).toBe(true);
  });

  it('is refused a second time on the same version (ALREADY_WAIVED)', async () => {
    const again = await waive(medical, await phoneWaiver(medical));
    expect(again.status).toBe(400);
    expect(again.body.error.details.code).toBe('ALREADY_WAIVED');
    expect(await waiverCount()).toBe(1);
  });

  it('cannot be changed or deleted through the query engine', async () => {
    const query = app.strapi.db.query('plugin::compliance.waiver');
    await expect(query.update({ where: { id: waiverId }, data: { contentHash: 'b'.repeat(64) } })).rejects.toThrow(/append-only/);
    await expect(query.delete({ where: { id: waiverId } })).rejects.toThrow(/append-only/);
    expect(await waiverCount()).toBe(1);
  });

  it('goes stale after an edit: the rule fails again and the finding shows the stale waiver', async () => {
    const edited = await app
      .http()
      .put(`/content-manager/collection-types/${UID}/${documentId}`)
      .set(auth(editor))
      .send({ ...STORY, quote: `${STORY.quote} Thank you!` });
    expect(edited.status).toBe(200);
    const check = await phiCheck();
    expect(check.status).toBe('fail');
    expect(check.findings[0].waived).toBeUndefined();
    expect(check.findings[0].staleWaiver).toMatchObject({ reason: REASON });
    const refused = await publish();
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.checks.map((item: Check) => item.rule)).toContain('phi.scan');
  });
});

describe('redacting a waiver’s matched text', () => {
  it('overwrites the waiver’s match, which then covers nothing', async () => {
    const id = await compliantButForThePhone();
    const body = { rule: 'phi.scan', path: ['quote'], match: PHONE, reason: REASON, password: PASSWORD, contentHash: await shownHash(app, medical, UID, id) };
    const waived = await waive(medical, body, id);
    expect(waived.status).toBe(201);
    expect((await phiCheck(id)).status).toBe('pass');
    const event = (await auditEvents(app)).find((item) => item.action === 'finding.waived' && item.subject?.documentId === id);
    const ref = (event?.data.match as { textRef: string }).textRef;
    const redacted = await app.http().post(`/compliance/audit/texts/${ref}/redact`).set(auth(privacy)).send({ reason: 'Quoted a phone number' });
    expect(redacted.status).toBe(200);
    const row = await app.strapi.db.query('plugin::compliance.waiver').findOne({ where: { id: waived.body.data.id } });
    expect(row.match).toBe('[redacted]');
    const check = await phiCheck(id);
    expect(check.status).toBe('fail');
    expect(check.findings[0].waived).toBeUndefined();
  });
});

describe('a localized entry', () => {
  const ARTICLE = 'api::health-article.health-article';
  const body = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

  it('binds the waiver to the locale it was signed in', async () => {
    const en = await createDraft(app, editor, ARTICLE, { title: 'Sleep', summary: `My daughter answers for me at ${PHONE}.`, body: body('Keep a regular bedtime.') }, 'en');
    const fr = await app
      .http()
      .put(`/content-manager/collection-types/${ARTICLE}/${en.documentId}?locale=fr`)
      .set(auth(editor))
      .send({ title: 'Sommeil', summary: `Ma fille répond pour moi au ${PHONE}.`, body: body('Couchez-vous à heure fixe.') });
    expect(fr.status).toBe(200);
    const phoneFinding = async (locale: string) => {
      const response = await app.http().get(`/compliance/checks/${ARTICLE}/${en.documentId}?locale=${locale}`).set(auth(medical));
      expect(response.status).toBe(200);
      const check = (response.body.data.checks as Check[]).find((item) => item.rule === 'phi.scan') as Check;
      return check.findings.find((finding) => finding.match === PHONE) as CheckFinding;
    };
    const before = await phoneFinding('fr');
    const response = await app
      .http()
      .post(`/compliance/waivers/${ARTICLE}/${en.documentId}`)
      .set(auth(medical))
      .send({ rule: 'phi.scan', path: before.path, match: PHONE, reason: REASON, password: PASSWORD, locale: 'fr', contentHash: await shownHash(app, medical, ARTICLE, en.documentId, 'fr') });
    expect(response.status).toBe(201);
    expect(response.body.data.locale).toBe('fr');
    expect((await phoneFinding('fr')).waived).toMatchObject({ reason: REASON });
    expect((await phoneFinding('en')).waived).toBeUndefined();
  });
});
