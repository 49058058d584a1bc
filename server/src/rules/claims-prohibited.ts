import { NO_LANGUAGE, detectionLanguageFor, languageWarning } from '../detection/language';
import { scanProhibitedClaims } from '../scanners';
import type { Rule } from './types';
import { entryReferences } from './references';
import { summarize, toCheckFindings } from './text-rules-helpers';

export const claimsProhibited: Rule = {
  id: 'claims.prohibited',
  title: 'No unrealistic health promises',
  severity: 'blocker',
  appliesTo: () => true,
  evaluate(entry, context) {
    // The entry's locale picks the claim grammar; with none, only the site's own phrase list
    // runs and the result says so (server/src/detection/language.ts).
    const language = detectionLanguageFor(context.locale);
    const warning = language === null ? languageWarning(context.locale ?? '', 'claims') : null;
    const unread = warning ? { warning, language: null } : {};
    const findings = scanProhibitedClaims(context.segments, {
      language: language ?? NO_LANGUAGE,
      add: context.config.lexicon.add,
      remove: context.config.lexicon.remove,
      hasReference: entryReferences(entry, context).length > 0,
    });
    if (!findings.length) {
      if (!warning) return { status: 'pass', message: 'No prohibited claims found' };
      return { status: 'pass', message: `No prohibited claims found, but ${warning}`, details: unread };
    }
    return {
      status: 'fail',
      message: `${summarize(findings, 'prohibited claim')}. Rephrase without promises of cures, guarantees or absolute results (FTC/FDA health-fraud guidance)${warning ? `; ${warning}` : ''}`,
      findings: toCheckFindings(findings),
      ...(warning ? { details: unread } : {}),
    };
  },
};
