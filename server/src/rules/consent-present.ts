import type { Rule } from './types';
import { usableConsents } from '../domain/consent-coverage';

export const consentPresent: Rule = {
  id: 'consent.present',
  title: 'Patient authorization on file',
  severity: 'blocker',
  appliesTo: (profile) => profile === 'testimonial',
  evaluate(_entry, { consents, now }) {
    const active = usableConsents(consents, now);
    if (active.length) {
      return { status: 'pass', message: `${active.length} active consent${active.length > 1 ? 's' : ''} linked`, details: { consents: active.map((c) => c.documentId) } };
    }
    return {
      status: 'fail',
      message: consents.length
        ? 'No linked consent is currently in effect: record a new signed authorization and link it'
        : 'No signed patient authorization is linked: record the consent (HIPAA 164.508) and link it to this entry',
    };
  },
};
