import type { Core } from '@strapi/strapi';
import { UIDS } from '../content-types';
import type { EntryRef, PersonRef } from '../../../shared/contracts/common';
import { REVIEW_DECISIONS, type ReviewDecisionValue } from '../../../shared/contracts/reviews';
import type { ReviewDecision } from '../domain/review-approval';
import { isRow, rowsOf, stringField, type Row } from '../utils/db';
import { plainRows } from './plain-rows';

/** A stored review row, parsed (see the `review` content type). */
export interface ReviewRecord {
  id: number;
  entryUid: string;
  entryDocumentId: string;
  entryLocale: string | null;
  role: string;
  decision: ReviewDecisionValue;
  comment: string | null;
  reviewer: PersonRef & { id: number | string };
  meaning: string;
  contentHash: string;
  signedAt: string;
}

/** An id as Strapi stores it on a person: a number or a string. */
export const idOf = (value: unknown): number | string | undefined => (typeof value === 'number' || typeof value === 'string' ? value : undefined);

const parseReviewer = (value: unknown): ReviewRecord['reviewer'] => {
  const person = isRow(value) ? value : {};
  const name = stringField(person, 'name');
  const email = stringField(person, 'email');
  return { id: idOf(person.id) ?? '', ...(name !== undefined ? { name } : {}), ...(email !== undefined ? { email } : {}) };
};

export const parseReviewRow = (row: Row): ReviewRecord => {
  const decision = stringField(row, 'decision');
  return {
    id: Number(row.id),
    entryUid: stringField(row, 'entryUid') ?? '',
    entryDocumentId: stringField(row, 'entryDocumentId') ?? '',
    entryLocale: stringField(row, 'entryLocale') ?? null,
    role: stringField(row, 'role') ?? '',
    // The column is an enumeration of these values; anything else cannot approve.
    decision: REVIEW_DECISIONS.find((value) => value === decision) ?? 'changes-requested',
    comment: stringField(row, 'comment') ?? null,
    reviewer: parseReviewer(row.reviewer),
    meaning: stringField(row, 'meaning') ?? '',
    contentHash: stringField(row, 'contentHash') ?? '',
    signedAt: stringField(row, 'signedAt') ?? '',
  };
};

/** A review as the approval rule reads it (domain/review-approval.ts). */
export const toDecision = (row: ReviewRecord): ReviewDecision => ({
  role: row.role,
  decision: row.decision,
  contentHash: row.contentHash,
  createdAt: row.signedAt,
  reviewer: row.reviewer,
});

export const whereEntry = (ref: EntryRef) => ({ entryUid: ref.uid, entryDocumentId: ref.documentId, entryLocale: ref.locale ?? null });

/** The review table: rows in, typed records out. Writes go through the caller's `asPluginWrite`. */
export const reviewRows = (strapi: Core.Strapi) => {
  const reviews = {
    /** Newest first; `lock`: a locking read, for the gate (utils/db.ts `findLocked`). */
    forEntry: async (ref: EntryRef, { lock = false } = {}): Promise<ReviewRecord[]> => {
      // A plain read (repositories/plain-rows.ts): the gate reads this on every publish.
      const found = await plainRows(strapi, UIDS.review).select({ where: whereEntry(ref), orderBy: ['id', 'desc'], ...(lock ? { lock: 'update' as const } : {}) });
      return found.map(parseReviewRow);
    },
    /** Newest first, for many entries of one type in one query (the status re-evaluation job). */
    forEntries: async (uid: string, documentIds: readonly string[]): Promise<ReviewRecord[]> => {
      if (!documentIds.length) return [];
      const found = await rowsOf(strapi, UIDS.review).findMany({ where: { entryUid: uid, entryDocumentId: { $in: [...documentIds] } }, orderBy: { id: 'desc' } });
      return found.map(parseReviewRow);
    },
    /** The entry's decisions, newest first (`lock`: a locking read, for the gate). */
    decisionsFor: async (ref: EntryRef, { lock = false } = {}): Promise<ReviewDecision[]> => (await reviews.forEntry(ref, { lock })).map(toDecision),
    /** `decisionsFor` for many entries of one type at once (the status re-evaluation job), in one query, by `documentId|locale`. */
    decisionsForEntries: async (uid: string, documentIds: readonly string[]): Promise<Map<string, ReviewDecision[]>> => {
      const byEntry = new Map<string, ReviewDecision[]>();
      for (const row of await reviews.forEntries(uid, documentIds)) {
        const key = `${row.entryDocumentId}|${row.entryLocale ?? ''}`;
        byEntry.set(key, [...(byEntry.get(key) ?? []), toDecision(row)]);
      }
      return byEntry;
    },
    create: async (data: Omit<ReviewRecord, 'id'>): Promise<ReviewRecord> => {
      const created: unknown = await strapi.db.query(UIDS.review).create({ data });
      return parseReviewRow(isRow(created) ? created : {});
    },
  };
  return reviews;
};
