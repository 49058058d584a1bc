import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Response } from 'supertest';
import { auth, createUser, createUserWithPermissions, startApp, type TestApp, type TestUser } from './helpers/strapi';
import { auditEvents, createDraft, linkConsent, PDF_BYTES, postConsentWithEvidence, validConsent } from './helpers/fixtures';

/**
 * The signed-authorization file is stored by the plugin in the database (never under
 * public/uploads), served only through the authenticated evidence route, fixed by its SHA-256,
 * and refused beyond the size limit or outside the allowed types (checked on the bytes).
 */
const MAX = 10 * 1024 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR fake image body')]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF fake image body')]);
const MP3 = Buffer.concat([Buffer.from('ID3'), Buffer.from([0x04, 0x00, 0x00]), Buffer.from('recorded verbal consent')]);
const WEBM = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84]), Buffer.from('webm'), Buffer.from(' audio track')]);
const HTML = Buffer.from('<html><script>alert(document.cookie)</script></html>');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 1)]);

/** A PDF of exactly `size` bytes. */
const pdfOf = (size: number) => Buffer.concat([PDF_BYTES, Buffer.alloc(size - PDF_BYTES.length, 0x20)]);

let app: TestApp;
let privacy: TestUser;
let editor: TestUser;
let outsider: TestUser;

const counts = async () => ({
  consents: await app.strapi.db.query('plugin::compliance.consent-record').count(),
  chunks: await app.strapi.db.query('plugin::compliance.evidence-chunk').count(),
  mediaLibrary: await app.strapi.db.query('plugin::upload.file').count(),
  uploadsDir: fs.readdirSync(path.join(app.strapi.dirs.static.public, 'uploads')).length,
});
const problems = (response: Response) => (response.body.error.details.errors as Array<{ path: string[]; message: string }>).map((item) => item.path.join('.'));

/** A stored consent with this file, linked to an entry the editor may read. */
const storedWith = async (file: { bytes: Buffer; name: string; type: string }) => {
  const response = await postConsentWithEvidence(app, privacy, file);
  expect(response.status).toBe(201);
  const entry = await createDraft(app, editor, 'api::testimonial.testimonial', { title: 'Evidence story', quote: 'Friendly team.' });
  await linkConsent(app, privacy, response.body.data.documentId, { uid: 'api::testimonial.testimonial', documentId: entry.documentId });
  return response.body.data as { documentId: string; evidence: { name: string; mime: string; size: number; sha256: string } };
};

beforeAll(async () => {
  app = await startApp();
  privacy = await createUser(app, ['Privacy reviewer'], 'privacy');
  editor = await createUser(app, ['strapi-editor'], 'editor');
  // An admin whose role has no permission of the plugin.
  outsider = await createUserWithPermissions(app, 'Outsider', []);
});
afterAll(async () => {
  await app?.close();
});

