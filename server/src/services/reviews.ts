import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types';
import type { Actor, Subject } from '../domain/audit-chain';
import type { AdminUser, EntryRef } from '../../../shared/contracts/common';
import { defaultRoleLabel } from '../../../shared/review-roles';
import type { RecordReview, Review } from '../../../shared/contracts/reviews';
import { ERROR_CODES } from '../../../shared/error-codes';
import { otherRoleApprovedBy, type ReviewDecision } from '../domain/review-approval';
import { displayName } from './request-actor';
import { asPluginWrite } from './internal-scope';
import { ConflictError } from '../utils/conflict-error';
import { isRow, type Row } from '../utils/db';
import { idOf, reviewRows, whereEntry, type ReviewRecord } from '../repositories/reviews';
import { getService } from '../utils/get-service';


/** The signed-in admin who signs; `password` only while the request is handled. */
export type Reviewer = AdminUser & { password?: string };

/** 21 CFR 11.50: a signature shows the printed name, the date and time, and its meaning. */
export const signatureMeaning = (role: string, decision: Review['decision']) =>
  `${defaultRoleLabel(role)} review: ${decision === 'approved' ? 'approved' : 'changes requested'}`;

const toReview = (row: ReviewRecord, currentHash: string | null): Review => ({
  id: row.id,
  uid: row.entryUid,
  documentId: row.entryDocumentId,
  locale: row.entryLocale ?? null,
  role: row.role,
  decision: row.decision,
  comment: row.comment ?? null,
  reviewer: row.reviewer,
  meaning: row.meaning,
  contentHash: row.contentHash,
  createdAt: row.signedAt,
  current: currentHash !== null && row.contentHash === currentHash,
});

