import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types';
import type { EntryRef } from '../../../shared/contracts/common';
import type { RecordReview } from '../../../shared/contracts/reviews';
import type { WaiveFinding, Waiver } from '../../../shared/contracts/waivers';
import { ERROR_CODES } from '../../../shared/error-codes';
import { coversFinding, type WaiverRecord } from '../domain/waivers';
import { displayName } from './request-actor';
import { asPluginWrite } from './internal-scope';
import type { Reviewer } from './reviews';
import { ConflictError } from '../utils/conflict-error';
import { waiverRows, whereTarget } from '../repositories/waivers';
import { getService } from '../utils/get-service';

/**
 * Waivers of single checklist findings (README, "Waivers"): a reviewer's signed statement that one
 * finding is a false positive, bound to the content hash it was signed on.
 */
export const createWaiversService = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = waiverRows(strapi);

  /** Every waiver of the entry, newest first, in one query (`lock`: a locking read, for the gate). */
  const forEntry = (ref: EntryRef, { lock = false } = {}): Promise<WaiverRecord[]> => rows.forEntry(ref, { lock });

  /** `forEntry` for many entries of one type at once (the status re-evaluation job), in one query, by `documentId|locale`. */
  const forEntries = (uid: string, documentIds: string[]): Promise<Map<string, WaiverRecord[]>> => rows.forEntries(uid, documentIds);

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
        ...whereTarget(subject),
        rule: input.rule,
        path: input.path,
        match: input.match,
        reason: input.reason,
        contentHash,
        waivedBy: String(user.id),
        signerName: displayName(user),
      };
      const row = await asPluginWrite(() => rows.create(data));
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
      return { ...row, rule: input.rule };
    });
    return created;
  };

  return { forEntry, forEntries, waive };
};
