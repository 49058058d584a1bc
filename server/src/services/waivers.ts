import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types';
import type { EntryRef } from '../../../shared/contracts/common';
import type { RecordReview } from '../../../shared/contracts/reviews';
import type { WaiveFinding, Waiver } from '../../../shared/contracts/waivers';
import { ERROR_CODES } from '../../../shared/error-codes';
import { isWaivableRule } from '../../../shared/rule-ids';
import { coversFinding, type WaiverRecord } from '../domain/waivers';
import { displayName } from './request-actor';
import { asPluginWrite } from './internal-scope';
import type { Reviewer } from './reviews';
import { ConflictError } from '../utils/conflict-error';
import { findLocked, isRow, rowsOf, stringField, type Row } from '../utils/db';
import { getService } from '../utils/get-service';

const where = (ref: EntryRef) => ({ targetUid: ref.uid, targetDocumentId: ref.documentId, targetLocale: ref.locale ?? null });

const parseJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
const isoDate = (value: unknown) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());

const text = (row: Row, key: string): string => stringField(row, key) ?? '';
const pathOf = (value: unknown): string[] => {
  const parsed = parseJson(value);
  return Array.isArray(parsed) ? parsed.map(String) : [];
};
const idOf = (value: unknown): number | string => (typeof value === 'number' || typeof value === 'string' ? value : '');

/**
 * A waiver row from the query engine, parsed into the contract's shape; null for a row whose rule is
 * not a waivable rule (the route never writes one), so such a row waives nothing.
 */
const toWaiver = (row: Row): Waiver | null => {
  const rule = text(row, 'rule');
  return isWaivableRule(rule) ? { ...waiverFields(row), rule } : null;
};

