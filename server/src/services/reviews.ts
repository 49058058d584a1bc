import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types';
import type { EntryRef } from '../../../shared/contracts/common';
import type { RecordReview, Review } from '../../../shared/contracts/reviews';
import type { ReviewDecision } from '../rules';
import { displayName } from './request-actor';
import { asPluginWrite } from './internal-scope';
import { getService } from '../utils/get-service';

/** A row from the query engine, which Strapi types as `any`; the formatters below give it its shape. */
type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Reviewer {
  id: number | string;
  email?: string;
  firstname?: string | null;
  lastname?: string | null;
  password?: string;
}

const ROLE_LABELS: Record<string, string> = { medical: 'Medical', legal: 'Legal', privacy: 'Privacy' };
const roleLabel = (role: string) => ROLE_LABELS[role] ?? role.charAt(0).toUpperCase() + role.slice(1);

/** 21 CFR 11.50: a signature shows the printed name, the date and time, and its meaning. */
export const signatureMeaning = (role: string, decision: Review['decision']) =>
  `${roleLabel(role)} review: ${decision === 'approved' ? 'approved' : 'changes requested'}`;

/** The role (other than `role`) whose current approval on `contentHash` was signed by `userId`. */
export const otherRoleApprovedBy = (decisions: ReviewDecision[], contentHash: string, role: string, userId: number | string): string | undefined => {
  const latest = new Map<string, ReviewDecision>();
  for (const decision of [...decisions].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
    if (decision.contentHash === contentHash && !latest.has(decision.role)) latest.set(decision.role, decision);
  }
  for (const [otherRole, decision] of latest) {
    if (otherRole !== role && decision.decision === 'approved' && String(decision.reviewer.id) === String(userId)) return otherRole;
  }
  return undefined;
};

const where = (ref: EntryRef) => ({ entryUid: ref.uid, entryDocumentId: ref.documentId, entryLocale: ref.locale ?? null });

const toReview = (row: Row, currentHash: string | null): Review => ({
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
  const rows = () => strapi.db.query(UIDS.review);

  const decisionsFor = async (ref: EntryRef): Promise<ReviewDecision[]> => {
    const found = await rows().findMany({ where: where(ref), orderBy: { id: 'desc' } });
    return found.map((row: Row) => ({ role: row.role, decision: row.decision, contentHash: row.contentHash, createdAt: row.signedAt, reviewer: row.reviewer }));
  };

  const list = async (ref: EntryRef): Promise<{ reviews: Review[]; contentHash: string }> => {
    const entry = await getService(strapi, 'entries').loadDraft(ref.uid, ref.documentId, ref.locale);
    if (!entry) throw new errors.NotFoundError(`No draft of ${ref.uid} "${ref.documentId}"`);
    const contentHash = getService(strapi, 'checks').contentHashOf(ref.uid, entry);
    const found = await rows().findMany({ where: where(ref), orderBy: { id: 'desc' } });
    return { reviews: found.map((row: Row) => toReview(row, contentHash)), contentHash };
  };

  const record = async (ref: EntryRef, input: RecordReview.Request, user: Reviewer, origin: Record<string, unknown>): Promise<Review> => {
    const type = getService(strapi, 'marked-types').get(ref.uid);
    if (!type) throw new errors.NotFoundError(`${ref.uid} is not a content type marked for compliance`);
    if (!type.reviewRoles.includes(input.role)) {
      throw new errors.ValidationError(`"${input.role}" is not a review role of ${type.displayName}`, {
        errors: [{ path: ['role'], message: `role must be one of: ${type.reviewRoles.join(', ') || '(none: this type needs no review)'}`, name: 'ValidationError' }],
      });
    }
    const draftRow = await strapi.db.query(ref.uid as never).findOne({
      where: { documentId: ref.documentId, publishedAt: null, ...(ref.locale ? { locale: ref.locale } : {}) },
      populate: ['createdBy', 'updatedBy'],
    } as never);
    if (!draftRow) throw new errors.NotFoundError(`No draft of ${type.displayName} "${ref.documentId}"${ref.locale ? ` in locale ${ref.locale}` : ''}`);

    // 21 CFR 11.200: each signing re-authenticates. A 400, not a 401, so the admin session survives.
    const valid = user.password ? await strapi.service('admin::auth').validatePassword(input.password, user.password) : false;
    if (!valid) {
      throw new errors.ValidationError('The password is not correct: re-enter your own admin password to sign', {
        errors: [{ path: ['password'], message: 'Incorrect password', name: 'ValidationError' }],
      });
    }
    const assigned = getService(strapi, 'settings').config().reviewAssignments[input.role];
    if (assigned?.length) {
      const holder = await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] });
      const roles = ((holder?.roles ?? []) as Array<{ name: string; code: string }>).flatMap((role) => [role.name, role.code]);
      if (!assigned.some((name) => roles.includes(name))) {
        throw new errors.PolicyError(`The ${input.role} review can only be signed by a member of: ${assigned.join(', ')}`);
      }
    }
    const draft = draftRow as Row;
    const authors = [draft.createdBy?.id, draft.updatedBy?.id].filter((id) => id !== undefined && id !== null).map(String);
    if (authors.includes(String(user.id))) {
      // PolicyError: Strapi replaces the message of any other ForbiddenError with a bare "Forbidden".
      throw new errors.PolicyError('You created or last edited this entry, so another reviewer must sign it off (separation of duties)');
    }

    const entry = await getService(strapi, 'entries').loadDraft(ref.uid, ref.documentId, ref.locale);
    const contentHash = getService(strapi, 'checks').contentHashOf(ref.uid, entry as Record<string, unknown>);
    if (input.decision === 'approved') {
      // Each required review of a version must come from a different person.
      const otherRole = otherRoleApprovedBy(await decisionsFor(ref), contentHash, input.role, user.id);
      if (otherRole) {
        throw new errors.PolicyError(
          `You already approved the ${otherRole} review of this version: the ${input.role} review must be signed by someone else`
        );
      }
    }
    const reviewer = { id: user.id, name: displayName(user), ...(user.email ? { email: user.email } : {}) };
    const meaning = signatureMeaning(input.role, input.decision);
    const signedAt = new Date().toISOString();

    const created = await strapi.db.transaction(async () => {
      const data = { ...where(ref), role: input.role, decision: input.decision, comment: input.comment ?? null, reviewer, meaning, contentHash, signedAt };
      const row = await asPluginWrite(() => rows().create({ data }));
      await getService(strapi, 'audit-log').append({
        action: 'review.recorded',
        actor: { type: 'admin', id: user.id, ...(user.email ? { email: user.email } : {}) },
        subject: { uid: ref.uid, documentId: ref.documentId, locale: ref.locale ?? null },
        data: { reviewId: row.id, role: input.role, decision: input.decision, meaning, contentHash, signer: reviewer.name, comment: input.comment ? await getService(strapi, 'audit-log').storeText(input.comment, { uid: UIDS.review, id: row.id, field: 'comment' }) : null, origin },
      });
      return row;
    });
    return toReview(created, contentHash);
  };

  return { decisionsFor, list, record };
};
