import type { EntryRef } from '../../../shared/contracts/common';

/**
 * Which links of a consent point at entries a viewer may read, given the entry rows they may read.
 * A link without a locale covers every locale of the entry, so any readable row of the document
 * makes it readable; a link with a locale needs that locale's row (for localized types only).
 */
export const readableKey = (documentId: string, locale: string | null, uid: string) => JSON.stringify([uid, documentId, locale]);

export const readableKeysOf = (uid: string, localized: boolean, rows: Array<{ documentId: string; locale?: string | null }>): string[] =>
  rows.flatMap((row) => [readableKey(row.documentId, null, uid), ...(localized && row.locale ? [readableKey(row.documentId, row.locale, uid)] : [])]);

export const linkIsReadable = (link: EntryRef, localized: boolean, readable: ReadonlySet<string>) =>
  readable.has(readableKey(link.documentId, localized ? (link.locale ?? null) : null, link.uid));
