import type { WaivableRuleId } from '../rule-ids';
import type { FindingWaiver } from './checks';

/** A stored waiver: one finding of one rule, bound to the content hash it was signed on. */
export interface Waiver {
  id: number;
  uid: string;
  documentId: string;
  locale: string | null;
  rule: WaivableRuleId;
  path: string[];
  match: string;
  reason: string;
  contentHash: string;
  waivedBy: FindingWaiver['by'];
  createdAt: string;
}

export declare namespace WaiveFinding {
  /** `POST /compliance/waivers/:uid/:documentId`. */
  interface Request {
    rule: WaivableRuleId;
    /** The finding's field path, as the checklist shows it. */
    path: string[];
    /** The finding's matched text, as the checklist shows it. */
    match: string;
    /** Why the finding is not a problem here (e.g. "the patient agreed to name her town"). */
    reason: string;
    /** The content hash of the checklist the reviewer was shown; a mismatch is a 409 (STALE_CONTENT). */
    contentHash: string;
    /** The reviewer re-enters their admin password, as for a review. */
    password: string;
    locale?: string | null;
  }
  interface Response {
    data: Waiver;
  }
  /** `error.details` of the 400 when the finding is not in the current evaluation of the rule. */
  interface FindingNotFoundDetails {
    code: 'FINDING_NOT_FOUND' | 'ALREADY_WAIVED';
    rule: string;
    errors: Array<{ path: string[]; message: string; name: 'ValidationError' }>;
  }
}
