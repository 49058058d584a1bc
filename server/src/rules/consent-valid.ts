import type { Rule } from './types';
import { consentProblems } from '../domain/consent-coverage';

export const consentValid: Rule = {
  id: 'consent.valid',
  title: 'Linked consents are valid',
  severity: 'blocker',
  appliesTo: () => true,
  evaluate(_entry, { consents, now }) {
    if (!consents.length) return { status: 'skip', message: 'No consent linked' };
    const invalid = consents
      .map((consent) => ({ documentId: consent.documentId, receiptId: consent.receiptId, problems: consentProblems(consent, now) }))
      .filter((item) => item.problems.length);
    if (!invalid.length) return { status: 'pass', message: 'Every linked consent is in effect and complete' };
    return {
      status: 'fail',
      message: `Linked consent ${invalid.map((item) => `${item.receiptId.slice(0, 8)} (${item.problems.join('; ')})`).join(', ')} cannot be relied on: unlink it or record a new one`,
      details: { invalid },
    };
  },
};
