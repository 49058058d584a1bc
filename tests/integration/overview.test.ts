import { auth, createUser, PASSWORD, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { createConsent, createDraft, signReview } from './helpers/fixtures';
import type { Overview, HomeWidget } from '../../shared/contracts/overview';

const UID = 'api::testimonial.testimonial';
const DAY = 86400000;

let app: TestApp;
let editor: TestUser;
let medical: TestUser;
let privacy: TestUser;
let nobody: TestUser;
const ids: Record<'blocked' | 'waiting' | 'ready', string> = { blocked: '', waiting: '', ready: '' };
const consents: Record<'soon' | 'later' | 'far', { documentId: string; receiptId: string }> = {} as never;

const get = (user: TestUser | null, url: string) => (user ? app.http().get(url).set(auth(user)) : app.http().get(url));
const overview = async (user: TestUser) => {
  const response = await get(user, '/compliance/overview');
  expect(response.status).toBe(200);
  return response.body.data as Overview;
};
const widget = async (user: TestUser) => {
  const response = await get(user, '/compliance/overview/widget');
  expect(response.status).toBe(200);
  return response.body.data as HomeWidget;
};

/** An admin user whose only role holds no permission of the plugin. */
const userWithoutPluginPermissions = async (): Promise<TestUser> => {
  const role = await app.strapi.service('admin::role').create({ name: 'Nothing of compliance', description: 'No plugin permission' });
  const email = `nobody-${Date.now()}@test.example`;
  const user = await app.strapi.service('admin::user').create({ email, firstname: 'No', lastname: 'Body', password: PASSWORD, roles: [role.id], isActive: true, registrationToken: null });
  const login = await app.http().post('/admin/login').send({ email, password: PASSWORD });
  return { id: user.id, email, token: login.body.data.token };
};

beforeAll(async () => {
  app = await startApp();
  editor = await createUser(app, ['strapi-editor'], 'editor');
  medical = await createUser(app, ['Medical reviewer'], 'medical');
  privacy = await createUser(app, ['Privacy reviewer'], 'privacy');
  nobody = await userWithoutPluginPermissions();

  const draft = (title: string) => createDraft(app, editor, UID, { title, quote: 'Kind and careful staff.', channel: 'website' });
  const link = (consent: string, documentId: string) => app.http().post(`/compliance/consents/${consent}/links`).set(auth(privacy)).send({ uid: UID, documentId });
  const sign = (user: TestUser, documentId: string, role: string) =>
    signReview(app, user, UID, documentId, { role, decision: 'approved', password: PASSWORD });

  consents.far = await createConsent(app, privacy);
  consents.later = await createConsent(app, privacy, { expiresAt: new Date(Date.now() + 20 * DAY).toISOString() });
  consents.soon = await createConsent(app, privacy, { expiresAt: new Date(Date.now() + 10 * DAY).toISOString() });

  ids.blocked = (await draft('No consent yet')).documentId;
  ids.waiting = (await draft('Waiting for reviews')).documentId;
  await link(consents.far.documentId, ids.waiting);
  ids.ready = (await draft('All signed')).documentId;
  await link(consents.soon.documentId, ids.ready);
  expect((await sign(privacy, ids.ready, 'privacy')).status).toBe(201);
  expect((await sign(medical, ids.ready, 'medical')).status).toBe(201);

  // One refused and one allowed publication for the chart.
  expect((await app.http().post(`/content-manager/collection-types/${UID}/${ids.blocked}/actions/publish`).set(auth(editor)).send({})).status).toBe(400);
  const other = (await draft('Published one')).documentId;
  await link(consents.far.documentId, other);
  await sign(privacy, other, 'privacy');
  await sign(medical, other, 'medical');
  expect((await app.http().post(`/content-manager/collection-types/${UID}/${other}/actions/publish`).set(auth(editor)).send({})).status).toBe(200);
  await app.strapi.plugin('compliance').service('notifications').idle();
});

afterAll(async () => {
  await app?.close();
});

describe('GET /compliance/overview', () => {
  it('counts drafts per type: ready to publish, blocked by rule, waiting per review role', async () => {
    const data = await overview(editor);
    const testimonials = data.types.find((type) => type.uid === UID);
    expect(testimonials).toMatchObject({ displayName: 'Testimonial', drafts: 4, ready: 1 });
    expect(testimonials?.blockedByRule).toMatchObject({ 'consent.present': 1, 'review.approval': 2 });
    expect(testimonials?.waitingByRole).toEqual({ privacy: 1, medical: 1 });
    expect(data.types.map((type) => type.uid)).toEqual(expect.arrayContaining(['api::endorsement.endorsement', 'api::health-article.health-article']));
  });

  it('charts 12 weeks of publish decisions from the audit trail, this week last', async () => {
    const { decisions } = await overview(editor);
    expect(decisions).toHaveLength(12);
    expect(decisions[11]).toMatchObject({ blocked: 1, allowed: 1 });
    expect(decisions.slice(0, 11).every((week) => week.blocked === 0 && week.allowed === 0)).toBe(true);
    const monday = new Date(`${decisions[11].weekStart}T00:00:00Z`);
    expect(monday.getUTCDay()).toBe(1);
    expect(Date.now() - monday.getTime()).toBeLessThan(7 * DAY);
  });

  it('shows consents expiring per week to consents.manage holders only', async () => {
    expect((await overview(editor)).expiring).toBeNull();
    expect((await overview(medical)).expiring).toBeNull();
    const { expiring } = await overview(privacy);
    expect(expiring).toHaveLength(12);
    expect(expiring?.reduce((sum, week) => sum + week.count, 0)).toBe(2);
  });

  it('refuses callers without checks.read, unauthenticated callers and unknown parameters', async () => {
    expect((await get(nobody, '/compliance/overview')).status).toBe(403);
    expect((await get(null, '/compliance/overview')).status).toBe(401);
    const bad = await get(editor, '/compliance/overview?weeks=4');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['weeks']);
  });
});

