import fs from 'node:fs';
import path from 'node:path';
import { auth, createUser, PASSWORD, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { createConsent, createDraft, signReview } from './helpers/fixtures';
import { png } from './helpers/png';

/**
 * Media is part of what was approved: the content hash covers each file's content, alternative
 * text and caption; a file a published entry shows cannot be replaced or re-captioned (409); for
 * drafts the approvals go stale; the text rules read alternative text and captions.
 */
const UID = 'api::testimonial.testimonial';
const GOOD = { title: 'Walking again', quote: 'The physiotherapy team explained every step.', channel: 'website' };

let app: TestApp;
let editor: TestUser;
let medical: TestUser;
let privacy: TestUser;
let admin: TestUser;

interface UploadedFile {
  id: number;
  url: string;
  size: number;
  alternativeText: string | null;
}

const upload = async (name: string, bytes: Buffer, fileInfo: Record<string, unknown> = {}): Promise<UploadedFile> => {
  const response = await app
    .http()
    .post('/upload')
    .set(auth(admin))
    .field('fileInfo', JSON.stringify({ name, ...fileInfo }))
    .attach('files', bytes, { filename: name, contentType: 'image/png' });
  if (response.status !== 201 && response.status !== 200) throw new Error(`upload failed: ${response.status} ${JSON.stringify(response.body)}`);
  return (Array.isArray(response.body) ? response.body[0] : response.body) as UploadedFile;
};
/** The Media Library's "Replace media": same file id, new bytes. */
const replace = (id: number, bytes: Buffer) => app.http().post(`/upload?id=${id}`).set(auth(admin)).attach('files', bytes, { filename: 'replacement.png', contentType: 'image/png' });
/** The Media Library's "Edit details" (name, alternative text, caption). */
const editDetails = (id: number, fileInfo: Record<string, unknown>) => app.http().post(`/upload?id=${id}`).set(auth(admin)).field('fileInfo', JSON.stringify(fileInfo));
const storedFile = async (id: number) => (await app.strapi.db.query('plugin::upload.file').findOne({ where: { id } })) as UploadedFile & { name: string; caption: string | null };
const bytesOnDisk = (file: UploadedFile) => fs.readFileSync(path.join(app.strapi.dirs.static.public, file.url));

const checks = async (documentId: string) => (await app.http().get(`/compliance/checks/${UID}/${documentId}`).set(auth(editor))).body.data;
const approve = async (documentId: string) => {
  for (const [user, role] of [[privacy, 'privacy'], [medical, 'medical']] as const) {
    expect((await signReview(app, user, UID, documentId, { role, decision: 'approved', password: PASSWORD })).status).toBe(201);
  }
};
const publish = (documentId: string) => app.http().post(`/content-manager/collection-types/${UID}/${documentId}/actions/publish`).set(auth(editor)).send({});
const isPublished = async (documentId: string) =>
  Boolean(await app.strapi.db.query(UID as never).findOne({ where: { documentId, publishedAt: { $notNull: true } } } as never));

/** A draft showing `data`'s media, with a consent that covers photos, linked. */
const draftWith = async (data: Record<string, unknown>) => {
  const draft = await createDraft(app, editor, UID, { ...GOOD, ...data });
  const consent = await createConsent(app, privacy, { scope: { channels: ['website'], media: ['quote', 'photo'] } });
  expect((await app.http().post(`/compliance/consents/${consent.documentId}/links`).set(auth(privacy)).send({ uid: UID, documentId: draft.documentId })).status).toBe(200);
  return draft.documentId;
};

beforeAll(async () => {
  app = await startApp();
  editor = await createUser(app, ['strapi-editor'], 'editor');
  medical = await createUser(app, ['Medical reviewer'], 'medical');
  privacy = await createUser(app, ['Privacy reviewer'], 'privacy');
  admin = await createUser(app, ['super-admin'], 'admin');
});
afterAll(async () => {
  await app?.close();
});

describe('a file a draft shows', () => {
  it('can be replaced, and the approvals of the draft go stale', async () => {
    const photo = await upload('dana.png', png(2, [200, 30, 30]), { alternativeText: 'Patient on the stairs' });
    const documentId = await draftWith({ patientPhoto: photo.id });
    await approve(documentId);
    const before = await checks(documentId);
    expect(before.passed).toBe(true);

    const replaced = await replace(photo.id, png(24, [30, 30, 200]));
    expect(replaced.status).toBe(200);
    expect((await storedFile(photo.id)).size).not.toBe(photo.size);

    const after = await checks(documentId);
    expect(after.contentHash).not.toBe(before.contentHash);
    const approval = after.checks.find((check: { rule: string }) => check.rule === 'review.approval');
    expect(approval).toMatchObject({ status: 'fail', details: { missingRoles: ['privacy', 'medical'] } });
    const listed = await app.http().get(`/compliance/reviews/${UID}/${documentId}`).set(auth(editor));
    expect(listed.body.data.map((review: { current: boolean }) => review.current)).toEqual([false, false]);
  });

  it('can get new alternative text, which the checklist reads like any text of the entry', async () => {
    const photo = await upload('clinic.png', png(2, [10, 120, 10]));
    const documentId = await draftWith({ patientPhoto: photo.id });
    const before = (await checks(documentId)).contentHash;
    const edited = await editDetails(photo.id, { name: 'clinic.png', alternativeText: 'Dana, call her at 555-201-3344', caption: 'A miracle cure' });
    expect(edited.status).toBe(200);
    const after = await checks(documentId);
    expect(after.contentHash).not.toBe(before);
    const phi = after.checks.find((check: { rule: string }) => check.rule === 'phi.scan');
    expect(phi.findings).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['patientPhoto'], kind: 'phone', match: '555-201-3344' })]));
    const claims = after.checks.find((check: { rule: string }) => check.rule === 'claims.prohibited');
    expect(claims.findings).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['patientPhoto'] })]));
    // The gate refuses it with the media field marked.
    const refused = await publish(documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['patientPhoto'] })]));
  });
});

