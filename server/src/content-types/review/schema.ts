import { REVIEW_DECISIONS } from '../../../../shared/contracts/reviews';
import { internalType, named, ENTRY_REF_ATTRIBUTES } from '../internal';

export default internalType({
  ...named('review', 'reviews', 'Compliance review'),
  description: 'One reviewer decision bound to the hash of the content it signed.',
  indexes: [{ name: 'compliance_reviews_entry_idx', columns: ['entry_document_id', 'entry_uid'] }],
  attributes: {
    ...ENTRY_REF_ATTRIBUTES,
    role: { type: 'string', required: true },
    decision: { type: 'enumeration', enum: [...REVIEW_DECISIONS], required: true },
    comment: { type: 'text' },
    reviewer: { type: 'json', required: true },
    meaning: { type: 'string', required: true },
    contentHash: { type: 'string', required: true },
    signedAt: { type: 'string', required: true },
  },
});
