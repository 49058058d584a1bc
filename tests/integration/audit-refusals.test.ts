import { Writable } from 'node:stream';
import { winston } from '@strapi/logger';
import { auth, createUser, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { auditEvents, createDraft, waitForAudit } from './helpers/fixtures';

/**
 * Refusals are never lost: `publish.blocked` and `publish.unverified` are recorded even when the
 * request's transaction rolls back and the first append fails; when every attempt fails, the
 * request says so and the server log holds the event.
 */
const UID = 'api::testimonial.testimonial';
const BAD = { title: 'Dana walks again', quote: 'This miracle treatment cured my arthritis! Call me at 555-201-3344.', channel: 'website' };

let app: TestApp;
let editor: TestUser;
let auditor: TestUser;
const logged: string[] = [];

/**
 * Makes the database refuse the next `times` appends of `action`: a lifecycle of the real
 * audit-event model that throws, as a lock timeout or a dropped connection would.
 */
const failAppends = (action: string, times: number) => {
  const state = { left: times, failed: 0 };
  const unsubscribe = app.strapi.db.lifecycles.subscribe({
    models: ['plugin::compliance.audit-event'],
    beforeCreate(event: { params: { data: { action?: string } } }) {
      if (event.params.data.action !== action || state.left === 0) return;
      state.left -= 1;
      state.failed += 1;
      throw new Error('simulated database outage');
    },
  } as never) as unknown as () => void;
  return { state, unsubscribe };
};

const count = async (action: string) => (await auditEvents(app)).filter((event) => event.action === action).length;
const verify = async () => (await app.http().get('/compliance/audit/verify').set(auth(auditor))).body.data;
const isPublished = async (documentId: string) =>
  Boolean(await app.strapi.db.query(UID as never).findOne({ where: { documentId, publishedAt: { $notNull: true } } } as never));

beforeAll(async () => {
  app = await startApp();
  editor = await createUser(app, ['strapi-editor'], 'editor');
  auditor = await createUser(app, ['Compliance auditor'], 'auditor');
  // The server log as an operator reads it: one more winston transport on Strapi's logger.
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged.push(chunk.toString());
      done();
    },
  });
  app.strapi.log.add(new winston.transports.Stream({ stream: sink, level: 'error', format: winston.format.simple() }));
});
afterAll(async () => {
  await app?.close();
});

describe('a refusal whose first append fails', () => {
  it('is recorded before the answer when create-and-publish is refused and rolled back', async () => {
    const before = await count('publish.blocked');
    const failing = failAppends('publish.blocked', 1);
    const refused = await app.http().post(`/content-manager/collection-types/${UID}/actions/publish`).set(auth(editor)).send(BAD);
    failing.unsubscribe();
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/compliance checklist blocked publication/);
    expect(failing.state.failed).toBe(1);
    // No waiting: the request answered only once the refusal was recorded.
    expect(await count('publish.blocked')).toBe(before + 1);
    expect(await verify()).toMatchObject({ valid: true });
  });

  it('is recorded when a REST create-and-publish is refused', async () => {
    const token = await app.strapi.service('admin::api-token').create({ name: 'refusals', type: 'full-access', lifespan: null, description: '' });
    const before = await count('publish.blocked');
    const failing = failAppends('publish.blocked', 2);
    const refused = await app.http().post('/api/testimonials').set({ Authorization: `Bearer ${token.accessKey}` }).send({ data: BAD });
    failing.unsubscribe();
    expect(refused.status).toBe(400);
    expect(failing.state.failed).toBe(2);
    expect(await count('publish.blocked')).toBe(before + 1);
  });

  it('is recorded when a published row written around the gate is refused inside a transaction', async () => {
    const failing = failAppends('publish.unverified', 1);
    await expect(
      app.strapi.db.transaction(() =>
        app.strapi.db.query(UID as never).create({ data: { ...BAD, documentId: 'aroundthegate000000000000', publishedAt: new Date() } } as never)
      )
    ).rejects.toThrow(/around the compliance gate/);
    // Outside a request nothing waits for it: it is written after the rollback.
    await waitForAudit(app, (event) => event.action === 'publish.unverified' && event.data.via === 'db.beforeCreate');
    failing.unsubscribe();
    expect(failing.state.failed).toBe(1);
    expect(await verify()).toMatchObject({ valid: true });
  });
});

describe('a refusal that cannot be recorded at all', () => {
  it('fails the request loudly and logs the event as an error', async () => {
    const draft = await createDraft(app, editor, UID, BAD);
    const before = await count('publish.blocked');
    const failing = failAppends('publish.blocked', 3);
    logged.length = 0;
    const response = await app.http().post(`/content-manager/collection-types/${UID}/${draft.documentId}/actions/publish`).set(auth(editor)).send({});
    failing.unsubscribe();
    expect(failing.state.failed).toBe(3);
    expect(response.status).toBe(400);
    expect(response.body.error.details.code).toBe('AUDIT_WRITE_FAILED');
    expect(response.body.error.details.action).toBe('publish.blocked');
    expect(response.body.error.message).toMatch(/Nothing was published, but this refusal \(publish\.blocked\) could not be recorded in the audit trail/);
    // The edit view still gets the failing checks and fields.
    expect(response.body.error.details.checks.map((check: { rule: string }) => check.rule)).toContain('phi.scan');
    expect(await isPublished(draft.documentId)).toBe(false);
    expect(await count('publish.blocked')).toBe(before);
    const line = logged.find((message) => message.includes('could not record publish.blocked'));
    expect(line).toBeDefined();
    expect(line).toContain(draft.documentId);
    expect(line).toContain('"failing":[');
    expect(await verify()).toMatchObject({ valid: true });
  });
});