describe('uploading with the consent', () => {
  it('stores the file in the database, records its SHA-256 in the consent and in consent.created', async () => {
    const before = await counts();
    const response = await postConsentWithEvidence(app, privacy, { bytes: PDF_BYTES, name: 'dana-signed.pdf', type: 'application/pdf' });
    expect(response.status).toBe(201);
    expect(response.body.data.evidence).toEqual({ name: 'dana-signed.pdf', mime: 'application/pdf', size: PDF_BYTES.length, sha256: sha256(PDF_BYTES) });
    const event = (await auditEvents(app)).filter((item) => item.action === 'consent.created').pop();
    expect(event?.subject?.documentId).toBe(response.body.data.documentId);
    expect(event?.data.evidence).toEqual({ sha256: sha256(PDF_BYTES), size: PDF_BYTES.length, mime: 'application/pdf' });
    const after = await counts();
    expect(after).toEqual({ ...before, consents: before.consents + 1, chunks: before.chunks + 1 });
  });

  it('keeps JSON-only and multipart-without-file consents working, with no evidence', async () => {
    const json = await app.http().post('/compliance/consents').set(auth(privacy)).send(validConsent());
    expect(json.status).toBe(201);
    expect(json.body.data.evidence).toBeNull();
    const multipart = await app.http().post('/compliance/consents').set(auth(privacy)).field('data', JSON.stringify(validConsent()));
    expect(multipart.status).toBe(201);
    expect(multipart.body.data.evidence).toBeNull();
    expect((await app.http().get(`/compliance/consents/${json.body.data.documentId}/evidence`).set(auth(privacy))).status).toBe(404);
  });

  it.each([
    ['a PNG scan', PNG, 'scan.png', 'image/png', 'image/png'],
    ['a JPEG photo', JPEG, 'scan.jpg', 'image/jpeg', 'image/jpeg'],
    ['a recorded verbal consent (MP3)', MP3, 'consent.mp3', 'audio/mpeg', 'audio/mpeg'],
    ['an audio WebM from the browser', WEBM, 'consent.webm', 'audio/webm', 'audio/webm'],
    ['a PNG sent as a PDF: the bytes decide', PNG, 'form.pdf', 'application/pdf', 'image/png'],
  ])('accepts %s', async (_name, bytes, name, type, stored) => {
    const response = await postConsentWithEvidence(app, privacy, { bytes, name, type });
    expect(response.status).toBe(201);
    expect(response.body.data.evidence).toMatchObject({ mime: stored, size: bytes.length, sha256: sha256(bytes) });
  });

  it.each([
    ['HTML named and typed as a PDF', HTML, 'form.pdf', 'application/pdf'],
    ['a Windows executable', EXE, 'form.exe', 'application/octet-stream'],
    ['plain text', Buffer.from('I agree'), 'consent.txt', 'text/plain'],
  ])('refuses %s with a 400 and stores nothing', async (_name, bytes, name, type) => {
    const before = await counts();
    const response = await postConsentWithEvidence(app, privacy, { bytes, name, type });
    expect(response.status).toBe(400);
    expect(response.body.error.details.code).toBe('EVIDENCE_TYPE_NOT_ALLOWED');
    expect(problems(response)).toEqual(['evidence']);
    expect(await counts()).toEqual(before);
  });

  it('accepts a file of exactly the size limit and refuses one byte more', async () => {
    const atLimit = await postConsentWithEvidence(app, privacy, { bytes: pdfOf(MAX), name: 'big.pdf', type: 'application/pdf' });
    expect(atLimit.status).toBe(201);
    expect(atLimit.body.data.evidence.size).toBe(MAX);
    const before = await counts();
    const over = await postConsentWithEvidence(app, privacy, { bytes: pdfOf(MAX + 1), name: 'too-big.pdf', type: 'application/pdf' });
    expect(over.status).toBe(400);
    expect(over.body.error.details.code).toBe('EVIDENCE_TOO_LARGE');
    expect(over.body.error.message).toMatch(/10485760/);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['no data field', (request: ReturnType<typeof postWithout>) => request.attach('files.evidence', PDF_BYTES, 'a.pdf'), ['data']],
    ['data that is not JSON', (request: ReturnType<typeof postWithout>) => request.field('data', '{"subjectName": '), ['data']],
    ['an unknown field', (request: ReturnType<typeof postWithout>) => request.field('data', JSON.stringify(validConsent())).field('note', 'x'), ['note']],
    [
      'an unknown file field',
      (request: ReturnType<typeof postWithout>) => request.field('data', JSON.stringify(validConsent())).attach('files.photo', PNG, 'p.png'),
      ['files.photo'],
    ],
    [
      'two evidence files',
      (request: ReturnType<typeof postWithout>) =>
        request.field('data', JSON.stringify(validConsent())).attach('files.evidence', PDF_BYTES, 'a.pdf').attach('files.evidence', PDF_BYTES, 'b.pdf'),
      ['evidence'],
    ],
    [
      'an invalid consent and a bad file: both named',
      (request: ReturnType<typeof postWithout>) =>
        request.field('data', JSON.stringify({ ...validConsent(), subjectName: '' })).attach('files.evidence', HTML, { filename: 'a.pdf', contentType: 'application/pdf' }),
      ['subjectName', 'evidence'],
    ],
    [
      'an evidence id inside the JSON',
      (request: ReturnType<typeof postWithout>) => request.field('data', JSON.stringify({ ...validConsent(), evidence: 3 })),
      ['evidence'],
    ],
  ])('refuses a multipart request with %s, naming each problem, storing nothing', async (_name, build, paths) => {
    const before = await counts();
    const response = await build(postWithout());
    expect(response.status).toBe(400);
    expect(problems(response).sort()).toEqual([...paths].sort());
    expect(await counts()).toEqual(before);
  });

  it('refuses an empty file with a 400', async () => {
    const before = await counts();
    const response = await postConsentWithEvidence(app, privacy, { bytes: Buffer.alloc(0), name: 'empty.pdf', type: 'application/pdf' });
    expect(response.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('needs consents.manage to upload', async () => {
    const before = await counts();
    const response = await postConsentWithEvidence(app, editor, { bytes: PDF_BYTES, name: 'a.pdf', type: 'application/pdf' });
    expect(response.status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

const postWithout = () => app.http().post('/compliance/consents').set(auth(privacy));

describe('serving it', () => {
  it('serves the exact bytes, as a private download, and audits the read', async () => {
    const bytes = pdfOf(3 * 1024 * 1024 + 17);
    const consent = await storedWith({ bytes, name: 'Dana "W" signed.pdf', type: 'application/pdf' });
    const response = await app.http().get(`/compliance/consents/${consent.documentId}/evidence`).set(auth(editor)).buffer(true).parse((res, done) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => done(null, Buffer.concat(parts)));
    });
    expect(response.status).toBe(200);
    expect(sha256(response.body as Buffer)).toBe(sha256(bytes));
    expect(response.headers['content-type']).toMatch(/^application\/pdf/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const event = (await auditEvents(app)).filter((item) => item.action === 'consent.viewed').pop();
    expect(event).toMatchObject({ actor: { type: 'admin', id: editor.id }, subject: { documentId: consent.documentId }, data: { view: 'evidence', sha256: sha256(bytes) } });
  });

  it('is refused without a session (401) and without consents.read (403)', async () => {
    const consent = await storedWith({ bytes: PDF_BYTES, name: 'a.pdf', type: 'application/pdf' });
    expect((await app.http().get(`/compliance/consents/${consent.documentId}/evidence`)).status).toBe(401);
    const response = await app.http().get(`/compliance/consents/${consent.documentId}/evidence`).set(auth(outsider));
    expect(response.status).toBe(403);
    expect(response.body).not.toBeInstanceOf(Buffer);
  });

  it('refuses query parameters', async () => {
    const consent = await storedWith({ bytes: PDF_BYTES, name: 'a.pdf', type: 'application/pdf' });
    expect((await app.http().get(`/compliance/consents/${consent.documentId}/evidence?inline=true`).set(auth(editor))).status).toBe(400);
  });
});

describe('fixed once stored', () => {
  it('cannot be changed or deleted through the query engine', async () => {
    const consent = await storedWith({ bytes: PDF_BYTES, name: 'a.pdf', type: 'application/pdf' });
    const chunks = app.strapi.db.query('plugin::compliance.evidence-chunk');
    await expect(chunks.updateMany({ where: { consentDocumentId: consent.documentId }, data: { data: 'AAAA' } })).rejects.toThrow(/append-only/);
    await expect(chunks.deleteMany({ where: { consentDocumentId: consent.documentId } })).rejects.toThrow(/append-only/);
    expect((await app.http().get(`/compliance/consents/${consent.documentId}/evidence`).set(auth(editor))).status).toBe(200);
  });

  it('is refused, not served, when the stored bytes no longer match the recorded SHA-256', async () => {
    const consent = await storedWith({ bytes: PDF_BYTES, name: 'a.pdf', type: 'application/pdf' });
    // Straight SQL, as someone with database access would do it.
    const meta = app.strapi.db.metadata.get('plugin::compliance.evidence-chunk');
    const column = (name: string) => (meta.attributes[name] as { columnName?: string }).columnName ?? name;
    await app.strapi.db
      .getConnection(meta.tableName)
      .where(column('consentDocumentId'), consent.documentId)
      .update({ [column('data')]: Buffer.from('%PDF-1.4 forged').toString('base64') });
    const response = await app.http().get(`/compliance/consents/${consent.documentId}/evidence`).set(auth(editor));
    expect(response.status).toBe(400);
    expect(response.body.error.details.code).toBe('EVIDENCE_INTEGRITY');
  });
});
