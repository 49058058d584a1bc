import type { Rule } from './types';
import { say } from './messages';
import { usableConsents } from '../domain/consent-coverage';

export const consentPresent: Rule = {
  id: 'consent.present',
  title: 'Patient authorization on file',
  severity: 'blocker',
  appliesTo: (profile) => profile === 'testimonial',
  evaluate(_entry, { consents, now }) {
    const active = usableConsents(consents, now);
    if (active.length) {
      return { status: 'pass', ...say('rule.consent.present.pass', { count: active.length }), details: { consents: active.map((c) => c.documentId) } };
    }
    return { status: 'fail', ...say(consents.length ? 'rule.consent.present.fail.inactive' : 'rule.consent.present.fail.none') };
  },
};
