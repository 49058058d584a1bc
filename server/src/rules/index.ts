import type { Rule } from './types';
import { consentPresent } from './consent-present';
import { consentValid } from './consent-valid';
import { consentScope } from './consent-scope';
import { phiScan } from './phi-scan';
import { claimsProhibited } from './claims-prohibited';
import { claimsEvidence } from './claims-evidence';
import { disclosureMaterialConnection } from './disclosure-material-connection';
import { disclosureTypicalResults } from './disclosure-typical-results';
import { marketingTone } from './marketing-tone';
import { reviewApproval } from './review-approval';

/** Built-in rules in the order the checklist shows them. */
export const BUILT_IN_RULES: Rule[] = [
  consentPresent,
  consentValid,
  consentScope,
  phiScan,
  claimsProhibited,
  claimsEvidence,
  disclosureMaterialConnection,
  disclosureTypicalResults,
  marketingTone,
  reviewApproval,
];

export type { Rule, RuleContext, RuleResult, ReviewDecision } from './types';
