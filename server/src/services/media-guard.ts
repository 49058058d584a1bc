import type { Core, UID } from '@strapi/strapi';
import type { EntryRef } from '../../../shared/contracts/common';
import { ERROR_CODES } from '../../../shared/error-codes';
import { ConflictError } from '../utils/conflict-error';
import { localeOf, rowsOf, stringField, type Row } from '../utils/db';
import { getService } from '../utils/get-service';

const FILE_UID = 'plugin::upload.file';

/** File columns that change what a reader sees; a rename or a move to another folder does not. */
const CONTENT_KEYS = ['url', 'hash', 'ext', 'mime', 'size', 'width', 'height', 'formats', 'alternativeText', 'caption', 'focalPoint', 'provider'] as const;

type Knex = Core.Strapi['db']['connection'];

/** Where rows of a component are attached to their owner (a content type or another component). */
interface ComponentSlot {
  ownerUid: string;
  table: string;
  ownerColumn: string;
  componentColumn: string;
  field: string;
}

interface JoinTableMeta {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn?: { name: string };
  morphColumn?: { idColumn: { name: string }; typeColumn: { name: string } };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Whether `data` changes what a file shows, compared with its stored row. */
export const changesFileContent = (stored: Row, data: Row): boolean =>
  CONTENT_KEYS.some((key) => key in data && data[key] !== undefined && !same(key === 'size' ? Number(data[key]) : data[key], key === 'size' ? Number(stored[key]) : stored[key]));

/**
 * Media Library files are part of what was approved: the content hash covers each file's content
 * and its alternative text and caption. Replacing a file (same id, new bytes) or changing what it
 * shows is refused with a 409 while a published marked entry uses it, directly or through
 * components; for drafts the change simply makes their approvals stale.
 */
export const createMediaGuard = ({ strapi }: { strapi: Core.Strapi }) => {
  const slotCache = new Map<string, ComponentSlot[]>();

  const schemaOf = (uid: string) =>
    (strapi.contentType(uid as UID.ContentType) ?? strapi.components[uid as keyof typeof strapi.components]) as unknown as
      | { attributes: Record<string, { type: string; component?: string; components?: string[] }> }
      | undefined;

  /** Every place a component can sit, read from the schemas and the database metadata (join tables). */
  const slotsOf = (componentUid: string): ComponentSlot[] => {
    const cached = slotCache.get(componentUid);
    if (cached) return cached;
    const owners = [...getService(strapi, 'marked-types').all().map((type) => type.uid), ...Object.keys(strapi.components)];
    const slots: ComponentSlot[] = [];
    for (const ownerUid of owners) {
      for (const [field, attribute] of Object.entries(schemaOf(ownerUid)?.attributes ?? {})) {
        const holds = (attribute.type === 'component' && attribute.component === componentUid) || (attribute.type === 'dynamiczone' && attribute.components?.includes(componentUid));
        if (!holds) continue;
        const joinTable = (strapi.db.metadata.get(ownerUid).attributes[field] as { joinTable?: JoinTableMeta }).joinTable;
        const componentColumn = joinTable?.inverseJoinColumn?.name ?? joinTable?.morphColumn?.idColumn.name;
        if (!joinTable || !componentColumn) continue;
        slots.push({ ownerUid, table: joinTable.name, ownerColumn: joinTable.joinColumn.name, componentColumn, field });
      }
    }
    slotCache.set(componentUid, slots);
    return slots;
  };

  const table = (trx: unknown, name: string) => {
    const schema = strapi.db.getSchemaName();
    const query = (trx as Knex)(name);
    return schema ? query.withSchema(schema) : query;
  };

  /** The rows of marked types holding these rows of `uid`, following components up to their owners. */
  const owningRows = async (trx: unknown, uid: string, ids: unknown[], depth = 0): Promise<Array<{ uid: string; id: unknown }>> => {
    if (!ids.length) return [];
    if (getService(strapi, 'marked-types').isMarked(uid)) return ids.map((id) => ({ uid, id }));
    if (!(uid in strapi.components) || depth > 16) return [];
    const found: Array<{ uid: string; id: unknown }> = [];
    for (const slot of slotsOf(uid)) {
      const owners = (await table(trx, slot.table).whereIn(slot.componentColumn, ids as string[]).where('field', slot.field).select(slot.ownerColumn)) as Row[];
      found.push(...(await owningRows(trx, slot.ownerUid, [...new Set(owners.map((row) => row[slot.ownerColumn]))], depth + 1)));
    }
    return found;
  };

  /** Published marked entries that show one of these files. */
  const publishedUsers = async (fileIds: unknown[]): Promise<EntryRef[]> =>
    strapi.db.transaction(async ({ trx }) => {
      const join = (strapi.db.metadata.get(FILE_UID).attributes.related as { joinTable: JoinTableMeta }).joinTable;
      if (!join.morphColumn) return [];
      const { idColumn, typeColumn } = join.morphColumn;
      const links = (await table(trx, join.name).whereIn(join.joinColumn.name, fileIds as string[]).select(idColumn.name, typeColumn.name)) as Row[];
      const byType = new Map<string, unknown[]>();
      for (const link of links) byType.set(String(link[typeColumn.name]), [...(byType.get(String(link[typeColumn.name])) ?? []), link[idColumn.name]]);
      const rows: Array<{ uid: string; id: unknown }> = [];
      for (const [uid, ids] of byType) rows.push(...(await owningRows(trx, uid, ids)));
      const users = new Map<string, EntryRef>();
      for (const uid of new Set(rows.map((row) => row.uid))) {
        const published = await rowsOf(strapi, uid).findMany({
          where: { id: { $in: rows.filter((row) => row.uid === uid).map((row) => row.id) }, publishedAt: { $notNull: true } },
          select: ['documentId', 'locale'],
        });
        for (const row of published) {
          const documentId = stringField(row, 'documentId');
          const locale = localeOf(row);
          if (documentId) users.set(`${uid} ${documentId} ${locale ?? ''}`, { uid, documentId, locale });
        }
      }
      return [...users.values()];
    });

  const refuseIfPublished = async (fileIds: unknown[], change: string) => {
    if (!fileIds.length) return;
    const entries = await publishedUsers(fileIds);
    if (!entries.length) return;
    const names = entries.map((entry) => `${getService(strapi, 'marked-types').get(entry.uid)?.displayName ?? entry.uid} ${entry.documentId}${entry.locale ? ` (${entry.locale})` : ''}`);
    throw new ConflictError(
      `This file is shown by published ${entries.length === 1 ? 'entry' : 'entries'} ${names.join(', ')}, which ${entries.length === 1 ? 'was' : 'were'} approved with it, so its ${change} cannot change. Upload a new file and edit the entry instead.`,
      { code: ERROR_CODES.mediaInUse, entries }
    );
  };

  /**
   * Replace writes the new bytes to storage before it updates the file row, so it is checked
   * before it starts; edits of the file row (details, alternative text, caption) are checked by
   * the lifecycle below, whatever path they take.
   */
  const extendUploadService = () => {
    if (!strapi.plugin('upload')) return;
    strapi.get('services').extend('plugin::upload.upload', (service: Record<string, unknown>) => {
      const replace = service.replace as (id: unknown, ...rest: unknown[]) => Promise<unknown>;
      return {
        ...service,
        async replace(id: unknown, ...rest: unknown[]) {
          await refuseIfPublished([id], 'content');
          return replace(id, ...rest);
        },
      };
    });
  };

  const checkUpdate = async (event: { params: { where?: Row; data?: Row } }) => {
    const data = event.params.data ?? {};
    if (!CONTENT_KEYS.some((key) => key in data)) return;
    const files = await rowsOf(strapi, FILE_UID).findMany({ where: event.params.where ?? {}, select: ['id', ...CONTENT_KEYS] });
    await refuseIfPublished(files.filter((file) => changesFileContent(file, data)).map((file) => file.id), 'content, alternative text or caption');
  };

  const subscribeFileLifecycles = () => {
    strapi.db.lifecycles.subscribe({ models: [FILE_UID], beforeUpdate: checkUpdate, beforeUpdateMany: checkUpdate });
  };

  return { extendUploadService, subscribeFileLifecycles, publishedUsers };
};
