import type { UID } from '@strapi/strapi';
import { auth, createUser, createUserWithPermissions, startApp, type TestApp, type TestUser } from './helpers/strapi';
import type { Response } from 'supertest';
import { auditEvents, createConsent, createDraft, linkConsent, PDF_BYTES, postConsentWithEvidence, waitForAudit } from './helpers/fixtures';

/**
 * HIPAA 164.502(b), minimum necessary: holders of consents.read without consents.manage see a
 * consent only through an entry they may read in the Content Manager (its conditions included:
 * Authors' "is creator", i18n locales); checks, reviews and the queue answer only for readable
 * entries; every read of a consent is audited.
 */
const T = 'api::testimonial.testimonial';
const H = 'api::health-article.health-article';

let app: TestApp;
let admin: TestUser;
let privacy: TestUser;
let editor: TestUser;
let author1: TestUser;
let author2: TestUser;
let auditor: TestUser;
let frEditor: TestUser;

const entries: Record<'a1' | 'a2' | 'article', string> = { a1: '', a2: '', article: '' };
const consents: Record<'cA' | 'cB' | 'cAB' | 'cNone' | 'cArticleAll' | 'cArticleEn' | 'cArticleFr', string> = {
  cA: '',
  cB: '',
  cAB: '',
  cNone: '',
  cArticleAll: '',
  cArticleEn: '',
  cArticleFr: '',
};
const names = (key: keyof typeof consents) => `Patient ${key}`;

const list = async (user: TestUser, query: Record<string, string | number> = {}) => {
  const response = await app.http().get('/compliance/consents').query({ pageSize: 100, ...query }).set(auth(user));
  expect(response.status).toBe(200);
  return response.body as { data: Array<{ documentId: string; subjectName: string; subjectReference?: string; links: Array<{ uid: string; documentId: string; locale: string | null }> }>; meta: { pagination: { total: number; pageCount: number } } };
};
const idsOf = (body: Awaited<ReturnType<typeof list>>) => body.data.map((consent) => consent.documentId).sort();
const ids = (...keys: Array<keyof typeof consents>) => keys.map((key) => consents[key]).sort();
const status = async (user: TestUser, path: string) => (await app.http().get(path).set(auth(user))).status;

beforeAll(async () => {
  app = await startApp();
  admin = await createUser(app, ['super-admin'], 'admin');
  privacy = await createUser(app, ['Privacy reviewer'], 'privacy');
  editor = await createUser(app, ['strapi-editor'], 'editor');
  author1 = await createUser(app, ['strapi-author'], 'author1');
  author2 = await createUser(app, ['strapi-author'], 'author2');
  auditor = await createUser(app, ['Compliance auditor'], 'auditor');
  // A role made for this test: reads Health articles in French only, and consents.
  frEditor = await createUserWithPermissions(app, 'French health editor', [
    { action: 'plugin::content-manager.explorer.read', subject: H, properties: { locales: ['fr'] } },
    { action: 'plugin::compliance.consents.read' },
    { action: 'plugin::compliance.checks.read' },
  ]);

  entries.a1 = (await createDraft(app, author1, T, { title: 'Author one story', quote: 'Good care.' })).documentId;
  entries.a2 = (await createDraft(app, author2, T, { title: 'Author two story', quote: 'Kind staff.' })).documentId;
  entries.article = (await createDraft(app, admin, H, { title: 'Vitamin D, explained' }, 'en')).documentId;
  await app.strapi.documents(H as UID.ContentType).update({ documentId: entries.article, locale: 'fr', data: { title: 'La vitamine D, expliquée' } });

  for (const key of Object.keys(consents) as Array<keyof typeof consents>) {
    if (key === 'cB') {
      const response = await postConsentWithEvidence(app, privacy, { bytes: PDF_BYTES, name: 'signed.pdf', type: 'application/pdf' }, { subjectName: names(key) });
      expect(response.status).toBe(201);
      consents.cB = response.body.data.documentId;
    } else {
      consents[key] = (await createConsent(app, privacy, { subjectName: names(key) })).documentId;
    }
  }
  await linkConsent(app, privacy, consents.cA, { uid: T, documentId: entries.a1 });
  await linkConsent(app, privacy, consents.cB, { uid: T, documentId: entries.a2 });
  await linkConsent(app, privacy, consents.cAB, { uid: T, documentId: entries.a1 });
  await linkConsent(app, privacy, consents.cAB, { uid: T, documentId: entries.a2 });
  await linkConsent(app, privacy, consents.cArticleAll, { uid: H, documentId: entries.article });
  await linkConsent(app, privacy, consents.cArticleEn, { uid: H, documentId: entries.article, locale: 'en' });
  await linkConsent(app, privacy, consents.cArticleFr, { uid: H, documentId: entries.article, locale: 'fr' });
});
afterAll(async () => {
  await app?.close();
});

