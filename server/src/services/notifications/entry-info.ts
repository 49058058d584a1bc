import type { Core, UID } from '@strapi/strapi';
import type { EntryRef } from '../../../../shared/contracts/common';
import { isRow, rowsOf, type Row } from '../../utils/db';
import { getService } from '../../utils/get-service';

type DraftRow = Row & { createdBy: { id: number } | null; updatedBy: { id: number } | null };

/** A populated `createdBy`/`updatedBy`: the admin user's id, or null. */
const userRef = (value: unknown): { id: number } | null =>
  isRow(value) && (typeof value.id === 'number' || typeof value.id === 'string') ? { id: Number(value.id) } : null;

const TITLE_FIELDS = ['title', 'name', 'headline'];

/** What notifications say about an entry: its type's name, its title (only when asked for), its author. */
export const createEntryInfo = (strapi: Core.Strapi) => {
  const typeName = (uid: string) => getService(strapi, 'marked-types').get(uid)?.displayName ?? uid;

  const titleField = (uid: string) => {
    const schema = strapi.contentType(uid as UID.ContentType) as unknown as { attributes: Record<string, { type: string }> } | undefined;
    return TITLE_FIELDS.find((name) => schema?.attributes[name]?.type === 'string');
  };

  const draft = async (ref: EntryRef): Promise<DraftRow | null> => {
    const row = await rowsOf(strapi, ref.uid).findOne({
      where: { documentId: ref.documentId, publishedAt: null, ...(ref.locale ? { locale: ref.locale } : {}) },
      populate: ['createdBy', 'updatedBy'],
    });
    return row && { ...row, createdBy: userRef(row.createdBy), updatedBy: userRef(row.updatedBy) };
  };

  const titleOf = (uid: string, row: DraftRow | null) => {
    const field = titleField(uid);
    const value = field && row ? row[field] : undefined;
    return typeof value === 'string' && value ? value : undefined;
  };

  /** The admin users who wrote the draft: they may not sign its reviews, so they are not asked to. */
  const authorsOf = (row: DraftRow | null) => [row?.createdBy?.id, row?.updatedBy?.id].flatMap((id) => (id === undefined ? [] : [id]));

  return { typeName, draft, titleOf, authorsOf };
};
