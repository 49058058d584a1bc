import { extractReferences } from '../scanners';
import type { TextSegment } from '../scanners/types';
import { isEvidenceReference, paragraphOf } from '../detection/claims/evidence';
import type { EvidencePolicy } from '../detection/claims/evidence';
import type { RuleContext } from './types';
import { hostOf } from './text-rules-helpers';

/**
 * Evidence sources for this site (README, "Checklist": claims.evidence): the configured
 * `evidenceDomains` count, the clinic's own domains (`allowedDomains`, the controller's site) never do.
 */
export const evidencePolicy = (context: RuleContext): EvidencePolicy => {
  const controllerHost = context.config.controller.url ? hostOf(context.config.controller.url) : null;
  return {
    evidenceDomains: context.config.evidenceDomains,
    ownDomains: [...context.config.allowedDomains, ...(controllerHost ? [controllerHost] : [])],
  };
};

/** Citations (DOI, PMID, a URL on an evidence source) in the entry's references field. */
export const fieldCitations = (entry: Record<string, unknown>, context: RuleContext, policy = evidencePolicy(context)): string[] => {
  const field = context.contentType.fields.references;
  return field ? extractReferences(entry[field]).filter((ref) => isEvidenceReference(ref, policy)) : [];
};

/** Citations in the paragraph of `segment` around `offset`. */
export const paragraphCitations = (segment: TextSegment, offset: number, policy: EvidencePolicy): string[] => {
  const { start, end } = paragraphOf(segment.text, offset);
  return extractReferences(segment.text.slice(start, end)).filter((ref) => isEvidenceReference(ref, policy));
};

/** Citations the entry carries: its references field, else citations written anywhere in its text. */
export const entryReferences = (entry: Record<string, unknown>, context: RuleContext): string[] => {
  const policy = evidencePolicy(context);
  const fromField = fieldCitations(entry, context, policy);
  if (fromField.length) return fromField;
  return [...new Set(context.segments.flatMap((segment) => extractReferences(segment.text).filter((ref) => isEvidenceReference(ref, policy))))];
};