describe('consents an Author sees (Content Manager "is creator")', () => {
  it('lists only consents linked to their own entries, with exact pagination', async () => {
    const body = await list(author1);
    expect(idsOf(body)).toEqual(ids('cA', 'cAB'));
    expect(body.meta.pagination.total).toBe(2);
    const paged = await list(author1, { pageSize: 1 });
    expect(paged.data).toHaveLength(1);
    expect(paged.meta.pagination).toMatchObject({ total: 2, pageCount: 2 });
    expect(idsOf(await list(author2))).toEqual(ids('cB', 'cAB'));
  });

  it('sees only the links to entries they may read, and no internal patient reference', async () => {
    const shared = (await list(author1)).data.find((consent) => consent.documentId === consents.cAB)!;
    expect(shared.links.map((link) => link.documentId)).toEqual([entries.a1]);
    expect(shared).not.toHaveProperty('subjectReference');
    const asPrivacy = (await list(privacy)).data.find((consent) => consent.documentId === consents.cAB)!;
    expect(asPrivacy.links.map((link) => link.documentId).sort()).toEqual([entries.a1, entries.a2].sort());
    expect(asPrivacy.subjectReference).toBe('MRN-0042');
  });

  it('opens and downloads only what they may see; anything else is the 404 of a consent that does not exist', async () => {
    expect(await status(author1, `/compliance/consents/${consents.cA}`)).toBe(200);
    expect(await status(author1, `/compliance/consents/${consents.cA}/receipt`)).toBe(200);
    const missing = await app.http().get('/compliance/consents/no-such-consent').set(auth(author1));
    for (const key of ['cB', 'cNone', 'cArticleAll'] as const) {
      const response = await app.http().get(`/compliance/consents/${consents[key]}`).set(auth(author1));
      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe(missing.body.error.message.replace('no-such-consent', consents[key]));
      expect(JSON.stringify(response.body)).not.toContain(names(key));
      expect(await status(author1, `/compliance/consents/${consents[key]}/receipt`)).toBe(404);
      expect(await status(author1, `/compliance/consents/${consents[key]}/evidence`)).toBe(404);
    }
    // The owner of the other entry gets that consent's evidence.
    const evidence = await app.http().get(`/compliance/consents/${consents.cB}/evidence`).set(auth(author2));
    expect(evidence.status).toBe(200);
  });

  it('finds the consents of an entry for the panel only when they may read the entry', async () => {
    expect(idsOf(await list(author1, { uid: T, documentId: entries.a1 }))).toEqual(ids('cA', 'cAB'));
    // cAB covers a2 too, but author1 may not read a2: that link is not revealed.
    expect(idsOf(await list(author1, { uid: T, documentId: entries.a2 }))).toEqual([]);
  });
});

describe('consents an Editor sees', () => {
  it('follows the Content Manager: the default Editor role reads testimonials, and no locale of the localized Health articles', async () => {
    const cm = async (uid: string, locale?: string) => {
      const response = await app.http().get(`/content-manager/collection-types/${uid}`).query(locale ? { locale } : {}).set(auth(editor));
      return response.status === 200 ? (response.body.results as Array<{ documentId: string }>).map((row) => row.documentId) : [];
    };
    expect(await cm(T)).toEqual(expect.arrayContaining([entries.a1, entries.a2]));
    expect(await cm(H, 'en')).toEqual([]);
    expect(await cm(H, 'fr')).toEqual([]);
  });

  it('lists every consent linked to a readable entry, and not one that covers nothing', async () => {
    expect(idsOf(await list(editor))).toEqual(ids('cA', 'cB', 'cAB'));
    expect(await status(editor, `/compliance/consents/${consents.cNone}`)).toBe(404);
    expect(await status(editor, `/compliance/consents/${consents.cB}/evidence`)).toBe(200);
  });

  it('leaves the privacy office (consents.manage) and the Super Admin seeing everything', async () => {
    for (const user of [privacy, admin]) {
      expect(idsOf(await list(user))).toEqual(expect.arrayContaining(Object.values(consents)));
      expect(await status(user, `/compliance/consents/${consents.cNone}`)).toBe(200);
    }
  });
});