/** Reviewer decisions, each bound to the hash of the draft it signed. */
export const createReviewsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = reviewRows(strapi);
  const contentHashOf = (uid: string, entry: Record<string, unknown>) => getService(strapi, 'checks').contentHashOf(uid, entry);

  /** `lock`: a locking read, for the gate (see utils/db.ts `findLocked`). */
  const decisionsFor = (ref: EntryRef, { lock = false } = {}): Promise<ReviewDecision[]> => rows.decisionsFor(ref, { lock });

  /** `decisionsFor` for many entries of one type at once (the status re-evaluation job), in one query, by `documentId|locale`. */
  const decisionsForEntries = (uid: string, documentIds: string[]): Promise<Map<string, ReviewDecision[]>> => rows.decisionsForEntries(uid, documentIds);

  const list = async (ref: EntryRef): Promise<{ reviews: Review[]; contentHash: string }> => {
    const entry = await getService(strapi, 'entries').loadDraft(ref.uid, ref.documentId, ref.locale);
    if (!entry) throw new errors.NotFoundError(`No draft of ${ref.uid} "${ref.documentId}"`);
    const contentHash = contentHashOf(ref.uid, entry);
    const found = await rows.forEntry(ref);
    return { reviews: found.map((row) => toReview(row, contentHash)), contentHash };
  };

  /** The locale a review of a localized type is bound to: the one asked for, or the default locale. */
  const reviewLocale = async (localized: boolean, locale: string | null | undefined): Promise<string | null> => {
    if (!localized) return null;
    if (locale) return locale;
    const i18n = strapi.plugin('i18n')?.service('locales') as { getDefaultLocale(): Promise<string> } | undefined;
    return i18n ? i18n.getDefaultLocale() : null;
  };

  const isSigner = (actor: Actor | null, user: Reviewer) => actor?.type === 'admin' && String(actor.id) === String(user.id);

  /** Separation of duties: nobody who created the entry or edited it since its last publication signs it. */
  const assertNotAnEditor = async (subject: Subject, draft: Row, user: Reviewer) => {
    const refuse = (reason: string) => {
      // PolicyError: Strapi replaces the message of any other ForbiddenError with a bare "Forbidden".
      throw new errors.PolicyError(`${reason}, so another reviewer must sign it off (separation of duties)`, { code: ERROR_CODES.ownContent });
    };
    const authorId = (key: 'createdBy' | 'updatedBy') => {
      const author = draft[key];
      return isRow(author) ? idOf(author.id) : undefined;
    };
    const createdBy = authorId('createdBy');
    const updatedBy = authorId('updatedBy');
    if (createdBy !== undefined && String(createdBy) === String(user.id)) refuse('You created this entry');
    if (updatedBy !== undefined && String(updatedBy) === String(user.id)) refuse('You last edited this entry');
    const { creator, editors } = await getService(strapi, 'edit-history').editorsSinceLastPublication(subject);
    if (isSigner(creator, user)) refuse('You created this entry');
    if (editors.some((editor) => isSigner(editor, user))) refuse('You edited this entry since it was last published');
  };

  /**
   * Records a signature on the content the reviewer was shown (`input.contentHash`). The password
   * is checked first (with its lockout); then one transaction locks the draft row, compares its
   * current hash (409 with the current hash on a mismatch, nothing written) and runs the duties
   * checks on that same row, so an editor's save cannot slip between the check and the record.
   */
  const record = async (ref: EntryRef, input: RecordReview.Request, user: Reviewer, origin: Record<string, unknown>): Promise<Review> => {
    const type = getService(strapi, 'marked-types').get(ref.uid);
    if (!type) throw new errors.NotFoundError(`${ref.uid} is not a content type marked for compliance`);
    if (!type.reviewRoles.includes(input.role)) {
      throw new errors.ValidationError(`"${input.role}" is not a review role of ${type.displayName}`, {
        code: ERROR_CODES.invalidInput,
        errors: [{ path: ['role'], message: `role must be one of: ${type.reviewRoles.join(', ') || '(none: this type needs no review)'}`, name: 'ValidationError' }],
      });
    }
    const locale = await reviewLocale(type.localized, ref.locale);
    const subject = { uid: ref.uid, documentId: ref.documentId, locale };
    const entries = getService(strapi, 'entries');
    const notFound = () => new errors.NotFoundError(`No draft of ${type.displayName} "${ref.documentId}"${locale ? ` in locale ${locale}` : ''}`);
    if (!(await entries.draftRow(ref.uid, ref.documentId, locale))) throw notFound();

    // 21 CFR 11.200: each signing re-authenticates. A 400, not a 401, so the admin session survives.
    await getService(strapi, 'signing').verify(user, input.password, { subject, origin });

    const assigned = getService(strapi, 'settings').config().reviewAssignments[input.role];
    if (assigned?.length) {
      const holder = await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] });
      const roles = ((holder?.roles ?? []) as Array<{ name: string; code: string }>).flatMap((role) => [role.name, role.code]);
      if (!assigned.some((name) => roles.includes(name))) {
        throw new errors.PolicyError(`The ${input.role} review can only be signed by a member of: ${assigned.join(', ')}`, { code: ERROR_CODES.notAssigned });
      }
    }
    const reviewer = { id: user.id, name: displayName(user), ...(user.email ? { email: user.email } : {}) };
    const meaning = signatureMeaning(input.role, input.decision);

    const created = await strapi.db.transaction(async () => {
      // First statement: later reads see every save committed before the lock, and saves wait for this signature.
      await entries.lockDraftRows(ref.uid, ref.documentId, [locale]);
      const draft = await entries.draftRow(ref.uid, ref.documentId, locale, { withAuthors: true });
      const entry = draft ? await entries.loadDraft(ref.uid, ref.documentId, locale) : null;
      if (!draft || !entry) throw notFound();
      const contentHash = contentHashOf(ref.uid, entry);
      if (contentHash !== input.contentHash) {
        throw new ConflictError('The entry changed since you opened it: reload it and review the current version before you sign', {
          code: ERROR_CODES.staleContent,
          currentHash: contentHash,
        } satisfies RecordReview.StaleContentDetails);
      }
      await assertNotAnEditor(subject, draft, user);
      if (input.decision === 'approved') {
        // Each required review of a version must come from a different person.
        const otherRole = otherRoleApprovedBy(await decisionsFor(subject), contentHash, input.role, user.id);
        if (otherRole) {
          throw new errors.PolicyError(
            `You already approved the ${otherRole} review of this version: the ${input.role} review must be signed by someone else`,
            { code: ERROR_CODES.sameReviewer }
          );
        }
      }
      const signedAt = new Date().toISOString();
      const data = { ...whereEntry(subject), role: input.role, decision: input.decision, comment: input.comment ?? null, reviewer, meaning, contentHash, signedAt };
      const row = await asPluginWrite(() => rows.create(data));
      await getService(strapi, 'audit-log').append({
        action: 'review.recorded',
        actor: { type: 'admin', id: user.id, ...(user.email ? { email: user.email } : {}) },
        subject,
        data: { reviewId: row.id, role: input.role, decision: input.decision, meaning, contentHash, signer: reviewer.name, comment: input.comment ? await getService(strapi, 'audit-log').storeText(input.comment, { uid: UIDS.review, id: row.id, field: 'comment' }) : null, origin },
      });
      await getService(strapi, 'statuses').refresh(ref.uid, ref.documentId, locale, { entry });
      return row;
    });
    return toReview(created, created.contentHash);
  };

  return { decisionsFor, decisionsForEntries, list, record };
};