describe('a file a published entry shows', () => {
  let photo: UploadedFile;
  let documentId: string;
  beforeAll(async () => {
    photo = await upload('published.png', png(2, [90, 90, 90]), { alternativeText: 'Patient in the garden' });
    documentId = await draftWith({ patientPhoto: photo.id });
    await approve(documentId);
    expect((await publish(documentId)).status).toBe(200);
  });

  it('cannot be replaced: 409 naming the entry, and neither the file row nor the stored bytes change', async () => {
    const original = bytesOnDisk(photo);
    const refused = await replace(photo.id, png(24, [250, 250, 0]));
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      status: 409,
      name: 'ConflictError',
      message: expect.stringMatching(/Upload a new file and edit the entry/),
      details: { code: 'MEDIA_IN_USE', entries: [{ uid: UID, documentId, locale: null }] },
    });
    expect(refused.body.error.message).toContain(documentId);
    expect((await storedFile(photo.id)).size).toBe(photo.size);
    expect(bytesOnDisk(photo).equals(original)).toBe(true);
    expect(await isPublished(documentId)).toBe(true);
  });

  it('cannot get new alternative text or caption (409), but can be renamed', async () => {
    const alt = await editDetails(photo.id, { name: 'published.png', alternativeText: 'Dana Whitfield, 54', caption: null });
    expect(alt.status).toBe(409);
    expect(alt.body.error.details.code).toBe('MEDIA_IN_USE');
    const caption = await editDetails(photo.id, { name: 'published.png', alternativeText: 'Patient in the garden', caption: 'Cured in a week' });
    expect(caption.status).toBe(409);
    expect(await storedFile(photo.id)).toMatchObject({ alternativeText: 'Patient in the garden', caption: null });

    const renamed = await editDetails(photo.id, { name: 'garden.png', alternativeText: 'Patient in the garden' });
    expect(renamed.status).toBe(200);
    expect((await storedFile(photo.id)).name).toBe('garden.png');
  });

  it('is refused through the query engine too, and can change again once the entry is unpublished', async () => {
    await expect(app.strapi.db.query('plugin::upload.file').update({ where: { id: photo.id }, data: { caption: 'Changed in code' } })).rejects.toMatchObject({ status: 409 });
    expect((await app.http().post(`/content-manager/collection-types/${UID}/${documentId}/actions/unpublish`).set(auth(editor)).send({})).status).toBe(200);
    expect((await replace(photo.id, png(24, [250, 250, 0]))).status).toBe(200);
  });

  it('is found through components nested in a dynamic zone', async () => {
    const icon = await upload('icon.png', png(2, [1, 2, 3]));
    const nested = await draftWith({
      sections: [{ __component: 'shared.quote-block', quote: 'Thank you.', attribution: 'A patient', details: [{ label: 'Mobility', text: 'Walks daily', icon: icon.id }] }],
    });
    await approve(nested);
    expect((await publish(nested)).status).toBe(200);
    const refused = await editDetails(icon.id, { name: 'icon.png', alternativeText: 'Dana smiling' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.entries).toEqual([{ uid: UID, documentId: nested, locale: null }]);
  });
});