describe('the demo reviewer roles (the Editor role’s read permissions, in every locale)', () => {
  it('see the consents of every entry they may read, localized ones included', async () => {
    const medical = await createUser(app, ['Medical reviewer'], 'medical');
    expect(idsOf(await list(medical))).toEqual(ids('cA', 'cB', 'cAB', 'cArticleAll', 'cArticleEn', 'cArticleFr'));
    expect(await status(medical, `/compliance/consents/${consents.cNone}`)).toBe(404);
  });
});

describe('locales (i18n read permission limited to French)', () => {
  it('sees consents covering every locale or French, not one covering English only', async () => {
    expect(idsOf(await list(frEditor))).toEqual(ids('cArticleAll', 'cArticleFr'));
    expect(await status(frEditor, `/compliance/consents/${consents.cArticleEn}`)).toBe(404);
    expect(await status(frEditor, `/compliance/consents/${consents.cArticleFr}`)).toBe(200);
  });

  it('gets the checklist of the French version only', async () => {
    expect(await status(frEditor, `/compliance/checks/${H}/${entries.article}?locale=fr`)).toBe(200);
    expect(await status(frEditor, `/compliance/checks/${H}/${entries.article}?locale=en`)).toBe(404);
    // Without a locale the default one (English) is meant.
    expect(await status(frEditor, `/compliance/checks/${H}/${entries.article}`)).toBe(404);
  });
});

describe('checks, reviews and the queue', () => {
  it('answer only for entries the caller may read (404 like a missing entry)', async () => {
    for (const path of [`/compliance/checks/${T}/${entries.a1}`, `/compliance/reviews/${T}/${entries.a1}`]) {
      expect(await status(author1, path)).toBe(200);
    }
    const missing = await app.http().get(`/compliance/checks/${T}/no-such-entry`).set(auth(author1));
    for (const path of [`/compliance/checks/${T}/${entries.a2}`, `/compliance/reviews/${T}/${entries.a2}`]) {
      const response = await app.http().get(path).set(auth(author1));
      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe(missing.body.error.message.replace('no-such-entry', entries.a2));
      expect(JSON.stringify(response.body)).not.toMatch(/Kind staff/);
    }
    expect(await status(editor, `/compliance/checks/${T}/${entries.a2}`)).toBe(200);
  });

  it('leaves out of the queue the entries the caller may not read', async () => {
    const queue = async (user: TestUser) => {
      const response = await app.http().get('/compliance/queue').query({ pageSize: 100 }).set(auth(user));
      expect(response.status).toBe(200);
      return response.body as { data: Array<{ uid: string; documentId: string; locale: string | null }>; meta: { pagination: { total: number } } };
    };
    const mine = await queue(author1);
    expect(mine.data.map((item) => item.documentId)).toContain(entries.a1);
    expect(mine.data.map((item) => item.documentId)).not.toContain(entries.a2);
    expect(mine.meta.pagination.total).toBe(mine.data.length);
    const french = await queue(frEditor);
    expect(french.data.map((item) => [item.documentId, item.locale])).toEqual([[entries.article, 'fr']]);
    const all = await queue(admin);
    expect(all.data.map((item) => item.documentId)).toEqual(expect.arrayContaining([entries.a1, entries.a2, entries.article]));
  });
});

