import { findOutcomeStatements, findTypicalResultsStatement } from '../scanners';
import type { Rule } from './types';
import { quotedMatches, say } from './messages';
import { toCheckFindings } from './text-rules-helpers';

export const disclosureTypicalResults: Rule = {
  id: 'disclosure.typical-results',
  title: 'Typical results stated',
  severity: 'warning',
  appliesTo: (profile) => profile === 'testimonial' || profile === 'endorsement',
  evaluate(_entry, { segments }) {
    const outcomes = findOutcomeStatements(segments);
    if (!outcomes.length) return { status: 'pass', ...say('rule.disclosure.typical-results.pass.none') };
    const typical = findTypicalResultsStatement(segments);
    if (typical) return { status: 'pass', ...say('rule.disclosure.typical-results.pass', { match: typical.match }) };
    return {
      status: 'fail',
      ...say('rule.disclosure.typical-results.fail', { count: outcomes.length, matches: quotedMatches(outcomes) }),
      findings: toCheckFindings(outcomes),
    };
  },
};
