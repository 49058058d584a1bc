import type { Profile, Severity } from '../../../shared/rule-ids';
import type { CheckStatus, CheckFinding } from '../../../shared/contracts/checks';
import type { Consent } from '../../../shared/contracts/consents';
import type { ReviewDecision } from '../domain/review-approval';
import type { TextSegment } from '../scanners/types';
import type { MarkedType } from '../services/marked-types';
import type { ResolvedConfig } from '../config/resolve';
import type { MessageValues } from '../../../shared/messages';

export type { ReviewDecision } from '../domain/review-approval';

/** Everything a rule may read, computed once per evaluation. */
export interface RuleContext {
  uid: string;
  documentId: string;
  locale: string | null;
  profile: Profile;
  contentType: MarkedType;
  segments: TextSegment[];
  consents: Consent[];
  reviews: ReviewDecision[];
  contentHash: string;
  config: ResolvedConfig;
  now: Date;
}

export interface RuleResult {
  status: CheckStatus;
  /** English, for API users. */
  message: string;
  /** The translation id of `message` (README "Checklist languages"); derived when absent. */
  messageId?: string;
  values?: MessageValues;
  findings?: CheckFinding[];
  details?: Record<string, unknown>;
}

export interface Rule {
  id: string;
  title: string;
  /** The translation id of `title`; built-in rules get theirs from shared/messages.ts. */
  titleId?: string;
  severity: Severity;
  appliesTo(profile: Profile, contentType: MarkedType): boolean;
  evaluate(entry: Record<string, unknown>, context: RuleContext): RuleResult | Promise<RuleResult>;
}
