import { auth, createUser, PASSWORD, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { auditEvents, createConsent, createDraft, signReview, waitForAudit } from './helpers/fixtures';
import type { UID as StrapiUID } from '@strapi/strapi';
import type { GateRefusalDetails } from '../../shared/contracts/checks';
import { getService } from '../../server/src/utils/get-service';

/** The 400 the gate answers with (README.md#the-gate). */
interface RefusalResponse {
  status: number;
  body: { error: { name: string; message: string; details: GateRefusalDetails } };
}

const UID = 'api::testimonial.testimonial';
const BAD = { title: 'Dana walks again', quote: 'This miracle treatment cured my arthritis! Call me at 555-201-3344.', channel: 'website' };
const GOOD = { title: 'Walking again', quote: 'The physiotherapy team explained every step and I felt listened to.', channel: 'website' };

let app: TestApp;
let editor: TestUser;
let medical: TestUser;
let privacy: TestUser;
let legal: TestUser;
let admin: TestUser;
let apiToken: string;

const cm = (user: TestUser) => ({
  post: (path: string, body: object = {}) => app.http().post(`/content-manager/collection-types/${path}`).set(auth(user)).send(body),
  put: (path: string, body: object = {}) => app.http().put(`/content-manager/collection-types/${path}`).set(auth(user)).send(body),
});
const api = () => ({ Authorization: `Bearer ${apiToken}` });
const isPublished = async (uid: string, documentId: string, locale?: string) =>
  Boolean(await app.strapi.db.query(uid as never).findOne({ where: { documentId, publishedAt: { $notNull: true }, ...(locale ? { locale } : {}) } } as never));

/** What a compliant testimonial needs: a linked consent and both approvals on its current draft. */
const makeCompliant = async (documentId: string, uid = UID, roles = ['privacy', 'medical'], locale?: string) => {
  if (uid === UID) {
    const consent = await createConsent(app, privacy);
    const linked = await app.http().post(`/compliance/consents/${consent.documentId}/links`).set(auth(privacy)).send({ uid, documentId });
    expect(linked.status).toBe(200);
  }
  for (const role of roles) {
    const reviewer = role === 'privacy' ? privacy : role === 'legal' ? legal : medical;
    const signed = await signReview(app, reviewer, uid, documentId, { role, decision: 'approved', password: PASSWORD, ...(locale ? { locale } : {}) });
    expect(signed.status).toBe(201);
  }
};

const expectRefusal = (response: RefusalResponse) => {
  expect(response.status).toBe(400);
  expect(response.body.error.name).toBe('ValidationError');
  expect(response.body.error.message).toMatch(/compliance checklist blocked publication/);
  const rules = response.body.error.details.checks.map((check: { rule: string }) => check.rule);
  expect(rules).toContain('review.approval');
  return response.body.error.details;
};

const expectRefusalOf = (response: RefusalResponse, rule: string) => {
  expect(response.status).toBe(400);
  expect(response.body.error.details.checks.map((check: { rule: string }) => check.rule)).toEqual([rule]);
  return response.body.error.details;
};

const ARTICLE = 'api::health-article.health-article';
/** A health article drafted in English (by the editor) and in French (through the Content Manager); its documentId. */
const articleInTwoLocales = async (en: { title: string; summary: string; text: string }, fr: { title: string; summary: string; text: string }) => {
  const body = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
  const draft = await createDraft(app, editor, ARTICLE, { title: en.title, summary: en.summary, body: body(en.text) }, 'en');
  const french = await app.http().put(`/content-manager/collection-types/${ARTICLE}/${draft.documentId}?locale=fr`).set(auth(editor)).send({ title: fr.title, summary: fr.summary, body: body(fr.text) });
  expect(french.status).toBe(200);
  return draft.documentId;
};
/** The Document Service of a type the test names by its uid. */
const documentsOf = (uid: string) => app.strapi.documents(uid as StrapiUID.ContentType);

beforeAll(async () => {
  app = await startApp();
  editor = await createUser(app, ['strapi-editor'], 'editor');
  medical = await createUser(app, ['Medical reviewer'], 'medical');
  privacy = await createUser(app, ['Privacy reviewer'], 'privacy');
  legal = await createUser(app, ['Legal reviewer'], 'legal');
  admin = await createUser(app, ['super-admin'], 'admin');
  const token = await app.strapi.service('admin::api-token').create({ name: 'gate-test', type: 'full-access', lifespan: null, description: '' });
  apiToken = token.accessKey;
});
afterAll(async () => {
  await app?.close();
});

describe('Content Manager', () => {
  it('Publish: refuses with checks and field errors, audits, then publishes once compliant', async () => {
    const draft = await createDraft(app, editor, UID, BAD);
    const refused = await cm(editor).post(`${UID}/${draft.documentId}/actions/publish`, BAD);
    const details = expectRefusal(refused);
    expect(details.checks.map((check: { rule: string }) => check.rule)).toEqual(expect.arrayContaining(['consent.present', 'phi.scan', 'claims.prohibited']));
    const quoteError = details.errors.find((error: { path: string[] }) => error.path.join('.') === 'quote');
    expect(quoteError?.message).toMatch(/555-201-3344/);
    expect(quoteError?.name).toBe('ValidationError');
    expect(await isPublished(UID, draft.documentId)).toBe(false);
    await waitForAudit(app, (event) => event.action === 'publish.blocked' && event.subject?.documentId === draft.documentId);

    const fixed = await cm(editor).put(`${UID}/${draft.documentId}`, GOOD);
    expect(fixed.status).toBe(200);
    await makeCompliant(draft.documentId);
    const published = await cm(editor).post(`${UID}/${draft.documentId}/actions/publish`, GOOD);
    expect(published.status).toBe(200);
    expect(await isPublished(UID, draft.documentId)).toBe(true);
    const allowed = (await auditEvents(app)).find((event) => event.action === 'publish.allowed' && event.subject?.documentId === draft.documentId);
    expect(allowed?.actor).toMatchObject({ type: 'admin', id: editor.id });
  });

  it('Publish with unsaved edits evaluates the edited text (the save and the publish are one transaction)', async () => {
    const draft = await createDraft(app, editor, UID, GOOD);
    await makeCompliant(draft.documentId);
    const refused = await cm(editor).post(`${UID}/${draft.documentId}/actions/publish`, { ...GOOD, quote: 'Guaranteed results, call 555-201-3344' });
    expectRefusal(refused);
    // The draft save was rolled back with the refused publish.
    const stored = await app.strapi.documents(UID as never).findOne({ documentId: draft.documentId } as never);
    expect((stored as unknown as { quote: string }).quote).toBe(GOOD.quote);
  });

  it("refuses the patient's name when the consent does not cover names, even with consent and approvals", async () => {
    const draft = await createDraft(app, editor, UID, { ...GOOD, title: 'Dana walks again' });
    await makeCompliant(draft.documentId);
    const details = expectRefusalOf(await cm(editor).post(`${UID}/${draft.documentId}/actions/publish`, {}), 'phi.scan');
    expect(details.errors).toEqual([expect.objectContaining({ path: ['title'], message: expect.stringMatching(/Dana/) })]);
  });

  it('create-and-publish is refused, leaves nothing behind, and the refusal is still audited', async () => {
    const before = await app.strapi.db.query(UID as never).count({} as never);
    const refused = await cm(editor).post(`${UID}/actions/publish`, BAD);
    expectRefusal(refused);
    expect(await app.strapi.db.query(UID as never).count({} as never)).toBe(before);
    await waitForAudit(app, (event) => event.action === 'publish.blocked' && (event.data.via === 'publish' || event.data.via === 'create'));
  });

  it('bulk publish refuses the non-compliant entries and publishes nothing of the batch', async () => {
    const good = await createDraft(app, editor, UID, GOOD);
    await makeCompliant(good.documentId);
    const bad = await createDraft(app, editor, UID, BAD);
    const refused = await cm(editor).post(`${UID}/actions/bulkPublish`, { documentIds: [good.documentId, bad.documentId] });
    expectRefusal(refused);
    expect(await isPublished(UID, bad.documentId)).toBe(false);
    const ok = await cm(editor).post(`${UID}/actions/bulkPublish`, { documentIds: [good.documentId] });
    expect(ok.status).toBe(200);
    expect(await isPublished(UID, good.documentId)).toBe(true);
  });
});

describe('REST API (publishes by default)', () => {
  it('refuses POST, accepts a draft, and publishes it with PUT once compliant', async () => {
    const refused = await app.http().post('/api/testimonials').set(api()).send({ data: BAD });
    expectRefusal(refused);
    const draft = await app.http().post('/api/testimonials?status=draft').set(api()).send({ data: GOOD });
    expect(draft.status).toBe(201);
    const documentId = draft.body.data.documentId;
    expectRefusal(await app.http().put(`/api/testimonials/${documentId}`).set(api()).send({ data: GOOD }));
    await makeCompliant(documentId);
    const published = await app.http().put(`/api/testimonials/${documentId}`).set(api()).send({ data: GOOD });
    expect(published.status).toBe(200);
    expect(published.body.data).toMatchObject({ documentId, title: GOOD.title });
    expect(published.body.data.publishedAt).toBeTruthy();
    const allowed = (await auditEvents(app)).find((event) => event.action === 'publish.allowed' && event.subject?.documentId === documentId);
    expect(allowed?.actor.type).toBe('api-token');
  });

  it('a PUT that changes the approved text is refused: approvals belong to what was signed', async () => {
    const draft = await app.http().post('/api/testimonials?status=draft').set(api()).send({ data: GOOD });
    const documentId = draft.body.data.documentId;
    await makeCompliant(documentId);
    const changed = await app.http().put(`/api/testimonials/${documentId}`).set(api()).send({ data: { ...GOOD, quote: 'A different, unreviewed quote.' } });
    const details = expectRefusal(changed);
    expect(details.checks.find((check: { rule: string }) => check.rule === 'review.approval')?.message).toMatch(/previous version/);
  });
});

describe('GraphQL', () => {
  const gql = (query: string, variables: Record<string, unknown>) => app.http().post('/graphql').set(api()).send({ query, variables });

  it('refuses createTestimonial and updateTestimonial, then publishes once compliant', async () => {
    const create = await gql('mutation($data: TestimonialInput!) { createTestimonial(data: $data) { documentId } }', { data: BAD });
    expect(create.body.errors[0].message).toMatch(/compliance checklist blocked publication/);
    expect(create.body.errors[0].extensions.error.name).toBe('ValidationError');
    expect(create.body.errors[0].extensions.error.details.checks.length).toBeGreaterThan(0);

    const draft = await gql('mutation($data: TestimonialInput!) { createTestimonial(data: $data, status: DRAFT) { documentId } }', { data: GOOD });
    const documentId = draft.body.data.createTestimonial.documentId;
    const update = 'mutation($id: ID!, $data: TestimonialInput!) { updateTestimonial(documentId: $id, data: $data) { documentId publishedAt } }';
    expect((await gql(update, { id: documentId, data: GOOD })).body.errors[0].message).toMatch(/compliance checklist/);
    await makeCompliant(documentId);
    const ok = await gql(update, { id: documentId, data: GOOD });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.updateTestimonial.publishedAt).toBeTruthy();
  });
});

