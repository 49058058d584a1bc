import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Check, Checklist } from '../../../shared/contracts/checks';
import type { EntryRef } from '../../../shared/contracts/common';
import type { Consent } from '../../../shared/contracts/consents';
import type { ReviewDecision } from '../rules/types';
import { collectText } from '../scanners';
import { hashContent } from '../domain/content-hash';
import { applyWaivers, type WaiverRecord } from '../domain/waivers';
import type { RuleContext, RuleResult } from '../rules';
import { describeResult, say, titleIdOf } from '../rules/messages';
import { consentRows } from '../repositories/consents';
import { reviewRows } from '../repositories/reviews';
import { waiverRows } from '../repositories/waivers';
import { isWaivableRule } from '../../../shared/rule-ids';
import { getService } from '../utils/get-service';

/**
 * What the gate passes in: the consents it read under lock, and locking reads for reviews and waivers, so a
 * MySQL repeatable-read snapshot older than the gate's locks cannot hide a revocation.
 */
export interface EvaluateOptions {
  consents?: Consent[];
  lock?: boolean;
  /** The entry's reviews and waivers, when the caller read them already (the re-evaluation job reads a batch's at once). */
  reviews?: ReviewDecision[];
  waivers?: WaiverRecord[];
}

/** Evaluates the checklist of an entry's current draft. */
export const createChecksService = ({ strapi }: { strapi: Core.Strapi }) => {
  const contentHashOf = (uid: string, entry: Record<string, unknown>) => {
    const entries = getService(strapi, 'entries');
    return hashContent(entry, entries.getSchema(uid), entries.getComponent);
  };

  const evaluateEntry = async (ref: EntryRef, entry: Record<string, unknown>, options: EvaluateOptions = {}): Promise<Checklist> => {
    const type = getService(strapi, 'marked-types').get(ref.uid);
    if (!type) throw new errors.NotFoundError(`${ref.uid} is not a content type marked for compliance`);
    const entries = getService(strapi, 'entries');
    const settings = getService(strapi, 'settings');
    const locale = ref.locale ?? null;
    const contentHash = contentHashOf(ref.uid, entry);
    const [consents, reviews, overrides] = await Promise.all([
      // From the table, not through the consent service, which refreshes stored statuses (docs/architecture.md#service-dependencies).
      options.consents ?? consentRows(strapi).forEntry(ref),
      // From the tables, not through the reviews and waivers services: those record decisions and
      // then refresh the stored status, which evaluates here (docs/architecture.md#service-dependencies).
      options.reviews ?? reviewRows(strapi).decisionsFor(ref, { lock: options.lock }),
      settings.overrides(),
    ]);
    const context: RuleContext = {
      uid: ref.uid,
      documentId: ref.documentId,
      locale,
      profile: type.profile,
      contentType: type,
      segments: collectText(entry, entries.getSchema(ref.uid), entries.getComponent),
      consents,
      reviews,
      contentHash,
      config: settings.config(),
      now: new Date(),
    };
    const unwaived: Check[] = [];
    for (const { rule, severity } of getService(strapi, 'rules').forType(type, overrides[ref.uid])) {
      if (severity === 'off') continue;
      let result: RuleResult;
      try {
        result = await rule.evaluate(entry, context);
      } catch (error) {
        // A broken custom rule must block rather than silently pass.
        strapi.log.error(`compliance: rule ${rule.id} threw: ${String(error)}`);
        result = { status: 'fail', ...say('check.error', { rule: rule.id, error: error instanceof Error ? error.message : String(error) }) };
      }
      const titleId = titleIdOf(rule);
      const { messageId, values } = describeResult(rule, result, context);
      const check: Check = {
        rule: rule.id,
        title: rule.title,
        ...(titleId ? { titleId } : {}),
        severity,
        status: result.status,
        message: result.message,
        messageId,
        values,
        findings: result.findings ?? [],
        ...(result.details ? { details: result.details } : {}),
      };
      unwaived.push(check);
    }
    // A finding a reviewer waived on this content hash no longer counts (README, "Waivers"). Only a
    // finding can be waived: an entry without any (a compliant publish) needs no read of the waivers.
    const waivable = unwaived.some((check) => isWaivableRule(check.rule) && check.findings.length > 0);
    const waivers = options.waivers ?? (waivable ? await waiverRows(strapi).forEntry(ref, { lock: options.lock }) : []);
    const checks = unwaived.map((check) => applyWaivers(check, waivers, contentHash));
    return {
      passed: !checks.some((check) => check.severity === 'blocker' && check.status === 'fail'),
      contentHash,
      checks,
    };
  };

  const evaluate = async (ref: EntryRef, options: EvaluateOptions = {}): Promise<Checklist> => {
    const entry = await getService(strapi, 'entries').loadDraft(ref.uid, ref.documentId, ref.locale);
    if (!entry) throw new errors.NotFoundError(`No draft of ${ref.uid} "${ref.documentId}"${ref.locale ? ` in locale ${ref.locale}` : ''}`);
    return evaluateEntry({ ...ref, locale: ref.locale ?? ((entry.locale as string | undefined) ?? null) }, entry, options);
  };

  return { evaluate, evaluateEntry, contentHashOf };
};
