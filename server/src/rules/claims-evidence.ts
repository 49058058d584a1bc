import { findEstablishmentClaims, findHealthClaims } from '../scanners';
import type { Rule } from './types';
import { entryReferences } from './references';
import { summarize, toCheckFindings } from './text-rules-helpers';

export const claimsEvidence: Rule = {
  id: 'claims.evidence',
  title: 'Claims are backed by references',
  severity: 'blocker',
  appliesTo: () => true,
  evaluate(entry, context) {
    const claims = [
      ...findEstablishmentClaims(context.segments),
      ...(context.profile === 'health-content' ? findHealthClaims(context.segments) : []),
    ];
    if (!claims.length) return { status: 'pass', message: 'No claims that need evidence' };
    const references = entryReferences(entry, context);
    if (references.length) {
      return { status: 'pass', message: `${claims.length} claim(s) supported by ${references.length} reference(s)`, details: { references } };
    }
    const field = context.contentType.fields.references;
    return {
      status: 'fail',
      message: `${summarize(claims, 'claim')} without a reference. Add a DOI, PMID or URL${field ? ` in "${field}"` : ''} (FTC: competent and reliable scientific evidence)`,
      findings: toCheckFindings(claims),
    };
  },
};
