import { auth, bootOnCurrentDatabase, createUser, PASSWORD, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { auditEvents, createDraft, signReview } from './helpers/fixtures';

/**
 * Signing lockout (21 CFR 11.300(d)): per admin user, in the database, independent of
 * admin.rateLimit. After 5 wrong signing passwords within 15 minutes, signing answers 429 for 15
 * minutes, even with the right password; each failure and the lockout are audited.
 */
const UID = 'api::testimonial.testimonial';
const WRONG = 'Not-my-password-2026';

let app: TestApp;
let editor: TestUser;
let medical: TestUser;
let otherMedical: TestUser;
let documentId: string;

const sign = (user: TestUser, password: string) => signReview(app, user, UID, documentId, { role: 'medical', decision: 'approved', password });
const stateOf = async (user: TestUser) => app.strapi.db.query('plugin::compliance.signing-state').findOne({ where: { adminUserId: String(user.id) } });
const setState = (user: TestUser, data: Record<string, unknown>) =>
  app.strapi.db.query('plugin::compliance.signing-state').update({ where: { adminUserId: String(user.id) }, data });
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60000).toISOString();

beforeAll(async () => {
  app = await startApp();
  editor = await createUser(app, ['strapi-editor'], 'editor');
  medical = await createUser(app, ['Medical reviewer'], 'medical');
  otherMedical = await createUser(app, ['Medical reviewer'], 'other-medical');
  documentId = (await createDraft(app, editor, UID, { title: 'Lockout story', quote: 'Friendly staff.' })).documentId;
});
afterAll(async () => {
  await app?.close();
});

describe('signing lockout', () => {
  it('counts wrong passwords with a 400 each, then answers 429 even for the right password', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const response = await sign(medical, WRONG);
      expect(response.status).toBe(400);
      expect(response.body.error.details).toMatchObject({ code: 'WRONG_PASSWORD', attemptsLeft: 5 - attempt });
      expect(response.body.error.details.errors[0].path).toEqual(['password']);
    }
    const locked = await sign(medical, PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error).toMatchObject({ status: 429, name: 'RateLimitError', details: { code: 'SIGNING_LOCKED' } });
    const until = new Date(locked.body.error.details.lockedUntil).getTime();
    expect(until - Date.now()).toBeGreaterThan(14 * 60000);
    expect(until - Date.now()).toBeLessThanOrEqual(15 * 60000);
    expect(await app.strapi.db.query('plugin::compliance.review').count({ where: { entryDocumentId: documentId } })).toBe(0);
    // The admin session itself is untouched (a lockout is not a logout), and others can still sign.
    expect((await app.http().get('/admin/users/me').set(auth(medical))).status).toBe(200);
    expect((await sign(otherMedical, PASSWORD)).status).toBe(201);
  });

  it('audits each failure and the lockout, without any password material', async () => {
    const events = (await auditEvents(app)).filter((event) => event.actor.type === 'admin' && event.actor.id === medical.id);
    const failures = events.filter((event) => event.action === 'review.signature-failed');
    expect(failures.map((event) => event.data.failures)).toEqual([1, 2, 3, 4, 5]);
    expect(failures[0]).toMatchObject({ subject: { uid: UID, documentId, locale: null }, data: { maxAttempts: 5 } });
    const lock = events.filter((event) => event.action === 'review.signing-locked');
    expect(lock).toHaveLength(1);
    expect(lock[0].data).toMatchObject({ failures: 5, lockoutMinutes: 15, lockedUntil: expect.any(String) });
    const text = JSON.stringify(events);
    expect(text).not.toContain(WRONG);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toMatch(/\$2[aby]\$/);
  });

  it('still holds after a restart on the same database', async () => {
    await app.strapi.destroy();
    const restarted = await bootOnCurrentDatabase();
    const { removeDatabase } = app;
    app = { ...restarted, removeDatabase, close: async () => { await restarted.close(); await removeDatabase(); } };
    // Sessions survive the restart (same secrets); the lockout is read from the database.
    expect((await sign(medical, PASSWORD)).status).toBe(429);
  });

  it('ends when its time is over: signing works again and the count starts afresh', async () => {
    await setState(medical, { lockedUntil: minutesAgo(1) });
    const signed = await sign(medical, PASSWORD);
    expect(signed.status).toBe(201);
    expect(await stateOf(medical)).toMatchObject({ failures: [], lockedUntil: null });
  });

  it('forgets wrong passwords older than the window', async () => {
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await sign(medical, WRONG)).status).toBe(400);
    // Four failures, 16 minutes ago: the fifth wrong password now is the first within the window.
    const state = await stateOf(medical);
    expect(state.failures).toHaveLength(4);
    await setState(medical, { failures: state.failures.map(() => minutesAgo(16)) });
    const fifth = await sign(medical, WRONG);
    expect(fifth.status).toBe(400);
    expect(fifth.body.error.details.attemptsLeft).toBe(4);
    expect((await sign(medical, PASSWORD)).status).toBe(201);
  });
});
