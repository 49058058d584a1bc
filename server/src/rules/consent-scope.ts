import type { CheckFinding } from '../../../shared/contracts/checks';
import type { Rule } from './types';
import { entryUse, scopeGaps, usableConsents, type ScopeGap } from '../domain/consent-coverage';
import { say, type Said } from './messages';

/**
 * One consent must cover the whole use (channel, photo, sponsorship): two authorizations that
 * each cover a part do not authorize the combination. The unpublisher applies the same test.
 */
export const consentScope: Rule = {
  id: 'consent.scope',
  title: 'Use is within the consent’s scope',
  severity: 'blocker',
  appliesTo: () => true,
  evaluate(entry, { consents, contentType, now }) {
    const usable = usableConsents(consents, now);
    if (!usable.length) return { status: 'skip', ...say('rule.consent.scope.skip') };
    const { channel: channelField, image: imageField, sponsored: sponsoredField } = contentType.fields;
    const use = entryUse(entry, contentType.fields);
    const gapsPerConsent = usable.map((consent) => scopeGaps(consent, use));
    if (gapsPerConsent.some((gaps) => gaps.length === 0)) {
      return { status: 'pass', ...say('rule.consent.scope.pass') };
    }

    const finding = (gap: ScopeGap, said: Said): CheckFinding => {
      if (gap === 'channel') return { path: [channelField as string], match: use.channel ?? '', kind: 'channel', offset: 0, ...said };
      if (gap === 'photo') return { path: [imageField as string], match: imageField as string, kind: 'media', offset: 0, ...said };
      return { path: [sponsoredField as string], match: 'sponsored', kind: 'remuneration', offset: 0, ...said };
    };
    const uncoveredByAll = (gap: ScopeGap) => gapsPerConsent.every((gaps) => gaps.includes(gap));
    const findings: CheckFinding[] = [];
    if (uncoveredByAll('channel')) {
      findings.push(
        finding(
          'channel',
          use.channel
            ? say('rule.consent.scope.channel', { channel: use.channel, covered: [...new Set(usable.flatMap((c) => c.scope.channels))].join(', ') })
            : say('rule.consent.scope.no-channel')
        )
      );
    }
    if (uncoveredByAll('photo')) findings.push(finding('photo', say('rule.consent.scope.photo')));
    if (uncoveredByAll('remuneration')) findings.push(finding('remuneration', say('rule.consent.scope.remuneration')));
    if (!findings.length) {
      // Every part is covered by some consent, but no single consent covers them all.
      const closest = gapsPerConsent.reduce((best, gaps) => (gaps.length < best.length ? gaps : best));
      findings.push(finding(closest[0], say('rule.consent.scope.combination', { count: closest.length })));
    }
    // One gap: the check says what the finding says; several: it counts them and the findings say each.
    const [first] = findings;
    const summary = findings.length === 1 ? { message: first.message, messageId: first.messageId, values: first.values } : say('rule.consent.scope.fail', { count: findings.length });
    return { status: 'fail', ...summary, findings };
  },
};