const waiverFields = (row: Row): Omit<Waiver, 'rule'> => ({
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

const recordsOf = (row: Row): WaiverRecord[] => {
  const waiver = toWaiver(row);
  return waiver ? [toRecord(waiver)] : [];
};

const toRecord = (waiver: Waiver): WaiverRecord => ({
  rule: waiver.rule,
  path: waiver.path,
  match: waiver.match,
  contentHash: waiver.contentHash,
  reason: waiver.reason,
  by: waiver.waivedBy,
  at: waiver.createdAt,
});

/**
 * Waivers of single checklist findings (README, "Waivers"): a reviewer's signed statement that one
 * finding is a false positive, bound to the content hash it was signed on.
 */
export const createWaiversService = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => rowsOf(strapi, UIDS.waiver);

  /** Every waiver of the entry, newest first, in one query (`lock`: a locking read, for the gate). */
  const forEntry = async (ref: EntryRef, { lock = false } = {}): Promise<WaiverRecord[]> => {
    const params = { where: where(ref), orderBy: { id: 'desc' as const } };
    const found = lock ? await findLocked(strapi, UIDS.waiver, params) : await rows().findMany(params);
    return found.flatMap((row) => recordsOf(row));
  };

  /** `forEntry` for many entries of one type at once (the status re-evaluation job), in one query, by `documentId|locale`. */
  const forEntries = async (uid: string, documentIds: string[]): Promise<Map<string, WaiverRecord[]>> => {
    const byEntry = new Map<string, WaiverRecord[]>();
    const found = documentIds.length ? await rows().findMany({ where: { targetUid: uid, targetDocumentId: { $in: documentIds } }, orderBy: { id: 'desc' } }) : [];
    for (const row of found) {
      const key = `${text(row, 'targetDocumentId')}|${stringField(row, 'targetLocale') ?? ''}`;
      byEntry.set(key, [...(byEntry.get(key) ?? []), ...recordsOf(row)]);
    }
    return byEntry;
  };

  const findingError = (code: WaiveFinding.FindingNotFoundDetails['code'], rule: string, message: string) =>
    new errors.ValidationError(message, {
      code,
      rule,
      errors: [{ path: ['match'], message, name: 'ValidationError' }],
    } satisfies WaiveFinding.FindingNotFoundDetails);

  /**
   * Records a waiver on the content the reviewer was shown. Like a review: the password is checked
   * first (with its lockout), then one transaction locks the draft row, compares its hash (409
   * with the current hash on a mismatch), evaluates the checklist of that same draft and refuses a
   * finding that is not in it. The matched text and the reason go to the redactable text store.
   */
  const waive = async (ref: EntryRef, input: WaiveFinding.Request, user: Reviewer, origin: Record<string, unknown>): Promise<Waiver> => {
    const type = getService(strapi, 'marked-types').get(ref.uid);
    if (!type) throw new errors.NotFoundError(`${ref.uid} is not a content type marked for compliance`);
    const entries = getService(strapi, 'entries');
    const first = await entries.loadDraft(ref.uid, ref.documentId, ref.locale);
    const notFound = () => new errors.NotFoundError(`No draft of ${type.displayName} "${ref.documentId}"${ref.locale ? ` in locale ${ref.locale}` : ''}`);
    if (!first) throw notFound();
    // The locale the checklist was evaluated in (the one asked for, or the draft's own).
    const locale = ref.locale ?? ((first.locale as string | undefined) ?? null);
    const subject = { uid: ref.uid, documentId: ref.documentId, locale };

    await getService(strapi, 'signing').verify(user, input.password, { subject, origin });

    const created = await strapi.db.transaction(async () => {
      await entries.lockDraftRows(ref.uid, ref.documentId, [locale]);
      const entry = await entries.loadDraft(ref.uid, ref.documentId, locale);
      if (!entry) throw notFound();
      const checks = getService(strapi, 'checks');
      const contentHash = checks.contentHashOf(ref.uid, entry);
      if (contentHash !== input.contentHash) {
        throw new ConflictError('The entry changed since you opened it: reload it and check the current version before you waive a finding', {
          code: ERROR_CODES.staleContent,
          currentHash: contentHash,
        } satisfies RecordReview.StaleContentDetails);
      }
      const checklist = await checks.evaluateEntry(subject, entry);
      const findings = checklist.checks.find((check) => check.rule === input.rule)?.findings ?? [];
      const matching = findings.filter((finding) => coversFinding(input, input.rule, finding));
      if (!matching.length) {
        throw findingError(ERROR_CODES.findingNotFound, input.rule, `The current checklist of this entry has no ${input.rule} finding "${input.match}" at ${input.path.join('.') || '(entry)'}`);
      }
      if (matching.every((finding) => finding.waived)) {
        throw findingError(ERROR_CODES.alreadyWaived, input.rule, 'This finding is already waived on the current version');
      }
      const data = {
        ...where(subject),
        rule: input.rule,
        path: input.path,
        match: input.match,
        reason: input.reason,
        contentHash,
        waivedBy: String(user.id),
        signerName: displayName(user),
      };
      const inserted: unknown = await asPluginWrite(() => strapi.db.query(UIDS.waiver).create({ data }));
      const row: Row = isRow(inserted) ? inserted : {};
      const audit = getService(strapi, 'audit-log');
      const source = { uid: UIDS.waiver, id: Number(row.id) };
      await audit.append({
        action: 'finding.waived',
        actor: { type: 'admin', id: user.id, ...(user.email ? { email: user.email } : {}) },
        subject,
        data: {
          waiverId: row.id,
          rule: input.rule,
          path: input.path,
          contentHash,
          signer: data.signerName,
          // The matched text may be an identifier and the reason may quote it: both stay redactable.
          match: await audit.storeText(input.match, { ...source, field: 'match' }),
          reason: await audit.storeText(input.reason, { ...source, field: 'reason' }),
          reasonLength: input.reason.length,
          origin,
        },
      });
      // The stored status (review queue, list column) follows in the same transaction.
      await getService(strapi, 'statuses').refresh(ref.uid, ref.documentId, locale, { entry });
      return { ...waiverFields(row), rule: input.rule };
    });
    return created;
  };

  return { forEntry, forEntries, waive };
};
