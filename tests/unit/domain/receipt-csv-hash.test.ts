import { toConsentReceipt } from '../../../server/src/domain/receipt';
import { csvRow } from '../../../server/src/domain/csv';
import { hashContent } from '../../../server/src/domain/content-hash';
import type { SchemaLike } from '../../../server/src/scanners/types';

describe('Kantara consent receipt', () => {
  it('maps a consent to KI-CR-v1.1.0 fields', () => {
    const receipt = toConsentReceipt(
      {
        receiptId: 'r-1', signedAt: '2026-03-01T10:00:00.000Z', subjectName: 'Dana', collectionMethod: 'Signed form', jurisdiction: 'US', language: 'en',
        policyUrl: 'https://x.example/privacy', purposes: ['Website testimonial', 'Social post'], informationDescription: 'Quote and photo',
        recipients: 'Public', expiresAt: '2027-03-01T00:00:00.000Z', expirationEvent: null, status: 'active', scope: { channels: ['website'], media: ['photo'] },
      },
      { name: 'Clinic', contact: 'Privacy Office', email: 'p@x.example', address: '1 Main', url: 'https://x.example' },
      'Testimonials'
    );
    expect(receipt).toMatchObject({ version: 'KI-CR-v1.1.0', consentTimestamp: 1772359200, consentReceiptID: 'r-1', sensitive: true, piiPrincipalId: 'Dana' });
    expect(receipt.piiControllers[0]).toMatchObject({ piiController: 'Clinic', email: 'p@x.example', piiControllerUrl: 'https://x.example' });
    expect(receipt.services[0].purposes.map((purpose) => purpose.purpose)).toEqual(['Website testimonial', 'Social post']);
    expect(receipt.services[0].purposes[0].piiCategory).toEqual(['Quote and photo', 'media:photo']);
    expect(receipt.spiCat[0]).toMatch(/Health/);
  });
});

describe('RFC 4180 CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and ends rows with CRLF', () => {
    expect(csvRow(['a', 'b,c', 'say "hi"', 'two\nlines', null, 3, { k: 'v' }])).toBe('a,"b,c","say ""hi""","two\nlines",,3,"{""k"":""v""}"\r\n'.replace('"two\nlines"', '"two\nlines"'));
  });
});

describe('content hash', () => {
  const components: Record<string, SchemaLike> = { 'shared.item': { attributes: { text: { type: 'text' } } } };
  const schema: SchemaLike = {
    attributes: {
      title: { type: 'string' },
      when: { type: 'datetime' },
      items: { type: 'component', component: 'shared.item', repeatable: true },
      zone: { type: 'dynamiczone', components: ['shared.item'] },
      photo: { type: 'media' },
      author: { type: 'relation' },
      createdAt: { type: 'datetime' },
      updatedBy: { type: 'relation' },
    },
  };
  const hash = (entry: Record<string, unknown>) => hashContent(entry, schema, (uid) => components[uid]);
  const base = {
    id: 1, documentId: 'doc', title: 'Hello', when: '2026-01-01T00:00:00.000Z', items: [{ id: 5, text: 'a' }, { id: 6, text: 'b' }],
    zone: [{ __component: 'shared.item', id: 9, text: 'z' }], photo: { id: 3, url: '/uploads/p.jpg', hash: 'p' }, author: { id: 7, documentId: 'au' },
    createdAt: '2026-01-01', updatedAt: '2026-01-02', updatedBy: { id: 1 }, publishedAt: null, locale: 'en',
  };

  it('ignores ids, timestamps and authorship', () => {
    expect(hash({ ...base, id: 2, createdAt: '2030-01-01', updatedBy: { id: 9 }, items: [{ id: 50, text: 'a' }, { id: 60, text: 'b' }] })).toBe(hash(base));
  });

  it('changes with the text, the order of components, the media file and the related entry', () => {
    const original = hash(base);
    expect(hash({ ...base, title: 'Hello!' })).not.toBe(original);
    expect(hash({ ...base, items: [base.items[1], base.items[0]] })).not.toBe(original);
    expect(hash({ ...base, zone: [{ __component: 'shared.item', text: 'y' }] })).not.toBe(original);
    expect(hash({ ...base, photo: { url: '/uploads/q.jpg', hash: 'q' } })).not.toBe(original);
  });

  it('binds media files by content: a replace (same id, url and hash, new bytes) or new alternative text or caption changes it', () => {
    const photo = { id: 3, url: '/uploads/p.jpg', hash: 'p', mime: 'image/jpeg', size: 12.5, updatedAt: '2026-01-01T00:00:00.000Z', alternativeText: 'Dana', caption: null };
    const original = hash({ ...base, photo });
    expect(hash({ ...base, photo: { ...photo, size: 13.1, updatedAt: '2026-02-01T00:00:00.000Z' } })).not.toBe(original);
    expect(hash({ ...base, photo: { ...photo, updatedAt: '2026-02-01T00:00:00.000Z' } })).not.toBe(original);
    expect(hash({ ...base, photo: { ...photo, alternativeText: 'Dana, 54' } })).not.toBe(original);
    expect(hash({ ...base, photo: { ...photo, caption: 'After surgery' } })).not.toBe(original);
    // Database representations: a decimal size as a string, a Date for updatedAt.
    expect(hash({ ...base, photo: { ...photo, size: '12.5', updatedAt: new Date('2026-01-01T00:00:00Z') } })).toBe(original);
    // The file's name in the Media Library is not shown to readers.
    expect(hash({ ...base, photo: { ...photo, name: 'renamed.jpg' } })).toBe(original);
    expect(hash({ ...base, author: { documentId: 'other' } })).not.toBe(original);
  });

  it('normalizes database representations (date strings, missing vs null)', () => {
    expect(hash({ ...base, when: new Date('2026-01-01T00:00:00Z') })).toBe(hash(base));
    const withoutPhoto: Record<string, unknown> = { ...base };
    delete withoutPhoto.photo;
    expect(hash(withoutPhoto)).toBe(hash({ ...base, photo: null }));
  });
});
