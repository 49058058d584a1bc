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
  expect(types.map((type) => type.uid).sort()).toEqual(['api::endorsement.endorsement', 'api::health-article.health-article', 'api::patient-story.patient-story', UID]);
  const testimonial = types.find((type) => type.uid === UID)!;
  expect(testimonial).toMatchObject({ profile: 'testimonial', reviewRoles: ['privacy', 'medical'] });
  expect(testimonial.rules.find((rule) => rule.id === 'consent.present')).toMatchObject({ severity: 'blocker', defaultSeverity: 'blocker' });
  const endorsement = types.find((type) => type.uid === 'api::endorsement.endorsement')!;
  expect(endorsement.rules.map((rule) => rule.id)).not.toContain('consent.present');
  expect(response.body.data).toMatchObject({ enforceOnDatabaseWrites: true, retentionYears: 6 });
});

it('changes a severity at runtime: the checklist follows and the change is audited', async () => {
  const draft = await createDraft(app, editor, UID, { title: 'Settings story', quote: 'A guaranteed cure for knee pain.' });
  const claims = async () =>
    (await app.http().get(`/compliance/checks/${UID}/${draft.documentId}`).set(auth(editor))).body.data.checks.find((check: { rule: string }) => check.rule === 'claims.prohibited');
  expect((await claims()).severity).toBe('blocker');

  const response = await app.http().put('/compliance/settings').set(auth(admin)).send({ contentTypes: { [UID]: { rules: { 'claims.prohibited': 'warning' } } } });
  expect(response.status).toBe(200);
  expect(response.body.data.contentTypes.find((type: { uid: string }) => type.uid === UID).rules.find((rule: { id: string }) => rule.id === 'claims.prohibited').severity).toBe('warning');
  expect((await claims()).severity).toBe('warning');

  await app.http().put('/compliance/settings').set(auth(admin)).send({ contentTypes: { [UID]: { rules: { 'claims.prohibited': 'off' } } } });
  expect(await claims()).toBeUndefined();

  const event = (await auditEvents(app)).filter((item) => item.action === 'settings.updated').pop();
  expect(event?.data).toMatchObject({ after: { [UID]: { 'claims.prohibited': 'off' } }, before: { [UID]: { 'claims.prohibited': 'warning' } } });
  expect(event?.actor).toMatchObject({ type: 'admin', id: admin.id });

  await app.http().put('/compliance/settings').set(auth(admin)).send({ contentTypes: { [UID]: { rules: { 'claims.prohibited': 'blocker' } } } });
  expect((await claims()).severity).toBe('blocker');
});

it('answers a change once its listeners (the re-evaluation job) have heard of it, and a rolled-back change reaches none', async () => {
  const settings = app.strapi.plugin('compliance').service('settings');
  const heard: string[] = [];
  const unsubscribe = settings.onOverridesChanged(async () => {
    // A slow listener: the PUT must not answer before it has finished.
    await new Promise((resolve) => setTimeout(resolve, 300));
    heard.push('finished');
  });
  try {
    const response = await app.http().put('/compliance/settings').set(auth(admin)).send({ contentTypes: { [UID]: { rules: { 'marketing.tone': 'warning' } } } });
    expect(response.status).toBe(200);
    expect(heard).toEqual(['finished']);

    const before = await settings.overrides();
    await expect(
      app.strapi.db.transaction(async () => {
        await settings.setOverrides({ [UID]: { 'marketing.tone': 'blocker' } });
        throw new Error('rolled back');
      })
    ).rejects.toThrow('rolled back');
    await settings.settled();
    expect(heard).toEqual(['finished']);
    expect(await settings.overrides()).toEqual(before);
  } finally {
    unsubscribe();
  }
});

describe('core protections cannot be switched off at runtime', () => {
  const severityOf = async (rule: string) =>
    (await app.http().get('/compliance/settings').set(auth(admin))).body.data.contentTypes.find((type: { uid: string }) => type.uid === UID).rules.find((item: { id: string }) => item.id === rule).severity;

  it.each([
    ['consent.present', 'warning'],
    ['consent.present', 'off'],
    ['consent.valid', 'warning'],
    ['consent.valid', 'off'],
    ['phi.scan', 'warning'],
    ['phi.scan', 'off'],
    ['review.approval', 'warning'],
    ['review.approval', 'off'],
  ])('refuses %s set to %s with a 400 naming the rule, and changes nothing', async (rule, severity) => {
    const before = (await app.http().get('/compliance/settings').set(auth(admin))).body;
    const events = (await auditEvents(app)).length;
    const response = await app.http().put('/compliance/settings').set(auth(admin)).send({ contentTypes: { [UID]: { rules: { [rule]: severity } } } });
    expect(response.status).toBe(400);
    expect(response.body.error.details.code).toBe('CORE_PROTECTION');
    expect(response.body.error.message).toContain(rule);
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['contentTypes', UID, 'rules', rule], message: expect.stringContaining(rule) })]);
    expect((await app.http().get('/compliance/settings').set(auth(admin))).body).toEqual(before);
    expect(await auditEvents(app)).toHaveLength(events);
  });

  it('refuses the whole request when one of its rules would weaken a core protection', async () => {
    const response = await app.http().put('/compliance/settings').set(auth(admin)).send({ contentTypes: { [UID]: { rules: { 'marketing.tone': 'off', 'phi.scan': 'warning' } } } });
    expect(response.status).toBe(400);
    expect(await severityOf('marketing.tone')).toBe('warning');
  });

  it('still accepts blocker for a core protection', async () => {
    const response = await app.http().put('/compliance/settings').set(auth(admin)).send({ contentTypes: { [UID]: { rules: { 'phi.scan': 'blocker' } } } });
    expect(response.status).toBe(200);
    expect(await severityOf('phi.scan')).toBe('blocker');
  });

  it('ignores a weakening stored before it was refused', async () => {
    const draft = await createDraft(app, editor, UID, { title: 'Stored override story', quote: 'Call me at 555-201-3344.' });
    await app.strapi.plugin('compliance').service('settings').setOverrides({ [UID]: { 'phi.scan': 'off', 'review.approval': 'warning' } });
    expect(await severityOf('phi.scan')).toBe('blocker');
    expect(await severityOf('review.approval')).toBe('blocker');
    const checks = (await app.http().get(`/compliance/checks/${UID}/${draft.documentId}`).set(auth(editor))).body.data.checks as Array<{ rule: string; severity: string; status: string }>;
    expect(checks.find((check) => check.rule === 'phi.scan')).toMatchObject({ severity: 'blocker', status: 'fail' });
    await app.strapi.plugin('compliance').service('settings').setOverrides({});
  });
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
  const read = await app.http().get('/compliance/settings').set(auth(editor));
  expect(read.status).toBe(403);
  // The refusal names the missing permission and where it is granted, not a bare "Policy Failed".
  expect(read.body.error).toMatchObject({ name: 'PolicyError', details: { code: 'MISSING_PERMISSION', permission: 'plugin::compliance.settings.read' } });
  expect(read.body.error.message).toMatch(/"Read compliance settings" \(plugin::compliance\.settings\.read\).*Settings → Administration Panel → Roles/);
  const change = await app.http().put('/compliance/settings').set(auth(auditor)).send({ contentTypes: {} });
  expect(change.status).toBe(403);
  expect(change.body.error.details).toEqual({ code: 'MISSING_PERMISSION', permission: 'plugin::compliance.settings.manage' });
  expect((await app.http().get('/compliance/settings')).status).toBe(401);
  expect((await app.http().get('/compliance/settings?uid=x').set(auth(admin))).status).toBe(400);
});
