import type { Core, UID as StrapiUID } from '@strapi/strapi';
import { auth, createUser, createUserWithPermissions, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { createDraft } from './helpers/fixtures';
import type { Check, Checklist, GetSettings } from '../../shared/contracts/checks';
import type { QueueItem } from '../../shared/contracts/reviews';
import { englishMessage } from '../../shared/messages';
import { RULE_IDS } from '../../shared/rule-ids';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const seed = require('../app/src/demo/seed') as {
  seedDemo(strapi: Core.Strapi): Promise<void>;
  SPANISH_STORY: { title: string; quote: string };
};

/**
 * Checklists in the reader's language (README "Checklist languages"): every check carries a
 * translation id and values next to its English message; the example app has Spanish content.
 */
const UID = 'api::testimonial.testimonial';
const STORY = 'api::patient-story.patient-story';
const PHONE = '555-201-3344';
const BAD = { title: 'Dana walks again', quote: `This miracle treatment cured my arthritis! Call me at ${PHONE}.`, channel: 'website' };

let app: TestApp;
let admin: TestUser;
let editor: TestUser;

const checksOf = async (user: TestUser, uid: string, documentId: string, locale?: string) => {
  const response = await app.http().get(`/compliance/checks/${uid}/${documentId}${locale ? `?locale=${locale}` : ''}`).set(auth(user));
  expect(response.status).toBe(200);
  return response.body.data as Checklist;
};

/** The example app's localized patient stories, and the seeded one's document (its es localization). */
const stories = () => app.strapi.documents(STORY as StrapiUID.ContentType);
const spanishStory = async () => {
  const story = await stories().findFirst({ locale: 'es', filters: { title: seed.SPANISH_STORY.title } });
  if (!story) throw new Error('the demo seed brought no Spanish patient story');
  return story;
};

/** Each check's id renders, in English, to exactly its message; built-in rules carry their title id. */
const expectTranslatable = (checks: Check[]) => {
  expect(checks.length).toBeGreaterThan(3);
  for (const check of checks) {
    expect(check.messageId).toMatch(/^compliance\./);
    expect(check.values).toEqual(expect.any(Object));
    expect(check.message.length).toBeGreaterThan(0);
    expect([check.rule, englishMessage(check.messageId as string, check.values)]).toEqual([check.rule, check.message]);
    expect(RULE_IDS).toContain(check.rule);
    expect(check.titleId).toBe(`compliance.rule.${check.rule}.title`);
    expect(englishMessage(check.titleId as string)).toBe(check.title);
  }
};

beforeAll(async () => {
  app = await startApp();
  // The demo seed, as `npm run develop` runs it: it brings the Spanish patient story.
  await seed.seedDemo(app.strapi);
  admin = await createUser(app, ['super-admin'], 'admin');
  editor = await createUser(app, ['strapi-editor'], 'editor');
});
afterAll(async () => {
  await app?.close();
});

describe('GET /compliance/checks in any language', () => {
  it('gives every check a message id and values, and keeps the English message for API users', async () => {
    const draft = await createDraft(app, editor, UID, BAD);
    const checklist = await checksOf(editor, UID, draft.documentId);
    expect(checklist.passed).toBe(false);
    expectTranslatable(checklist.checks);
    const byRule = Object.fromEntries(checklist.checks.map((check) => [check.rule, check]));
    expect(byRule['phi.scan']).toMatchObject({ status: 'fail', messageId: 'compliance.rule.phi.scan.fail', values: { count: 1, matches: `"${PHONE}"` } });
    expect(byRule['phi.scan'].message).toContain(PHONE);
    expect(byRule['claims.prohibited']).toMatchObject({ status: 'fail', messageId: 'compliance.rule.claims.prohibited.fail' });
    expect(byRule['consent.present']).toMatchObject({ messageId: 'compliance.rule.consent.present.fail.none', values: {} });
    expect(byRule['review.approval']).toMatchObject({ messageId: 'compliance.rule.review.approval.fail', values: { count: 2, roles: 'privacy, medical' } });
    expect(byRule['phi.scan'].findings[0]).toMatchObject({ kind: 'phone', match: PHONE });
  });

  it('refuses a caller without checks.read, without showing the text', async () => {
    const draft = await createDraft(app, editor, UID, BAD);
    const outsider = await createUserWithPermissions(app, 'No compliance i18n', [{ action: 'plugin::content-manager.explorer.read', subject: UID }]);
    const response = await app.http().get(`/compliance/checks/${UID}/${draft.documentId}`).set(auth(outsider));
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).not.toContain(PHONE);
  });

  it('carries the ids in the review queue and the settings too', async () => {
    const queue = await app.http().get('/compliance/queue').set(auth(admin));
    expect(queue.status).toBe(200);
    const items = queue.body.data as QueueItem[];
    expect(items.length).toBeGreaterThan(0);
    for (const failing of items.flatMap((item) => item.failing)) {
      expect(englishMessage(failing.titleId as string)).toBe(failing.title);
      expect(englishMessage(failing.messageId as string, failing.values)).toBe(failing.message);
    }
    const settings = await app.http().get('/compliance/settings').set(auth(admin));
    expect(settings.status).toBe(200);
    const rules = (settings.body as GetSettings.Response).data.contentTypes.flatMap((type) => type.rules);
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(englishMessage(rule.titleId as string)).toBe(rule.title);
  });
});