describe('GET /compliance/overview/widget', () => {
  it('counts the entries waiting for a review the caller may sign', async () => {
    expect(await widget(medical)).toEqual({ toReview: 1, expiringSoon: null });
    expect(await widget(editor)).toEqual({ toReview: 0, expiringSoon: null });
  });

  it('counts consents expiring within 30 days for consents.manage holders', async () => {
    expect(await widget(privacy)).toEqual({ toReview: 1, expiringSoon: 2 });
  });

  it('refuses callers without checks.read', async () => {
    expect((await get(nobody, '/compliance/overview/widget')).status).toBe(403);
  });
});

describe('expiring consents', () => {
  const within30 = () => new Date(Date.now() + 30 * DAY).toISOString();

  it('GET /consents?expiresBefore lists consents expiring by then, soonest first, with the entries each covers', async () => {
    const response = await get(privacy, `/compliance/consents?status=active&expiresBefore=${encodeURIComponent(within30())}`);
    expect(response.status).toBe(200);
    expect(response.body.data.map((consent: { documentId: string }) => consent.documentId)).toEqual([consents.soon.documentId, consents.later.documentId]);
    expect(response.body.data[0].links).toEqual([expect.objectContaining({ uid: UID, documentId: ids.ready })]);
  });

  it('refuses a bad expiresBefore with a 400 that names it', async () => {
    const response = await get(privacy, '/compliance/consents?expiresBefore=next-week');
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['expiresBefore']);
  });

  it('the consent register export filters by expiresBefore', async () => {
    const auditor = await createUser(app, ['Compliance auditor'], 'auditor');
    const response = await get(auditor, `/compliance/consents/export?format=ndjson&expiresBefore=${encodeURIComponent(within30())}`).buffer(true).parse((res, done) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => done(null, text));
    });
    expect(response.status).toBe(200);
    const exported = String(response.body).trim().split('\n').map((line) => JSON.parse(line) as { documentId: string });
    expect(exported.map((record) => record.documentId).sort()).toEqual([consents.soon.documentId, consents.later.documentId].sort());
    expect((await get(auditor, '/compliance/consents/export?expiresBefore=soon')).status).toBe(400);
  });
});
