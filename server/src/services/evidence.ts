import type { Core } from '@strapi/strapi';
import { UIDS } from '../content-types';
import { fromBase64Parts, toBase64Parts } from '../domain/evidence';
import { asPluginWrite } from './internal-scope';

/**
 * The bytes of consents' signed-authorization files, in the database (never under
 * public/uploads) so that every instance and every backup holds them. Stored in base64 parts of
 * 1 MiB: Strapi has no binary attribute type, and a part stays far below MySQL's packet limit.
 */
export const createEvidenceService = ({ strapi }: { strapi: Core.Strapi }) => {
  const chunks = () => strapi.db.query(UIDS.evidenceChunk);

  /** Call inside the transaction that creates the consent. */
  const store = async (consentDocumentId: string, bytes: Buffer) => {
    const parts = toBase64Parts(bytes);
    for (let part = 0; part < parts.length; part += 1) {
      await asPluginWrite(() => chunks().create({ data: { consentDocumentId, part, data: parts[part] }, select: ['id'] }));
    }
  };

  const read = async (consentDocumentId: string): Promise<Buffer> => {
    const rows = (await chunks().findMany({ where: { consentDocumentId }, orderBy: { part: 'asc' }, select: ['data'] })) as Array<{ data: string }>;
    return fromBase64Parts(rows.map((row) => row.data));
  };

  return { store, read };
};
