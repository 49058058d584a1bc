import type { Core } from '@strapi/strapi';
import { UIDS } from '../content-types';
import type { EntryRef } from '../../../shared/contracts/common';
import type { Waiver } from '../../../shared/contracts/waivers';
import { isWaivableRule } from '../../../shared/rule-ids';
import type { WaiverRecord } from '../domain/waivers';
import { isRow, rowsOf, stringField, type Row } from '../utils/db';
import { plainRows } from './plain-rows';

/** The columns naming a waiver's entry (see the `waiver` content type). */
export const whereTarget = (ref: EntryRef) => ({ targetUid: ref.uid, targetDocumentId: ref.documentId, targetLocale: ref.locale ?? null });

const parseJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
const isoDate = (value: unknown) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());

const text = (row: Row, key: string): string => stringField(row, key) ?? '';
const pathOf = (value: unknown): string[] => {
  const parsed = parseJson(value);
  return Array.isArray(parsed) ? parsed.map(String) : [];
};
const idOf = (value: unknown): number | string => (typeof value === 'number' || typeof value === 'string' ? value : '');

/** A stored waiver row, parsed into the contract's shape without its rule (which the caller checks). */
export const waiverFields = (row: Row): Omit<Waiver, 'rule'> => ({
  id: Number(row.id),
  uid: text(row, 'targetUid'),
  documentId: text(row, 'targetDocumentId'),
  locale: stringField(row, 'targetLocale') ?? null,
  path: pathOf(row.path),
  match: text(row, 'match'),
  reason: text(row, 'reason'),
  contentHash: text(row, 'contentHash'),
  waivedBy: { id: idOf(row.waivedBy), name: text(row, 'signerName') },
  createdAt: isoDate(row.createdAt),
});

/**
 * A waiver row, parsed into the contract's shape; null for a row whose rule is not a waivable
 * rule (the route never writes one), so such a row waives nothing.
 */
export const parseWaiverRow = (row: Row): Waiver | null => {
  const rule = text(row, 'rule');
  return isWaivableRule(rule) ? { ...waiverFields(row), rule } : null;
};

/** A waiver as the rule engine reads it (domain/waivers.ts). */
export const toWaiverRecord = (waiver: Waiver): WaiverRecord => ({
  rule: waiver.rule,
  path: waiver.path,
  match: waiver.match,
  contentHash: waiver.contentHash,
  reason: waiver.reason,
  by: waiver.waivedBy,
  at: waiver.createdAt,
});

const recordsOf = (row: Row): WaiverRecord[] => {
  const waiver = parseWaiverRow(row);
  return waiver ? [toWaiverRecord(waiver)] : [];
};

/** What a new waiver row holds (the columns of the `waiver` content type). */
export interface WaiverData {
  targetUid: string;
  targetDocumentId: string;
  targetLocale: string | null;
  rule: string;
  path: string[];
  match: string;
  reason: string;
  contentHash: string;
  waivedBy: string;
  signerName: string;
}

/** The waiver table: rows in, typed records out. Writes go through the caller's `asPluginWrite`. */
export const waiverRows = (strapi: Core.Strapi) => ({
  /** Every waiver of the entry, newest first, in one query (`lock`: a locking read, for the gate). */
  forEntry: async (ref: EntryRef, { lock = false } = {}): Promise<WaiverRecord[]> => {
    // A plain read (repositories/plain-rows.ts): the gate reads this when a publish has findings.
    const found = await plainRows(strapi, UIDS.waiver).select({ where: whereTarget(ref), orderBy: ['id', 'desc'], ...(lock ? { lock: 'update' as const } : {}) });
    return found.flatMap(recordsOf);
  },
  /** `forEntry` for many entries of one type at once (the status re-evaluation job), in one query, by `documentId|locale`. */
  forEntries: async (uid: string, documentIds: readonly string[]): Promise<Map<string, WaiverRecord[]>> => {
    const byEntry = new Map<string, WaiverRecord[]>();
    const found = documentIds.length
      ? await rowsOf(strapi, UIDS.waiver).findMany({ where: { targetUid: uid, targetDocumentId: { $in: [...documentIds] } }, orderBy: { id: 'desc' } })
      : [];
    for (const row of found) {
      const key = `${text(row, 'targetDocumentId')}|${stringField(row, 'targetLocale') ?? ''}`;
      byEntry.set(key, [...(byEntry.get(key) ?? []), ...recordsOf(row)]);
    }
    return byEntry;
  },
  /** The row as written, parsed without its rule (the caller wrote a waivable one). */
  create: async (data: WaiverData): Promise<Omit<Waiver, 'rule'>> => {
    const created: unknown = await strapi.db.query(UIDS.waiver).create({ data });
    return waiverFields(isRow(created) ? created : {});
  },
});