describe('Document Service in code', () => {
  const documents = () => app.strapi.documents(UID as never);

  it('refuses publish, create and update with status published', async () => {
    const draft = await createDraft(app, editor, UID, BAD);
    await expect(documents().publish({ documentId: draft.documentId } as never)).rejects.toThrow(/compliance checklist/);
    await expect(documents().create({ data: BAD, status: 'published' } as never)).rejects.toThrow(/compliance checklist/);
    await expect(documents().update({ documentId: draft.documentId, data: BAD, status: 'published' } as never)).rejects.toThrow(/compliance checklist/);
    expect(await isPublished(UID, draft.documentId)).toBe(false);
    const system = (await auditEvents(app)).filter((event) => event.action === 'publish.blocked' && event.subject?.documentId === draft.documentId);
    expect(system.length).toBeGreaterThanOrEqual(1);
    expect(system[0].actor.type).toBe('system');
  });

  it('publishes in code once compliant', async () => {
    const draft = await createDraft(app, editor, UID, GOOD);
    await makeCompliant(draft.documentId);
    const result = (await documents().publish({ documentId: draft.documentId } as never)) as unknown as { entries: unknown[] };
    expect(result.entries).toHaveLength(1);
    expect(await isPublished(UID, draft.documentId)).toBe(true);
  });
});