describe('the example app in Spanish', () => {
  it('has an es locale and a seeded Spanish patient story as the es localization of an English one', async () => {
    const locales = (await app.strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>;
    expect(locales.map((locale) => locale.code)).toEqual(expect.arrayContaining(['en', 'fr', 'es']));
    const spanish = await spanishStory();
    expect(spanish).toMatchObject({ locale: 'es', quote: seed.SPANISH_STORY.quote });
    const english = await stories().findOne({ documentId: spanish.documentId, locale: 'en' });
    expect(english).toMatchObject({ locale: 'en', title: 'Walking again after hip surgery' });
  });

  it('checks the Spanish story on its own locale: blocked, every check translatable', async () => {
    const spanish = await spanishStory();
    const checklist = await checksOf(admin, STORY, spanish.documentId, 'es');
    expect(checklist.passed).toBe(false);
    expectTranslatable(checklist.checks);
    const failing = checklist.checks.filter((check) => check.status === 'fail' && check.severity === 'blocker').map((check) => check.rule);
    // No consent is linked and nobody reviewed it; the Spanish detectors find the claim and the identifiers.
    expect(failing).toEqual(expect.arrayContaining(['consent.present', 'review.approval', 'phi.scan', 'claims.prohibited']));
    const findingsOf = (rule: string) => checklist.checks.find((check) => check.rule === rule)?.findings ?? [];
    expect(findingsOf('phi.scan').map((finding) => finding.kind)).toEqual(expect.arrayContaining(['relative-name', 'date']));
    expect(findingsOf('phi.scan').map((finding) => finding.match)).toContain('Andrés');
    expect(findingsOf('claims.prohibited').map((finding) => finding.kind)).toEqual(expect.arrayContaining(['miracle', 'guarantee']));
    expect(checklist.checks.find((check) => check.rule === 'phi.scan')?.details?.warning).toBeUndefined();
    // The English localization is checked on its own.
    const english = await checksOf(admin, STORY, spanish.documentId, 'en');
    expect(english.contentHash).not.toBe(checklist.contentHash);
  });

  it('warns, never passes silently, on a locale no language pack covers, and still finds the language-independent identifiers', async () => {
    const spanish = await spanishStory();
    // The example app's fr locale: no French pack (README "Detector languages").
    await stories().update({
      documentId: spanish.documentId,
      locale: 'fr',
      data: { title: 'Marcher à nouveau', quote: `Une guérison miraculeuse ! Mon mari André a tout compris. Appelez-moi au ${PHONE}.` },
    });
    const checklist = await checksOf(admin, STORY, spanish.documentId, 'fr');
    const check = (rule: string) => checklist.checks.find((item) => item.rule === rule) as Check;
    const identifiers = 'only language-independent identifiers were checked for locale `fr`';
    expect(check('phi.scan')).toMatchObject({ status: 'fail', details: { warning: identifiers } });
    expect(check('phi.scan').message).toContain(identifiers);
    // The phone is found; the relative's name needs the words of a language.
    expect(check('phi.scan').findings?.map((finding) => finding.kind)).toEqual(['phone']);
    const claims = 'no prohibited-claim grammar covers locale `fr`: only the site\'s own phrase list was checked';
    expect(check('claims.prohibited')).toMatchObject({ details: { warning: claims } });
    expect(check('claims.prohibited').message).toContain(claims);
    expectTranslatable(checklist.checks);
    await stories().delete({ documentId: spanish.documentId, locale: 'fr' });
  });

  it('passes the Spanish checks once the text is fixed, in Spanish', async () => {
    const spanish = await spanishStory();
    await stories().update({
      documentId: spanish.documentId,
      locale: 'es',
      data: { title: 'Volver a caminar', quote: 'El equipo de fisioterapia me explicó cada paso y hoy camino mejor. Los resultados varían de un paciente a otro.' },
    });
    const checklist = await checksOf(admin, STORY, spanish.documentId, 'es');
    const statusOf = (rule: string) => checklist.checks.find((check) => check.rule === rule)?.status;
    expect([statusOf('phi.scan'), statusOf('claims.prohibited')]).toEqual(['pass', 'pass']);
    expectTranslatable(checklist.checks);
  });
});
