import type { Severity, SeverityOverride } from '../rule-ids';
import type { MessageValues } from '../messages';

export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface CheckFinding {
  path: string[];
  match: string;
  kind: string;
  message: string;
  offset: number;
  /** The detector family ("identifier", "claim", …) the kind belongs to. */
  family?: string;
  /** Why this matters, in one sentence. */
  why?: string;
  /** The legal or regulatory reference ("45 CFR 164.514(b)(2)(i)(B)", "FTC Health Products Compliance Guidance"). */
  reference?: string;
  /** A suggested rewrite, where one exists. */
  suggestion?: string;
  /** Translation id and values of `message`, when the rule gives one (else the admin labels the finding by `kind`). */
  messageId?: string;
  values?: MessageValues;
  /** Set when a waiver on the current content hash covers this finding (see README, "Waivers"). */
  waived?: FindingWaiver;
  /** A waiver of this finding signed on an earlier version of the entry: it no longer counts. */
  staleWaiver?: FindingWaiver;
}

/** Who waived a finding, why, and when. */
export interface FindingWaiver {
  by: { id: number | string; name: string };
  reason: string;
  at: string;
}

export interface Check {
  rule: string;
  title: string;
  /** Translation id of `title` (`compliance.rule.<rule>.title`); absent for custom rules that give none. */
  titleId?: string;
  severity: Severity;
  status: CheckStatus;
  /** English, rendered from `messageId` and `values`. */
  message: string;
  /** Translation id of `message`, e.g. `compliance.rule.phi.scan.fail`; see shared/messages.ts. */
  messageId?: string;
  values?: MessageValues;
  findings: CheckFinding[];
  details?: Record<string, unknown>;
}

export interface Checklist {
  passed: boolean;
  contentHash: string;
  checks: Check[];
}

export declare namespace GetChecks {
  interface Response {
    data: Checklist;
  }
}

/** details of the 400 the gate answers with. */
export interface GateRefusalDetails {
  checks: Check[];
  errors: Array<{ path: string[]; message: string; name: 'ValidationError' }>;
}

export interface EffectiveRule {
  id: string;
  title: string;
  titleId?: string;
  severity: SeverityOverride;
  defaultSeverity: Severity;
}

export interface ContentTypeSettings {
  uid: string;
  displayName: string;
  profile: string;
  localized: boolean;
  fields: Record<string, string | undefined>;
  reviewRoles: string[];
  rules: EffectiveRule[];
}

export declare namespace GetSettings {
  interface Response {
    data: { contentTypes: ContentTypeSettings[]; enforceOnDatabaseWrites: boolean; retentionYears: number };
  }
}

export declare namespace UpdateSettings {
  interface Request {
    contentTypes: Record<string, { rules: Record<string, SeverityOverride> }>;
  }
  type Response = GetSettings.Response;
}