describe('database backstop', () => {
  it('refuses a published row written with strapi.db.query and audits publish.unverified', async () => {
    const before = await app.strapi.db.query(UID as never).count({} as never);
    await expect(
      app.strapi.db.query(UID as never).create({ data: { ...GOOD, documentId: 'sneaky0000000000000000000', publishedAt: new Date() } } as never)
    ).rejects.toThrow(/around the compliance gate/);
    expect(await app.strapi.db.query(UID as never).count({} as never)).toBe(before);
    await waitForAudit(app, (event) => event.action === 'publish.unverified' && event.subject?.uid === UID);
    const draft = await createDraft(app, editor, UID, GOOD);
    await expect(
      app.strapi.db.query(UID as never).update({ where: { documentId: draft.documentId }, data: { publishedAt: new Date() } } as never)
    ).rejects.toThrow(/around the compliance gate/);
    // Drafts written directly are not publications and pass.
    await expect(app.strapi.db.query(UID as never).create({ data: { ...GOOD, documentId: 'plaindraft000000000000000' } } as never)).resolves.toBeTruthy();
  });
});

describe('database backstop: rows already published', () => {
  it('refuses db.query updates that change a published row, and audits them; drafts stay writable', async () => {
    const draft = await createDraft(app, editor, UID, GOOD);
    await makeCompliant(draft.documentId);
    expect((await cm(editor).post(`${UID}/${draft.documentId}/actions/publish`, GOOD)).status).toBe(200);
    const published = { documentId: draft.documentId, publishedAt: { $notNull: true } };

    await expect(app.strapi.db.query(UID as never).update({ where: published, data: { quote: 'Changed behind the gate.' } } as never)).rejects.toMatchObject({
      message: expect.stringMatching(/already published .* around the compliance gate/),
      details: { code: 'WRITE_AROUND_GATE' },
    });
    await expect(app.strapi.db.query(UID as never).updateMany({ where: { documentId: draft.documentId }, data: { title: 'Renamed behind the gate' } } as never)).rejects.toThrow(
      /around the compliance gate/
    );
    const row = (await app.strapi.db.query(UID as never).findOne({ where: published } as never)) as unknown as { quote: string; title: string };
    expect(row).toMatchObject({ quote: GOOD.quote, title: GOOD.title });
    await waitForAudit(app, (event) => event.action === 'publish.unverified' && /updatemany/i.test(String(event.data.via)));

    // The draft row is not published: writing it directly is a draft change, not a publication.
    await expect(
      app.strapi.db.query(UID as never).update({ where: { documentId: draft.documentId, publishedAt: null }, data: { quote: 'A new draft.' } } as never)
    ).resolves.toBeTruthy();
  });
});

