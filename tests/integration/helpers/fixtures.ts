import type { ConsentInput } from '../../../shared/contracts/consents';
import type { TestApp, TestUser } from './strapi';
import { auth } from './strapi';

const inDays = (days: number) => new Date(Date.now() + days * 86400000).toISOString();

/** A complete, valid HIPAA authorization. */
export const validConsent = (overrides: Partial<ConsentInput> = {}): ConsentInput => ({
  subjectName: 'Dana Whitfield',
  subjectReference: 'MRN-0042',
  informationDescription: 'My name, photo, and the story of my knee treatment',
  authorizedDisclosers: 'Riverside Clinic',
  recipients: 'Visitors of the Riverside Clinic website and social media followers',
  purposes: ['Marketing testimonial on the clinic website'],
  expiresAt: inDays(365),
  signedAt: inDays(-1),
  signatureMethod: 'electronic',
  statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
  remuneration: { involved: false },
  scope: { channels: ['website', 'social'], media: ['quote', 'photo'] },
  ...overrides,
});

export const createConsent = async (app: TestApp, user: TestUser, overrides: Partial<ConsentInput> = {}) => {
  const response = await app.http().post('/compliance/consents').set(auth(user)).send(validConsent(overrides));
  if (response.status !== 201) throw new Error(`consent not created: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data as { documentId: string; receiptId: string };
};

/** A draft entry created through the Content Manager as `user` (so createdBy/updatedBy are set). */
export const createDraft = async (app: TestApp, user: TestUser, uid: string, data: Record<string, unknown>, locale?: string) => {
  const response = await app
    .http()
    .post(`/content-manager/collection-types/${uid}${locale ? `?locale=${locale}` : ''}`)
    .set(auth(user))
    .send(data);
  if (response.status !== 201 && response.status !== 200) throw new Error(`draft not created: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data as { documentId: string; id: number; locale?: string };
};

/** The content hash a reviewer is shown: the checklist's (GET /compliance/checks). */
export const shownHash = async (app: TestApp, user: TestUser, uid: string, documentId: string, locale?: string | null) => {
  const response = await app.http().get(`/compliance/checks/${uid}/${documentId}${locale ? `?locale=${locale}` : ''}`).set(auth(user));
  return (response.body?.data?.contentHash as string | undefined) ?? '0'.repeat(64);
};

/** Signs a review the way the panel does: with the content hash of the checklist on screen, unless the body names one. */
export const signReview = async (app: TestApp, user: TestUser, uid: string, documentId: string, body: Record<string, unknown>) => {
  const locale = typeof body.locale === 'string' ? body.locale : null;
  const contentHash = 'contentHash' in body ? body.contentHash : await shownHash(app, user, uid, documentId, locale);
  return app
    .http()
    .post(`/compliance/reviews/${uid}/${documentId}`)
    .set(auth(user))
    .send({ ...body, contentHash });
};

export const auditEvents = async (app: TestApp) =>
  (await app.strapi.db.query('plugin::compliance.audit-event').findMany({ orderBy: { seq: 'asc' } })) as Array<{
    seq: number;
    action: string;
    subject: { uid: string; documentId: string | null; locale: string | null } | null;
    actor: { type: string; id: unknown };
    data: Record<string, unknown>;
  }>;

/**
 * Events written after a rollback are recorded asynchronously; wait for one to appear. The limit
 * is generous (a loaded CI machine runs three suites at once): it ends a test that would hang, it
 * is not a speed assertion.
 */
export const waitForAudit = async (app: TestApp, predicate: (event: Awaited<ReturnType<typeof auditEvents>>[number]) => boolean) => {
  const giveUpAt = Date.now() + 30000;
  for (;;) {
    const found = (await auditEvents(app)).find(predicate);
    if (found) return found;
    if (Date.now() > giveUpAt) throw new Error('expected audit event was not recorded');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** A small but real PDF (the plugin checks evidence files on their bytes). */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

/** POST /compliance/consents as multipart: the consent JSON in `data`, the file in `files.evidence`. */
export const postConsentWithEvidence = (
  app: TestApp,
  user: TestUser,
  file: { bytes: Buffer; name: string; type: string },
  overrides: Partial<ConsentInput> = {}
) =>
  app
    .http()
    .post('/compliance/consents')
    .set(auth(user))
    .field('data', JSON.stringify(validConsent(overrides)))
    .attach('files.evidence', file.bytes, { filename: file.name, contentType: file.type });

export const linkConsent = async (app: TestApp, user: TestUser, consentDocumentId: string, ref: { uid: string; documentId: string; locale?: string | null }) => {
  const response = await app.http().post(`/compliance/consents/${consentDocumentId}/links`).set(auth(user)).send(ref);
  if (response.status !== 200) throw new Error(`link failed: ${response.status} ${JSON.stringify(response.body)}`);
};
