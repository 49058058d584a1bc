import { extractReferences, hasReferenceText } from '../scanners';
import type { RuleContext } from './types';

/** Citations the entry carries: its references field, or DOIs/PMIDs written in the text. */
export const entryReferences = (entry: Record<string, unknown>, context: RuleContext): string[] => {
  const field = context.contentType.fields.references;
  const fromField = field ? extractReferences(entry[field]) : [];
  if (fromField.length) return fromField;
  return context.segments.filter((segment) => hasReferenceText(segment.text)).map((segment) => segment.path.join('.'));
};
