import { auth, createUser, PASSWORD, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { createConsent, createDraft, signReview, validConsent } from './helpers/fixtures';
import { startMailbox, type Mailbox, type ReceivedMail } from './helpers/mailbox';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook-receiver';
import { WEBHOOK_EVENTS } from '../../shared/contracts/notifications';

/**
 * Webhooks (registered through Strapi's own API, received on a local HTTP server) and emails
 * (through the nodemailer provider to a local SMTP server), derived from the audit trail.
 */
const UID = 'api::testimonial.testimonial';
const SUBJECT_NAME = validConsent().subjectName;
const SUBJECT_REFERENCE = validConsent().subjectReference as string;
const PHONE = '555-201-3344';

let app: TestApp;
let mailbox: Mailbox;
let hooks: WebhookReceiver;
let admin: TestUser;
let editor: TestUser;
let medical: TestUser;
let privacy: TestUser;

const notifications = () => app.strapi.plugin('compliance').service('notifications') as { idle(): Promise<void>; runScheduled(now?: Date): Promise<void> };
/** Lets the background worker and the SMTP exchange finish. */
const settle = async () => {
  await notifications().idle();
  await new Promise((resolve) => setTimeout(resolve, 300));
};
const entryOf = (body: Record<string, unknown>) => (body.entry ?? {}) as { uid: string; documentId: string; adminUrl: string };
const mailOf = (mail: ReceivedMail) => `${mail.subject}\n${mail.text}\n${mail.html}`;

/** Nothing that names the patient, or quotes the entry, may leave in a webhook or an email. */
const expectNoPhi = (text: string, extra: string[] = []) => {
  for (const secret of [SUBJECT_NAME, SUBJECT_REFERENCE, PHONE, 'knees', 'Withdrawn by the patient', ...extra]) expect(text).not.toContain(secret);
};

const compliantDraft = (title: string) => createDraft(app, editor, UID, { title, quote: 'Kind and careful staff.', channel: 'website' });
const link = (consent: string, documentId: string) =>
  app.http().post(`/compliance/consents/${consent}/links`).set(auth(privacy)).send({ uid: UID, documentId });
const sign = (user: TestUser, documentId: string, role: string, decision = 'approved') =>
  signReview(app, user, UID, documentId, { role, decision, password: PASSWORD, ...(decision === 'approved' ? {} : { comment: `Please remove ${SUBJECT_NAME}` }) });

beforeAll(async () => {
  mailbox = await startMailbox();
  hooks = await startWebhookReceiver();
  process.env.SMTP_PORT = String(mailbox.port);
  app = await startApp();
  // The tests run the scheduled job themselves (runScheduled): the app's own cron, every quarter hour by the clock, would
  // send a digest between a test's steps when a run crosses :00, :15, :30 or :45 and leave that test nothing to send.
  app.strapi.cron.remove('complianceNotifications');
  admin = await createUser(app, ['super-admin'], 'admin');
  editor = await createUser(app, ['strapi-editor'], 'editor');
  medical = await createUser(app, ['Medical reviewer'], 'medical');
  privacy = await createUser(app, ['Privacy reviewer'], 'privacy');
  const created = await app.http().post('/admin/webhooks').set(auth(admin)).send({ name: 'Compliance events', url: hooks.url, headers: { 'X-Test': 'yes' }, events: [...WEBHOOK_EVENTS] });
  expect(created.status).toBe(201);
});

afterAll(async () => {
  await app?.close();
  delete process.env.SMTP_PORT;
  await mailbox?.close();
  await hooks?.close();
});

beforeEach(async () => {
  await settle();
  hooks.clear();
  mailbox.clear();
});

describe('webhook events', () => {
  it('are registered in Strapi’s webhook store, so its API accepts them and still refuses unknown ones', async () => {
    const store = app.strapi.get('webhookStore') as { getAllowedEvent(key: string): string | undefined; listAllowedEvents(): string[] };
    const allowed = store.listAllowedEvents().map((key) => store.getAllowedEvent(key));
    for (const event of WEBHOOK_EVENTS) expect(allowed).toContain(event);
    const refused = await app.http().post('/admin/webhooks').set(auth(admin)).send({ name: 'x', url: hooks.url, headers: {}, events: ['compliance.nothing'] });
    expect(refused.status).toBe(400);
  });

  it('compliance.publish.blocked: ids, rule ids and the content hash, no matched text', async () => {
    const draft = await createDraft(app, editor, UID, { title: 'Blocked story', quote: `Call Dana at ${PHONE}, my knees are cured.`, channel: 'website' });
    const refused = await app.http().post(`/content-manager/collection-types/${UID}/${draft.documentId}/actions/publish`).set(auth(editor)).send({});
    expect(refused.status).toBe(400);
    await settle();
    const [hook, ...more] = hooks.of('compliance.publish.blocked');
    expect(more).toHaveLength(0);
    expect(hook.headers['x-test']).toBe('yes');
    expect(hook.body).toMatchObject({ event: 'compliance.publish.blocked', entry: { uid: UID, documentId: draft.documentId, locale: null }, via: 'publish', actor: { type: 'admin', id: editor.id } });
    expect(hook.body.failing).toEqual(expect.arrayContaining(['phi.scan', 'consent.present', 'review.approval']));
    expect(hook.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(entryOf(hook.body).adminUrl).toMatch(new RegExp(`/admin/content-manager/collection-types/${UID}/${draft.documentId}$`));
    expectNoPhi(hook.raw, ['Call Dana', 'cured']);
  });
});

describe('an entry becomes ready for review', () => {
  let documentId: string;
  let consent: string;

  beforeAll(async () => {
    await settle();
    documentId = (await compliantDraft('Ready story')).documentId;
    consent = (await createConsent(app, privacy)).documentId;
  });

  it('linking the consent leaves only the reviews: compliance.review.needed names both roles, once', async () => {
    expect((await link(consent, documentId)).status).toBe(200);
    await settle();
    const needed = hooks.of('compliance.review.needed');
    expect(needed).toHaveLength(1);
    expect(needed[0].body).toMatchObject({ entry: { uid: UID, documentId }, roles: ['medical', 'privacy'] });
    expectNoPhi(needed[0].raw, ['Ready story']);
    // Linking again changes nothing: no second event.
    await link(consent, documentId);
    await settle();
    expect(hooks.of('compliance.review.needed')).toHaveLength(1);
  });

  it('each reviewer gets one digest email for their role at the next digest run, and never the same item twice', async () => {
    expect(mailbox.messages).toHaveLength(0);
    await notifications().runScheduled();
    await settle();
    const [toMedical, ...moreMedical] = mailbox.to(medical.email);
    expect(moreMedical).toHaveLength(0);
    expect(toMedical.subject).toMatch(/ready for your review/);
    expect(toMedical.text).toContain(documentId);
    expect(toMedical.text).toContain('medical review');
    expect(toMedical.text).toContain(`/admin/content-manager/collection-types/${UID}/${documentId}`);
    expect(mailbox.to(privacy.email)).toHaveLength(1);
    expect(mailbox.to(editor.email)).toHaveLength(0);
    for (const mail of mailbox.messages) expectNoPhi(mailOf(mail), ['Ready story']);

    mailbox.clear();
    await notifications().runScheduled();
    await settle();
    expect(mailbox.messages).toHaveLength(0);
  });

  it('a review is a webhook, the author hears the decision, and review.needed follows with the role still missing', async () => {
    expect((await sign(privacy, documentId, 'privacy')).status).toBe(201);
    await settle();
    const [recorded] = hooks.of('compliance.review.recorded');
    expect(recorded.body).toMatchObject({ entry: { documentId }, role: 'privacy', decision: 'approved', reviewer: { id: privacy.id } });
    expect(recorded.raw).not.toContain('privacy-'); // no reviewer email or name
    const needed = hooks.of('compliance.review.needed');
    expect(needed.map((hook) => hook.body.roles)).toEqual([['medical']]);
    const [decision, ...more] = mailbox.to(editor.email);
    expect(more).toHaveLength(0);
    expect(decision.subject).toContain('privacy review approved');
    expect(decision.text).toContain(documentId);
    expectNoPhi(mailOf(decision), ['Ready story']);
  });

  it('changes requested reach the author without the comment', async () => {
    expect((await sign(medical, documentId, 'medical', 'changes-requested')).status).toBe(201);
    await settle();
    const [decision] = mailbox.to(editor.email);
    expect(decision.subject).toContain('requested changes');
    expect(mailOf(decision)).not.toContain('Please remove');
    expectNoPhi(mailOf(decision));
    expectNoPhi(hooks.of('compliance.review.recorded')[0].raw, ['Please remove']);
  });

  it('an author who opted out of decisions gets none; bad preferences are refused', async () => {
    const me = () => app.http().get('/compliance/notifications/preferences').set(auth(editor));
    expect((await me()).body.data).toEqual({
      kinds: { reviewReady: true, consentExpiring: true, entriesUnpublished: true, reviewDecision: true },
      disabledByConfig: [],
      emailEnabled: true,
    });
    for (const body of [{}, { kinds: { reviewDecision: 'no' } }, { kinds: { nope: false } }, { kinds: {}, extra: 1 }]) {
      const bad = await app.http().put('/compliance/notifications/preferences').set(auth(editor)).send(body);
      expect(bad.status).toBe(400);
      expect(bad.body.error.details.errors.length).toBeGreaterThan(0);
    }
    expect((await app.http().get('/compliance/notifications/preferences')).status).toBe(401);
    const saved = await app.http().put('/compliance/notifications/preferences').set(auth(editor)).send({ kinds: { reviewDecision: false } });
    expect(saved.status).toBe(200);
    expect(saved.body.data.kinds.reviewDecision).toBe(false);
    // Another user's preferences are their own.
    expect((await app.http().get('/compliance/notifications/preferences').set(auth(medical))).body.data.kinds.reviewDecision).toBe(true);

    expect((await sign(medical, documentId, 'medical')).status).toBe(201);
    await settle();
    expect(hooks.of('compliance.review.recorded')).toHaveLength(1);
    expect(mailbox.to(editor.email)).toHaveLength(0);
    await app.http().put('/compliance/notifications/preferences').set(auth(editor)).send({ kinds: { reviewDecision: true } });
  });

  it('revocation: compliance.consent.ended and compliance.entry.unpublished, and the privacy office hears what went offline', async () => {
    const published = await app.http().post(`/content-manager/collection-types/${UID}/${documentId}/actions/publish`).set(auth(editor)).send({});
    expect(published.status).toBe(200);
    await settle();
    hooks.clear();
    const revoked = await app.http().post(`/compliance/consents/${consent}/revoke`).set(auth(privacy)).send({ reason: 'Withdrawn by the patient' });
    expect(revoked.status).toBe(200);
    await settle();
    const [ended, ...moreEnded] = hooks.of('compliance.consent.ended');
    expect(moreEnded).toHaveLength(0);
    expect(ended.body).toMatchObject({ consent: { documentId: consent }, status: 'revoked', entries: [{ uid: UID, documentId }], unpublished: [{ uid: UID, documentId }] });
    expect((ended.body.consent as { adminUrl: string }).adminUrl).toMatch(new RegExp(`/admin/plugins/compliance/consents/${consent}$`));
    const [unpublished] = hooks.of('compliance.entry.unpublished');
    expect(unpublished.body).toMatchObject({ entry: { documentId }, cause: 'consent.revoked', consentDocumentId: consent });
    for (const hook of hooks.received) expectNoPhi(hook.raw, ['Ready story']);

    // consents.manage holders: the privacy reviewer and the Super Admin, one email each.
    for (const user of [privacy, admin]) {
      const mails = mailbox.to(user.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toMatch(/1 entry was unpublished: a consent was revoked/);
      expect(mails[0].text).toContain(documentId);
      expectNoPhi(mailOf(mails[0]), ['Ready story']);
    }
    expect(mailbox.to(medical.email)).toHaveLength(0);
  });
});

describe('a digest item that is no longer true', () => {
  it('is left out: a role signed before the digest went out is not asked again', async () => {
    const { documentId } = await compliantDraft('Signed quickly');
    const consent = await createConsent(app, privacy);
    await link(consent.documentId, documentId);
    await settle();
    expect((await sign(privacy, documentId, 'privacy')).status).toBe(201);
    await settle();
    mailbox.clear();
    await notifications().runScheduled();
    await settle();
    expect(mailbox.to(medical.email).filter((mail) => mail.text.includes(documentId))).toHaveLength(1);
    expect(mailbox.to(privacy.email).filter((mail) => mail.text.includes(documentId))).toHaveLength(0);
  });
});

describe('consent expiry', () => {
  const DAY = 86400000;

  it('compliance.consent.expiring and an email at 30 and at 7 days, each once', async () => {
    const consent = await createConsent(app, privacy, { expiresAt: new Date(Date.now() + 20 * DAY).toISOString() });
    const entry = await compliantDraft('Expiring story');
    await link(consent.documentId, entry.documentId);
    await settle();
    hooks.clear();
    mailbox.clear();

    await notifications().runScheduled();
    await settle();
    const [first, ...more] = hooks.of('compliance.consent.expiring').filter((hook) => (hook.body.consent as { documentId: string }).documentId === consent.documentId);
    expect(more).toHaveLength(0);
    expect(first.body).toMatchObject({ noticeDays: 30, daysLeft: 20, entries: [{ uid: UID, documentId: entry.documentId }] });
    expectNoPhi(first.raw);
    const mails = mailbox.to(privacy.email).filter((mail) => mail.text.includes(consent.receiptId));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/expires in 20 days/);
    expectNoPhi(mailOf(mails[0]), ['Expiring story']);

    await notifications().runScheduled();
    await settle();
    expect(hooks.of('compliance.consent.expiring').filter((hook) => (hook.body.consent as { documentId: string }).documentId === consent.documentId)).toHaveLength(1);
    expect(mailbox.to(privacy.email).filter((mail) => mail.text.includes(consent.receiptId))).toHaveLength(1);

    // Two weeks later: the 7-day notice.
    await notifications().runScheduled(new Date(Date.now() + 14 * DAY));
    await settle();
    const notices = hooks.of('compliance.consent.expiring').filter((hook) => (hook.body.consent as { documentId: string }).documentId === consent.documentId);
    expect(notices.map((hook) => hook.body.noticeDays)).toEqual([30, 7]);
  });

  it('a consent first seen within 7 days gets the 7-day notice only', async () => {
    const consent = await createConsent(app, privacy, { expiresAt: new Date(Date.now() + 5 * DAY).toISOString() });
    await notifications().runScheduled();
    await notifications().runScheduled(new Date(Date.now() + 2 * DAY));
    await settle();
    const notices = hooks.of('compliance.consent.expiring').filter((hook) => (hook.body.consent as { documentId: string }).documentId === consent.documentId);
    expect(notices.map((hook) => hook.body.noticeDays)).toEqual([7]);
  });

  it('expiry ends the consent: compliance.consent.ended with status expired', async () => {
    const consent = await createConsent(app, privacy, { expiresAt: new Date(Date.now() + 3 * DAY).toISOString() });
    await app.strapi.plugin('compliance').service('expiry').run(new Date(Date.now() + 4 * DAY));
    await settle();
    const ended = hooks.of('compliance.consent.ended').filter((hook) => (hook.body.consent as { documentId: string }).documentId === consent.documentId);
    expect(ended).toHaveLength(1);
    expect(ended[0].body).toMatchObject({ status: 'expired', entries: [], unpublished: [] });
  });
});

describe('the outbox', () => {
  it('forgets sent messages after its retention period, and keeps recent ones', async () => {
    const outbox = () => app.strapi.db.query('plugin::compliance.notification');
    const sent = await outbox().count({ where: { status: 'sent' } });
    expect(sent).toBeGreaterThan(0);
    await notifications().runScheduled(new Date(Date.now() + 30 * 86400000));
    expect(await outbox().count({ where: { status: 'sent' } })).toBeGreaterThanOrEqual(sent);
    await notifications().runScheduled(new Date(Date.now() + 500 * 86400000));
    expect(await outbox().count({ where: { status: 'sent' } })).toBe(0);
  });
});
