import { findOutcomeStatements, findTypicalResultsStatement } from '../scanners';
import type { Rule } from './types';
import { summarize, toCheckFindings } from './text-rules-helpers';

export const disclosureTypicalResults: Rule = {
  id: 'disclosure.typical-results',
  title: 'Typical results stated',
  severity: 'warning',
  appliesTo: (profile) => profile === 'testimonial' || profile === 'endorsement',
  evaluate(_entry, { segments }) {
    const outcomes = findOutcomeStatements(segments);
    if (!outcomes.length) return { status: 'pass', message: 'No outcome claims' };
    const typical = findTypicalResultsStatement(segments);
    if (typical) return { status: 'pass', message: `Outcome claims carry a typical-results statement: "${typical.match}"` };
    return {
      status: 'fail',
      message: `${summarize(outcomes, 'outcome claim')}. Add what results people can generally expect, e.g. "Individual results vary; most patients …" (FTC 16 CFR 255.2(b))`,
      findings: toCheckFindings(outcomes),
    };
  },
};