describe('what is published is what was evaluated', () => {
  const publishedHash = async (documentId: string) => {
    const entries = app.strapi.plugin('compliance').service('entries');
    const row = await app.strapi.documents(UID as never).findOne({ documentId, status: 'published', populate: entries.populateFor(UID) } as never);
    return app.strapi.plugin('compliance').service('checks').contentHashOf(UID, row as unknown as Record<string, unknown>) as string;
  };

  it('records the hash of the published content in publish.allowed, also with saves racing the publish', async () => {
    const draft = await createDraft(app, editor, UID, GOOD);
    for (let round = 1; round <= 5; round += 1) {
      await makeCompliant(draft.documentId);
      const [published, saved] = await Promise.allSettled([
        app.strapi.documents(UID as never).publish({ documentId: draft.documentId } as never),
        cm(editor).put(`${UID}/${draft.documentId}`, { ...GOOD, quote: `${GOOD.quote} Round ${round}.` }),
      ]);
      expect(saved.status === 'fulfilled' && saved.value.status).toBe(200);
      if (published.status === 'rejected') {
        expect(String(published.reason)).toMatch(/compliance checklist blocked publication/);
        continue;
      }
      const allowed = (await auditEvents(app)).filter((event) => event.action === 'publish.allowed' && event.subject?.documentId === draft.documentId).at(-1);
      expect(allowed?.data.contentHash).toBe(await publishedHash(draft.documentId));
    }
    expect(await isPublished(UID, draft.documentId)).toBe(true);
  });
});

