import { findEstablishmentClaims, findHealthClaims } from '../scanners';
import type { Rule } from './types';
import { evidencePolicy, fieldCitations, paragraphCitations } from './references';
import { quotedMatches, say } from './messages';
import { toCheckFindings } from './text-rules-helpers';

/**
 * Claims need a citation (README, "Checklist": claims.evidence): a DOI, a PMID or a link to an
 * evidence source, in the entry's references field or in the same paragraph as the claim. A
 * booking link or any other page of the clinic's own site is not evidence.
 */
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
    if (!claims.length) return { status: 'pass', ...say('rule.claims.evidence.pass.none') };
    const policy = evidencePolicy(context);
    const references = fieldCitations(entry, context, policy);
    if (references.length) {
      return { status: 'pass', ...say('rule.claims.evidence.pass', { claims: claims.length, references: references.length }), details: { references } };
    }
    const segmentOf = new Map(context.segments.map((segment) => [segment.path.join('\u0000'), segment]));
    const cited = new Set<string>();
    const unsupported = claims.filter((claim) => {
      const segment = segmentOf.get(claim.path.join('\u0000'));
      const found = segment ? paragraphCitations(segment, claim.offset, policy) : [];
      for (const ref of found) cited.add(ref);
      return found.length === 0;
    });
    if (!unsupported.length) {
      return { status: 'pass', ...say('rule.claims.evidence.pass.cited', { claims: claims.length }), details: { references: [...cited] } };
    }
    const field = context.contentType.fields.references;
    return {
      status: 'fail',
      ...say('rule.claims.evidence.fail', { count: unsupported.length, matches: quotedMatches(unsupported), hasField: field ? 'yes' : 'no', field: field ?? '' }),
      findings: toCheckFindings(unsupported),
    };
  },
};
