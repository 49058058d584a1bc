import type { Rule } from './types';
import { say } from './messages';
import { consentProblems } from '../domain/consent-coverage';

export const consentValid: Rule = {
  id: 'consent.valid',
  title: 'Linked consents are valid',
  severity: 'blocker',
  appliesTo: () => true,
  evaluate(_entry, { consents, now }) {
    if (!consents.length) return { status: 'skip', ...say('rule.consent.valid.skip') };
    const invalid = consents
      .map((consent) => ({ documentId: consent.documentId, receiptId: consent.receiptId, problems: consentProblems(consent, now) }))
      .filter((item) => item.problems.length);
    if (!invalid.length) return { status: 'pass', ...say('rule.consent.valid.pass') };
    return {
      status: 'fail',
      ...say('rule.consent.valid.fail', { consents: invalid.map((item) => `${item.receiptId.slice(0, 8)} (${item.problems.join('; ')})`).join(', ') }),
      details: { invalid },
    };
  },
};