describe('the gate evaluates the drafts Strapi publishes (docs/architecture.md#the-gate)', () => {
  const entries = () => getService(app.strapi, 'entries');
  const publish = (documentId: string) => documentsOf(UID).publish({ documentId });
  /** Counts the gate's own draft loads while `run` runs. */
  const countingLoads = async (run: () => Promise<unknown>) => {
    const service = entries();
    const original = service.loadDraft;
    let loads = 0;
    service.loadDraft = async (...args: Parameters<typeof original>) => {
      loads += 1;
      return original(...args);
    };
    try {
      const [outcome] = await Promise.allSettled([run()]);
      return { loads, outcome };
    } finally {
      service.loadDraft = original;
    }
  };
  const allowedHash = async (documentId: string) =>
    (await auditEvents(app)).filter((event) => event.action === 'publish.allowed' && event.subject?.documentId === documentId).at(-1)?.data.contentHash;
  const panelHash = async (documentId: string) =>
    (await app.http().get(`/compliance/checks/${UID}/${documentId}`).set(auth(admin))).body.data.contentHash as string;

  it('reads no draft of its own on publish, and records the hash the reviewers signed', async () => {
    const draft = await createDraft(app, editor, UID, GOOD);
    await makeCompliant(draft.documentId);
    const signed = await panelHash(draft.documentId);
    const { loads, outcome } = await countingLoads(() => publish(draft.documentId));
    expect(outcome.status).toBe('fulfilled');
    expect(loads).toBe(0);
    expect(await allowedHash(draft.documentId)).toBe(signed);
  });

  it('refuses from inside that read: nothing is published', async () => {
    const draft = await createDraft(app, editor, UID, BAD);
    const { loads, outcome } = await countingLoads(() => publish(draft.documentId));
    expect(outcome.status === 'rejected' && String(outcome.reason)).toMatch(/compliance checklist blocked publication/);
    expect(loads).toBe(0);
    expect(await isPublished(UID, draft.documentId)).toBe(false);
  });

  it('loads and evaluates the drafts itself when the publish read them another way, and still refuses', async () => {
    const service = entries();
    const populateFor = service.populateFor;
    // A populate the gate needs but the publish's read lacks: the gate cannot use those rows.
    service.populateFor = (uid: string) => ({ ...populateFor(uid), notReadByThePublish: true });
    try {
      const good = await createDraft(app, editor, UID, GOOD);
      await makeCompliant(good.documentId);
      const signed = await panelHash(good.documentId);
      const allowed = await countingLoads(() => publish(good.documentId));
      expect(allowed.outcome.status).toBe('fulfilled');
      expect(allowed.loads).toBe(1);
      expect(await allowedHash(good.documentId)).toBe(signed);

      const bad = await createDraft(app, editor, UID, BAD);
      const refused = await countingLoads(() => publish(bad.documentId));
      expect(refused.outcome.status === 'rejected' && String(refused.outcome.reason)).toMatch(/compliance checklist blocked publication/);
      expect(await isPublished(UID, bad.documentId)).toBe(false);
    } finally {
      service.populateFor = populateFor;
    }
  });

  it('evaluates every locale of a publish of all locales, and refuses a locale without a draft (a 404)', async () => {
    const documentId = await articleInTwoLocales(
      { title: 'Hydration', summary: 'Drinking water.', text: 'Drink water through the day.' },
      { title: 'Hydratation', summary: 'Boire.', text: "Buvez de l'eau." }
    );
    await makeCompliant(documentId, ARTICLE, ['medical'], 'en');
    const documents = documentsOf(ARTICLE);
    // fr has no approval: publishing every locale is refused as a whole.
    await expect(documents.publish({ documentId, locale: '*' })).rejects.toThrow(/compliance checklist blocked publication/);
    expect(await isPublished(ARTICLE, documentId, 'en')).toBe(false);
    await expect(documents.publish({ documentId, locale: 'es' })).rejects.toThrow(/No draft of .* in locale es/);
    await makeCompliant(documentId, ARTICLE, ['medical'], 'fr');
    await documents.publish({ documentId, locale: '*' });
    expect(await isPublished(ARTICLE, documentId, 'en')).toBe(true);
    expect(await isPublished(ARTICLE, documentId, 'fr')).toBe(true);
  });
});

