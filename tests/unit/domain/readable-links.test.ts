import { linkIsReadable, readableKeysOf } from '../../../server/src/domain/readable-links';

const T = 'api::testimonial.testimonial';
const H = 'api::health-article.health-article';

describe('which links of a consent a viewer may see', () => {
  it('on a type without locales: any readable row of the document, whatever the link says', () => {
    const readable = new Set(readableKeysOf(T, false, [{ documentId: 'a1', locale: null }]));
    expect(linkIsReadable({ uid: T, documentId: 'a1', locale: null }, false, readable)).toBe(true);
    expect(linkIsReadable({ uid: T, documentId: 'a1', locale: 'en' }, false, readable)).toBe(true);
    expect(linkIsReadable({ uid: T, documentId: 'a2', locale: null }, false, readable)).toBe(false);
    expect(linkIsReadable({ uid: H, documentId: 'a1', locale: null }, false, readable)).toBe(false);
  });

  it('on a localized type: a link without locale needs any readable locale, a link with one needs that one', () => {
    const readable = new Set(readableKeysOf(H, true, [{ documentId: 'h1', locale: 'fr' }]));
    expect(linkIsReadable({ uid: H, documentId: 'h1', locale: null }, true, readable)).toBe(true);
    expect(linkIsReadable({ uid: H, documentId: 'h1', locale: 'fr' }, true, readable)).toBe(true);
    expect(linkIsReadable({ uid: H, documentId: 'h1', locale: 'en' }, true, readable)).toBe(false);
  });

  it('does not confuse ids that contain separators', () => {
    const readable = new Set(readableKeysOf(H, true, [{ documentId: 'h1","en', locale: null }]));
    expect(linkIsReadable({ uid: H, documentId: 'h1', locale: 'en' }, true, readable)).toBe(false);
  });
});
