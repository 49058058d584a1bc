import { NO_LANGUAGE, detectionLanguageFor, languageWarning } from '../detection/language';
import { scanPhi } from '../scanners';
import type { Rule } from './types';
import { hostOf, summarize, toCheckFindings } from './text-rules-helpers';

export const phiScan: Rule = {
  id: 'phi.scan',
  title: 'No patient identifiers in the text',
  severity: 'blocker',
  appliesTo: () => true,
  evaluate(_entry, { segments, consents, config, locale }) {
    // The entry's locale picks the language pack; with none, only the language-independent
    // identifiers are checked and the result says so (server/src/detection/language.ts).
    const language = detectionLanguageFor(locale);
    const warning = language === null ? languageWarning(locale ?? '', 'identifiers') : null;
    const active = consents.filter((consent) => consent.status === 'active');
    const controllerHost = config.controller.url ? hostOf(config.controller.url) : null;
    const findings = scanPhi(segments, {
      allowedPhones: [...config.allowedPhones, ...(config.controller.phone ? [config.controller.phone] : [])],
      allowedDomains: [...config.allowedDomains, ...(controllerHost ? [controllerHost] : [])],
      subjectNames: consents.map((consent) => consent.subjectName),
      language: language ?? NO_LANGUAGE,
      allowNames: active.some((consent) => consent.scope.media.includes('name')),
      // The consent may cover the subject's town (`location`) or age (`age`); never relatives.
      allowedKinds: [
        ...(active.some((consent) => consent.scope.media.includes('location')) ? (['place'] as const) : []),
        ...(active.some((consent) => consent.scope.media.includes('age')) ? (['age-over-89'] as const) : []),
      ],
    });
    const unread = warning ? { warning, language: null } : {};
    if (!findings.length) {
      if (!warning) return { status: 'pass', message: 'No HIPAA Safe Harbor identifiers found' };
      return { status: 'pass', message: `No HIPAA Safe Harbor identifiers found, but ${warning}`, details: unread };
    }
    return {
      status: 'fail',
      message: `${summarize(findings, 'identifier')}. Remove them or replace them with the clinic's details (45 CFR 164.514(b)(2))${warning ? `; ${warning}` : ''}`,
      findings: toCheckFindings(findings),
      details: { kinds: [...new Set(findings.map((finding) => finding.kind))], ...unread },
    };
  },
};
