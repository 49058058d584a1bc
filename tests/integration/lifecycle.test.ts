import type { UID as StrapiUid } from '@strapi/strapi';
import { auth, bootOnCurrentDatabase, createUser, PASSWORD, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { auditEvents, createConsent, createDraft, signReview } from './helpers/fixtures';

const UID: StrapiUid.ContentType = 'api::testimonial.testimonial';
const GOOD = { title: 'Walking again', quote: 'The physiotherapy team explained every step.', channel: 'website' };

let app: TestApp;
let editor: TestUser;
let medical: TestUser;
let privacy: TestUser;

const isPublished = async (documentId: string) =>
  Boolean(await app.strapi.db.query(UID).findOne({ where: { documentId, publishedAt: { $notNull: true } } }));
const consentStatus = async (documentId: string) =>
  (await app.strapi.db.query('plugin::compliance.consent-record').findOne({ where: { documentId } })).status as string;

/** A published testimonial covered by the returned consent(s). */
const publishedEntry = async (consents = 1, consentOverrides = {}) => {
  const draft = await createDraft(app, editor, UID, GOOD);
  const ids: string[] = [];
  for (let i = 0; i < consents; i += 1) {
    const consent = await createConsent(app, privacy, consentOverrides);
    expect((await app.http().post(`/compliance/consents/${consent.documentId}/links`).set(auth(privacy)).send({ uid: UID, documentId: draft.documentId })).status).toBe(200);
    ids.push(consent.documentId);
  }
  for (const [user, role] of [[privacy, 'privacy'], [medical, 'medical']] as const) {
    expect((await signReview(app, user, UID, draft.documentId, { role, decision: 'approved', password: PASSWORD })).status).toBe(201);
  }
  expect((await app.http().post(`/content-manager/collection-types/${UID}/${draft.documentId}/actions/publish`).set(auth(editor)).send({})).status).toBe(200);
  return { documentId: draft.documentId, consents: ids };
};

/** A testimonial draft with one linked consent and both approvals: it would publish. */
const approvedDraft = async () => {
  const draft = await createDraft(app, editor, UID, GOOD);
  const consent = await createConsent(app, privacy);
  expect((await app.http().post(`/compliance/consents/${consent.documentId}/links`).set(auth(privacy)).send({ uid: UID, documentId: draft.documentId })).status).toBe(200);
  for (const [user, role] of [[privacy, 'privacy'], [medical, 'medical']] as const) {
    expect((await signReview(app, user, UID, draft.documentId, { role, decision: 'approved', password: PASSWORD })).status).toBe(201);
  }
  return { draft, consent };
};

beforeAll(async () => {
  app = await startApp();
  editor = await createUser(app, ['strapi-editor'], 'editor');
  medical = await createUser(app, ['Medical reviewer'], 'medical');
  privacy = await createUser(app, ['Privacy reviewer'], 'privacy');
});
afterAll(async () => {
  await app?.close();
});

describe('revocation (HIPAA 164.508(b)(5))', () => {
  it('unpublishes what depended on the consent in the same request, audits it, and keeps it unpublished', async () => {
    const entry = await publishedEntry();
    const response = await app.http().post(`/compliance/consents/${entry.consents[0]}/revoke`).set(auth(privacy)).send({ reason: 'Patient withdrew', receivedAt: new Date().toISOString() });
    expect(response.status).toBe(200);
    expect(response.body.meta.unpublished).toEqual([{ uid: UID, documentId: entry.documentId, locale: null }]);
    expect(await isPublished(entry.documentId)).toBe(false);
    const actions = (await auditEvents(app)).filter((event) => event.subject?.documentId === entry.documentId || event.subject?.documentId === entry.consents[0]).map((event) => event.action);
    expect(actions.slice(-2)).toEqual(['consent.revoked', 'entry.unpublished']);

    const again = await app.http().post(`/content-manager/collection-types/${UID}/${entry.documentId}/actions/publish`).set(auth(editor)).send({});
    expect(again.status).toBe(400);
    expect(again.body.error.details.checks.map((check: { rule: string }) => check.rule)).toEqual(expect.arrayContaining(['consent.present', 'consent.valid']));
  });

  it('leaves an entry published while another active consent still covers it', async () => {
    const entry = await publishedEntry(2);
    const response = await app.http().post(`/compliance/consents/${entry.consents[0]}/revoke`).set(auth(privacy)).send({ reason: 'One of two' });
    expect(response.body.meta.unpublished).toEqual([]);
    expect(await isPublished(entry.documentId)).toBe(true);
  });

  it('is all or nothing: a database failure mid-way leaves the consent active and the entry published', async () => {
    const entry = await publishedEntry();
    const unsubscribe = app.strapi.db.lifecycles.subscribe({
      models: ['plugin::compliance.audit-event'],
      beforeCreate(event: { params: { data: { action?: string } } }) {
        if (event.params.data.action === 'entry.unpublished') throw new Error('simulated database failure');
      },
    } as never) as unknown as () => void;
    const response = await app.http().post(`/compliance/consents/${entry.consents[0]}/revoke`).set(auth(privacy)).send({ reason: 'Will fail' });
    unsubscribe();
    expect(response.status).toBe(500);
    expect(await consentStatus(entry.consents[0])).toBe('active');
    expect(await isPublished(entry.documentId)).toBe(true);
    expect((await auditEvents(app)).some((event) => event.action === 'consent.revoked' && event.subject?.documentId === entry.consents[0])).toBe(false);
    expect((await app.http().get('/compliance/audit/verify').set(auth(await createUser(app, ['Compliance auditor'], 'auditor')))).body.data.valid).toBe(true);

    const retried = await app.http().post(`/compliance/consents/${entry.consents[0]}/revoke`).set(auth(privacy)).send({ reason: 'Works now' });
    expect(retried.status).toBe(200);
    expect(await isPublished(entry.documentId)).toBe(false);
  });
});

describe('coverage means valid coverage (active, unexpired, in scope)', () => {
  const unlink = (consent: string, documentId: string) =>
    app.http().delete(`/compliance/consents/${consent}/links`).query({ uid: UID, documentId }).set(auth(privacy));

  it('unlinking the last consent unpublishes the entry in the same request, and audits it', async () => {
    const entry = await publishedEntry();
    const response = await unlink(entry.consents[0], entry.documentId);
    expect(response.status).toBe(200);
    expect(response.body.meta.unpublished).toEqual([{ uid: UID, documentId: entry.documentId, locale: null }]);
    expect(await isPublished(entry.documentId)).toBe(false);
    const events = (await auditEvents(app)).filter((event) => event.subject?.documentId === entry.documentId);
    expect(events.slice(-2).map((event) => [event.action, event.data.cause ?? null])).toEqual([
      ['consent.unlinked', null],
      ['entry.unpublished', 'consent.unlinked'],
    ]);
  });

  it('unlinking one of two covering consents leaves the entry published', async () => {
    const entry = await publishedEntry(2);
    const response = await unlink(entry.consents[0], entry.documentId);
    expect(response.body.meta.unpublished).toEqual([]);
    expect(await isPublished(entry.documentId)).toBe(true);
  });

  it('revocation unpublishes when the other active consent does not cover the channel', async () => {
    const entry = await publishedEntry();
    const other = await createConsent(app, privacy, { scope: { channels: ['print'], media: ['quote'] } });
    expect((await app.http().post(`/compliance/consents/${other.documentId}/links`).set(auth(privacy)).send({ uid: UID, documentId: entry.documentId })).status).toBe(200);
    const response = await app.http().post(`/compliance/consents/${entry.consents[0]}/revoke`).set(auth(privacy)).send({ reason: 'Withdrawn' });
    expect(response.body.meta.unpublished).toEqual([{ uid: UID, documentId: entry.documentId, locale: null }]);
    expect(await isPublished(entry.documentId)).toBe(false);
  });

  it('unlinking unpublishes when the remaining consent is past its expiry date (not yet marked expired)', async () => {
    const entry = await publishedEntry(2);
    // The second consent's date passes before the expiry job has marked it.
    await app.strapi.db.connection(app.strapi.db.metadata.get('plugin::compliance.consent-record').tableName)
      .where('document_id', entry.consents[1])
      .update({ expires_at: new Date(Date.now() - 60000) });
    const response = await unlink(entry.consents[0], entry.documentId);
    expect(response.body.meta.unpublished).toEqual([{ uid: UID, documentId: entry.documentId, locale: null }]);
    expect(await isPublished(entry.documentId)).toBe(false);
  });
});

describe('a revocation committed while a publish transaction is open', () => {
  it('refuses the publish even if the transaction read before the revocation (a MySQL snapshot)', async () => {
    const { draft, consent } = await approvedDraft();
    const revoke = () => app.http().post(`/compliance/consents/${consent.documentId}/revoke`).set(auth(privacy)).send({ reason: 'Withdrawn' });
    // SQLite has one connection: the revocation cannot run while the transaction is open, so it comes first there.
    const concurrent = (process.env.DATABASE_CLIENT ?? 'sqlite') !== 'sqlite';
    if (!concurrent) expect((await revoke()).status).toBe(200);
    // Started from outside the transaction (a request sent from inside it would join it).
    let release: () => void = () => undefined;
    const revocation = new Promise<void>((resolve) => (release = resolve)).then(() => revoke());
    const attempt = app.strapi.db.transaction(async () => {
      // A read first: on MySQL/MariaDB (repeatable read) it fixes the transaction's snapshot.
      await app.strapi.db.query('plugin::compliance.consent-record').findOne({ where: { documentId: consent.documentId } });
      if (concurrent) {
        release();
        expect((await revocation).status).toBe(200);
      }
      return app.strapi.documents(UID).publish({ documentId: draft.documentId });
    });
    await expect(attempt).rejects.toThrow(/compliance checklist blocked publication/);
    expect(await isPublished(draft.documentId)).toBe(false);
    // The revocation was its own request (its own transaction), not rolled back with the refused publish.
    expect(await consentStatus(consent.documentId)).toBe('revoked');
  });
});

describe('a publish that starts while a revocation holds the consent', () => {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  /** The statements now waiting for a row lock in this database (MySQL: now running a locking read), as the server reports them. */
  const waitingStatements = async (): Promise<string[]> => {
    const knex = app.strapi.db.connection;
    if (client === 'postgres') {
      const { rows } = await knex.raw("select query from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
      return (rows as Array<{ query: string }>).map((row) => row.query);
    }
    // MariaDB does not report the wait in innodb_trx: the statement each other connection is running.
    const [rows] = await knex.raw("select info as query from information_schema.processlist where id <> connection_id() and info like '%for update%'");
    return (rows as Array<{ query: string }>).map((row) => row.query);
  };

  it('waits for the lock before Strapi reads the draft, then evaluates the revoked consent and refuses', async () => {
    const { draft, consent } = await approvedDraft();
    const records = app.strapi.db.metadata.get('plugin::compliance.consent-record');
    const column = (attribute: string) => (records.attributes[attribute] as { columnName?: string }).columnName ?? attribute;
    const publish = () => app.strapi.documents(UID).publish({ documentId: draft.documentId });
    if (client === 'sqlite') {
      // One connection and no row locks: a revocation and a publish run one after the other.
      await app.strapi.db.connection(records.tableName).where(column('documentId'), consent.documentId).update({ [column('status')]: 'revoked' });
      await expect(publish()).rejects.toThrow(/compliance checklist blocked publication/);
      expect(await isPublished(draft.documentId)).toBe(false);
      return;
    }
    // A revocation in progress on a connection of its own: the consent row is locked and changed, not committed.
    const revocation = await app.strapi.db.connection.transaction();
    await revocation(records.tableName).where(column('documentId'), consent.documentId).forUpdate().select('id');
    await revocation(records.tableName).where(column('documentId'), consent.documentId).update({ [column('status')]: 'revoked' });
    let settled = false;
    const attempt = publish().finally(() => {
      settled = true;
    });
    attempt.catch(() => undefined);
    // The publish waits in the gate's locking read of the consents, the first thing it asks.
    let waiting: string[] = [];
    while (!waiting.length) waiting = await waitingStatements();
    expect(settled).toBe(false);
    // PostgreSQL: the gate's one locking statement (links, consents, draft rows, reviews), with
    // Strapi's reads of the draft queued behind it on the same connection; MySQL: the consents' locking read.
    expect(waiting).toEqual([client === 'postgres' ? expect.stringMatching(/^with l as materialized/) : expect.stringMatching(/for update/i)]);
    await revocation.commit();
    await expect(attempt).rejects.toThrow(/compliance checklist blocked publication/);
    expect(await isPublished(draft.documentId)).toBe(false);
  });
});

describe('expiry job', () => {
  const runExpiry = (now: Date) => app.strapi.plugin('compliance').service('expiry').run(now);
  const later = () => new Date(Date.now() + 400 * 86400000);

  it('expires due consents, unpublishes what depended on them, and does nothing the second time', async () => {
    const entry = await publishedEntry();
    const first = await runExpiry(later());
    expect(first.expired).toContain(entry.consents[0]);
    expect(await consentStatus(entry.consents[0])).toBe('expired');
    expect(await isPublished(entry.documentId)).toBe(false);
    const events = (await auditEvents(app)).filter((event) => event.subject?.documentId === entry.documentId || event.subject?.documentId === entry.consents[0]);
    expect(events.slice(-2).map((event) => event.action)).toEqual(['consent.expired', 'entry.unpublished']);
    expect(events.slice(-2).every((event) => event.actor.type === 'system')).toBe(true);

    const second = await runExpiry(later());
    expect(second).toEqual({ expired: [], unpublished: 0 });
  });

  it('is safe when several runs overlap: each consent expires once', async () => {
    const entry = await publishedEntry();
    const results = await Promise.all([runExpiry(later()), runExpiry(later()), runExpiry(later())]);
    expect(results.flatMap((result: { expired: string[] }) => result.expired).filter((id: string) => id === entry.consents[0])).toHaveLength(1);
    const expiredEvents = (await auditEvents(app)).filter((event) => event.action === 'consent.expired' && event.subject?.documentId === entry.consents[0]);
    expect(expiredEvents).toHaveLength(1);
  });

  it('loses nothing and repeats nothing when a run dies half-way and the app restarts', async () => {
    const a = await publishedEntry();
    const b = await publishedEntry();
    // The run dies while ending the second consent.
    const unsubscribe = app.strapi.db.lifecycles.subscribe({
      models: ['plugin::compliance.audit-event'],
      beforeCreate(event: { params: { data: { action?: string; subject?: { documentId?: string } } } }) {
        if (event.params.data.action === 'consent.expired' && event.params.data.subject?.documentId === b.consents[0]) throw new Error('crash');
      },
    } as never) as unknown as () => void;
    await expect(runExpiry(later())).rejects.toThrow('crash');
    unsubscribe();
    expect(await consentStatus(a.consents[0])).toBe('expired');
    expect(await consentStatus(b.consents[0])).toBe('active');
    expect(await isPublished(b.documentId)).toBe(true);

    // Restart: a new Strapi process on the same database.
    await app.strapi.destroy();
    const restarted = await bootOnCurrentDatabase();
    const { removeDatabase } = app;
    app = { ...restarted, removeDatabase, close: async () => { await restarted.close(); await removeDatabase(); } };
    const rerun = await app.strapi.plugin('compliance').service('expiry').run(later());
    expect(rerun.expired).toEqual([b.consents[0]]);
    expect(await isPublished(b.documentId)).toBe(false);
    const expiredA = (await auditEvents(app)).filter((event) => event.action === 'consent.expired' && event.subject?.documentId === a.consents[0]);
    expect(expiredA).toHaveLength(1);
  });
});
