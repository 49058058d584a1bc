import { auth, createUser, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { auditEvents, createDraft } from './helpers/fixtures';

const UID = 'api::testimonial.testimonial';
let app: TestApp;
let admin: TestUser;
let editor: TestUser;
let auditor: TestUser;

beforeAll(async () => {
  app = await startApp();
  admin = await createUser(app, ['super-admin'], 'admin');
  editor = await createUser(app, ['strapi-editor'], 'editor');
  auditor = await createUser(app, ['Compliance auditor'], 'auditor');
});
afterAll(async () => {
  await app?.close();
});

it('shows the effective rules per marked type, config overrides included', async () => {
  const response = await app.http().get('/compliance/settings').set(auth(auditor));
  expect(response.status).toBe(200);
  const types = response.body.data.contentTypes as Array<{ uid: string; profile: string; reviewRoles: string[]; rules: Array<{ id: string; severity: string; defaultSeverity: string }> }>;
  expect(types.map((type) => type.uid).sort()).toEqual(['api::endorsement.endorsement', 'api::health-article.health-article', UID]);
  const testimonial = types.find((type) => type.uid === UID)!;
  expect(testimonial).toMatchObject({ profile: 'testimonial', reviewRoles: ['privacy', 'medical'] });
  expect(testimonial.rules.find((rule) => rule.id === 'consent.present')).toMatchObject({ severity: 'blocker', defaultSeverity: 'blocker' });
  const endorsement = types.find((type) => type.uid === 'api::endorsement.endorsement')!;
  expect(endorsement.rules.map((rule) => rule.id)).not.toContain('consent.present');
  expect(response.body.data).toMatchObject({ enforceOnDatabaseWrites: true, retentionYears: 6 });
});

it('changes a severity at runtime: the checklist follows and the change is audited', async () => {
  const draft = await createDraft(app, editor, UID, { title: 'Settings story', quote: 'Call 555-201-3344.' });
  const phi = async () => (await app.http().get(`/compliance/checks/${UID}/${draft.documentId}`).set(auth(editor))).body.data.checks.find((check: { rule: string }) => check.rule === 'phi.scan');
  expect((await phi()).severity).toBe('blocker');

  const response = await app.http().put('/compliance/settings').set(auth(admin)).send({ contentTypes: { [UID]: { rules: { 'phi.scan': 'warning' } } } });
  expect(response.status).toBe(200);
  expect(response.body.data.contentTypes.find((type: { uid: string }) => type.uid === UID).rules.find((rule: { id: string }) => rule.id === 'phi.scan').severity).toBe('warning');
  expect((await phi()).severity).toBe('warning');

  await app.http().put('/compliance/settings').set(auth(admin)).send({ contentTypes: { [UID]: { rules: { 'phi.scan': 'off' } } } });
  expect(await phi()).toBeUndefined();

  const event = (await auditEvents(app)).filter((item) => item.action === 'settings.updated').pop();
  expect(event?.data).toMatchObject({ after: { [UID]: { 'phi.scan': 'off' } }, before: { [UID]: { 'phi.scan': 'warning' } } });
  expect(event?.actor).toMatchObject({ type: 'admin', id: admin.id });

  await app.http().put('/compliance/settings').set(auth(admin)).send({ contentTypes: { [UID]: { rules: { 'phi.scan': 'blocker' } } } });
  expect((await phi()).severity).toBe('blocker');
});

it.each([
  ['an unknown content type', { contentTypes: { 'api::page.page': { rules: { 'phi.scan': 'off' } } } }],
  ['a rule that does not apply', { contentTypes: { 'api::endorsement.endorsement': { rules: { 'consent.present': 'off' } } } }],
  ['an unknown rule', { contentTypes: { [UID]: { rules: { 'phi.scanner': 'off' } } } }],
  ['a bad severity', { contentTypes: { [UID]: { rules: { 'phi.scan': 'sometimes' } } } }],
  ['an unknown key', { contentTypes: {}, enforceOnDatabaseWrites: false }],
  ['a missing contentTypes', {}],
  ['rules that are not an object', { contentTypes: { [UID]: { rules: ['phi.scan'] } } }],
])('refuses %s with a 400 and changes nothing', async (_name, body) => {
  const before = (await app.http().get('/compliance/settings').set(auth(admin))).body;
  const response = await app.http().put('/compliance/settings').set(auth(admin)).send(body);
  expect(response.status).toBe(400);
  expect(response.body.error.name).toBe('ValidationError');
  expect((await app.http().get('/compliance/settings').set(auth(admin))).body).toEqual(before);
});

it('needs settings.read to read and settings.manage to change', async () => {
  expect((await app.http().get('/compliance/settings').set(auth(editor))).status).toBe(403);
  expect((await app.http().put('/compliance/settings').set(auth(auditor)).send({ contentTypes: {} })).status).toBe(403);
  expect((await app.http().get('/compliance/settings')).status).toBe(401);
  expect((await app.http().get('/compliance/settings?uid=x').set(auth(admin))).status).toBe(400);
});