describe('other marked types and unmarked types', () => {
  it('checks an endorsement with its own profile: legal review and the paid-partnership disclosure', async () => {
    const uid = 'api::endorsement.endorsement';
    const draft = await createDraft(app, editor, uid, { title: 'Facials', influencer: '@grace', post: 'I love these facials.', channel: 'social', sponsored: true });
    const details = expectRefusal(await cm(editor).post(`${uid}/${draft.documentId}/actions/publish`, {}));
    const rules = details.checks.map((check: { rule: string }) => check.rule);
    expect(rules).toContain('disclosure.material-connection');
    expect(rules).not.toContain('consent.present');
    await cm(editor).put(`${uid}/${draft.documentId}`, { title: 'Facials', influencer: '@grace', post: 'I love these facials. #ad Paid partnership with Riverside Clinic.', channel: 'social', sponsored: true });
    await makeCompliant(draft.documentId, uid, ['legal']);
    expect((await cm(editor).post(`${uid}/${draft.documentId}/actions/publish`, {})).status).toBe(200);
  });

  it('checks and approves a localized health article per locale', async () => {
    const uid = ARTICLE;
    const documentId = await articleInTwoLocales(
      { title: 'Sleep', summary: 'Sleep hygiene basics.', text: 'Keep a regular bedtime.' },
      { title: 'Sommeil', summary: 'Les bases.', text: 'Couchez-vous à heure fixe.' }
    );
    await makeCompliant(documentId, uid, ['medical'], 'en');
    // Strapi's default Editor role only holds the locales that existed when it was created; an admin publishes here.
    expect((await cm(admin).post(`${uid}/${documentId}/actions/publish?locale=en`, {})).status).toBe(200);
    expectRefusal(await cm(admin).post(`${uid}/${documentId}/actions/publish?locale=fr`, {}));
    expect(await isPublished(uid, documentId, 'en')).toBe(true);
    expect(await isPublished(uid, documentId, 'fr')).toBe(false);
    // Nor may it read them, so the checklist (which quotes the text) is the admin's to see.
    const frChecks = await app.http().get(`/compliance/checks/${uid}/${documentId}?locale=fr`).set(auth(admin));
    expect(frChecks.body.data.checks.find((check: { rule: string }) => check.rule === 'review.approval').details.missingRoles).toEqual(['medical']);
  });

  it('never touches an unmarked type', async () => {
    const rest = await app.http().post('/api/pages').set(api()).send({ data: { title: 'Miracle cure, call 555-201-3344' } });
    expect(rest.status).toBe(201);
    expect(rest.body.data.publishedAt).toBeTruthy();
    await expect(app.strapi.db.query('api::page.page' as never).create({ data: { title: 'x', documentId: 'page0000000000000000000000', publishedAt: new Date() } } as never)).resolves.toBeTruthy();
    expect((await app.http().get(`/compliance/checks/api::page.page/${rest.body.data.documentId}`).set(auth(editor))).status).toBe(400);
  });
});

describe('GET /checks', () => {
  it('returns the checklist of the draft with findings and the content hash', async () => {
    const draft = await createDraft(app, editor, UID, { ...BAD, sections: [{ __component: 'shared.quote-block', quote: 'Email me at dana.w@gmail.com', attribution: 'Dana' }] });
    const response = await app.http().get(`/compliance/checks/${UID}/${draft.documentId}`).set(auth(editor));
    expect(response.status).toBe(200);
    const { passed, contentHash, checks } = response.body.data;
    expect(passed).toBe(false);
    expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(checks.map((check: { rule: string }) => check.rule)).toEqual([
      'consent.present', 'consent.valid', 'consent.scope', 'phi.scan', 'claims.prohibited', 'claims.evidence',
      'disclosure.material-connection', 'disclosure.typical-results', 'marketing.tone', 'review.approval',
    ]);
    const phi = checks.find((check: { rule: string }) => check.rule === 'phi.scan');
    expect(phi.findings.map((finding: { path: string[]; kind: string }) => [finding.path.join('.'), finding.kind])).toEqual(
      expect.arrayContaining([['quote', 'phone'], ['sections.0.quote', 'email']])
    );
    expect((await app.http().get(`/compliance/checks/${UID}/missing`).set(auth(editor))).status).toBe(404);
    expect((await app.http().get(`/compliance/checks/${UID}/${draft.documentId}?locale=fr&x=1`).set(auth(editor))).status).toBe(400);
    expect((await app.http().get(`/compliance/checks/${UID}/${draft.documentId}`)).status).toBe(401);
  });
});
