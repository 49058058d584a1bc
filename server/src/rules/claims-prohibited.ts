import { scanProhibitedClaims } from '../scanners';
import type { Rule } from './types';
import { entryReferences } from './references';
import { summarize, toCheckFindings } from './text-rules-helpers';

export const claimsProhibited: Rule = {
  id: 'claims.prohibited',
  title: 'No unrealistic health promises',
  severity: 'blocker',
  appliesTo: () => true,
  evaluate(entry, context) {
    const findings = scanProhibitedClaims(context.segments, {
      add: context.config.lexicon.add,
      remove: context.config.lexicon.remove,
      hasReference: entryReferences(entry, context).length > 0,
    });
    if (!findings.length) return { status: 'pass', message: 'No prohibited claims found' };
    return {
      status: 'fail',
      message: `${summarize(findings, 'prohibited claim')}. Rephrase without promises of cures, guarantees or absolute results (FTC/FDA health-fraud guidance)`,
      findings: toCheckFindings(findings),
    };
  },
};