describe('every read of PHI is audited', () => {
  const lastOf = async (action: string) => (await auditEvents(app)).filter((event) => event.action === action).pop();

  it('records consent.viewed for a consent, its receipt and its evidence, with actor and origin', async () => {
    for (const [path, view] of [
      [`/compliance/consents/${consents.cB}`, 'detail'],
      [`/compliance/consents/${consents.cB}/receipt`, 'receipt'],
      [`/compliance/consents/${consents.cB}/evidence`, 'evidence'],
    ] as const) {
      expect(await status(author2, path)).toBe(200);
      const event = await lastOf('consent.viewed');
      expect(event).toMatchObject({
        actor: { type: 'admin', id: author2.id },
        subject: { uid: 'plugin::compliance.consent-record', documentId: consents.cB, locale: null },
        data: { view, origin: { channel: 'http', method: 'GET', path } },
      });
    }
  });

  it('records nothing as viewed when the read is refused', async () => {
    const before = (await auditEvents(app)).filter((event) => event.action === 'consent.viewed').length;
    expect(await status(author1, `/compliance/consents/${consents.cB}`)).toBe(404);
    expect((await auditEvents(app)).filter((event) => event.action === 'consent.viewed')).toHaveLength(before);
  });

  it('records consent.listed with the query and the documentIds returned, no names', async () => {
    const body = await list(author1, { q: 'Patient', status: 'active' });
    const event = await lastOf('consent.listed');
    expect(event).toMatchObject({ actor: { type: 'admin', id: author1.id }, subject: null, data: { query: { q: 'Patient', status: 'active', pageSize: 100 }, total: body.meta.pagination.total } });
    expect((event!.data.documentIds as string[]).sort()).toEqual(idsOf(body));
    expect(JSON.stringify(event!.data)).not.toMatch(/Patient c/);
  });

  it('records consent.exported for the consent register, with its filters', async () => {
    const response = await app.http().get('/compliance/consents/export?format=csv&status=active').set(auth(auditor));
    expect(response.status).toBe(200);
    expect(await lastOf('consent.exported')).toMatchObject({ actor: { type: 'admin', id: auditor.id }, data: { format: 'csv', filters: { status: 'active' } } });
  });
});

describe('matched identifiers in a refusal', () => {
  const PHONE = '555-201-3344';
  const tokenWith = async (name: string, type: string, permissions: string[] = []) => {
    const tokens = app.strapi.service('admin::api-token') as { create(attributes: Record<string, unknown>): Promise<{ accessKey: string }> };
    return (await tokens.create({ name, type, lifespan: null, permissions })).accessKey;
  };
  /** A refusal is audited after its transaction rolled back; wait for it so nothing is left writing when the app stops. */
  const refused = async (send: () => Promise<Response>) => {
    const last = (await auditEvents(app)).at(-1)?.seq ?? 0;
    const response = await send();
    if (response.status === 400) await waitForAudit(app, (event) => event.action === 'publish.blocked' && event.seq > last);
    return response;
  };
  const publish = (key: string, quote: string) =>
    refused(() => app.http().post('/api/testimonials').set({ Authorization: `Bearer ${key}` }).send({ data: { title: 'Intake story', quote } }));
  const matchesOf = (body: { error: { details: { checks: Array<{ rule: string; findings: Array<{ match: string }> }> } } }) =>
    body.error.details.checks.find((check) => check.rule === 'phi.scan')!.findings.map((finding) => finding.match);

  it('shows them to a caller who may read the entry', async () => {
    for (const key of [await tokenWith('full', 'full-access'), await tokenWith('create and find', 'custom', [`${T}.create`, `${T}.find`])]) {
      const response = await publish(key, `Call me at ${PHONE}.`);
      expect(response.status).toBe(400);
      expect(matchesOf(response.body)).toContain(PHONE);
    }
  });

  it('hides them from a caller who may write but not read the entry', async () => {
    const key = await tokenWith('create only', 'custom', [`${T}.create`]);
    const response = await publish(key, `Call me at ${PHONE}.`);
    expect(response.status).toBe(400);
    expect(matchesOf(response.body)).toEqual(['[hidden]']);
    expect(JSON.stringify(response.body)).not.toContain(PHONE);
    // What to fix and where is still said.
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['quote'] })]);
  });

  it('hides from an update-only caller the identifiers in fields it did not send', async () => {
    const draft = await createDraft(app, editor, T, { title: 'Updated elsewhere', quote: `Reach the patient at ${PHONE}.` });
    const key = await tokenWith('update only', 'custom', [`${T}.update`]);
    const response = await refused(() => app.http().put(`/api/testimonials/${draft.documentId}`).set({ Authorization: `Bearer ${key}` }).send({ data: { title: 'New title' } }));
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).not.toContain(PHONE);
  });

  it('shows them to an Editor publishing in the Content Manager (who may read the entry)', async () => {
    const own = await createDraft(app, author1, T, { title: 'Own story', quote: `My number is ${PHONE}.` });
    const response = await refused(() => app.http().post(`/content-manager/collection-types/${T}/${own.documentId}/actions/publish`).set(auth(editor)).send({}));
    expect(response.status).toBe(400);
    expect(matchesOf(response.body)).toContain(PHONE);
  });
});
