import type { CheckFinding } from '../../../shared/contracts/checks';
import type { Rule } from './types';
import { entryUse, scopeGaps, usableConsents, type ScopeGap } from '../domain/consent-coverage';

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
    if (!usable.length) return { status: 'skip', message: 'No consent in effect to compare with' };
    const { channel: channelField, image: imageField, sponsored: sponsoredField } = contentType.fields;
    const use = entryUse(entry, contentType.fields);
    const gapsPerConsent = usable.map((consent) => scopeGaps(consent, use));
    if (gapsPerConsent.some((gaps) => gaps.length === 0)) {
      return { status: 'pass', message: 'Channel, media and remuneration are covered by a consent' };
    }

    const finding = (gap: ScopeGap, message: string): CheckFinding => {
      if (gap === 'channel') return { path: [channelField as string], match: use.channel ?? '', kind: 'channel', offset: 0, message };
      if (gap === 'photo') return { path: [imageField as string], match: imageField as string, kind: 'media', offset: 0, message };
      return { path: [sponsoredField as string], match: 'sponsored', kind: 'remuneration', offset: 0, message };
    };
    const uncoveredByAll = (gap: ScopeGap) => gapsPerConsent.every((gaps) => gaps.includes(gap));
    const findings: CheckFinding[] = [];
    if (uncoveredByAll('channel')) {
      findings.push(
        finding(
          'channel',
          use.channel
            ? `No consent covers the "${use.channel}" channel (consents cover: ${[...new Set(usable.flatMap((c) => c.scope.channels))].join(', ')})`
            : 'Choose the channel this entry is published on, so it can be compared with the consent'
        )
      );
    }
    if (uncoveredByAll('photo')) findings.push(finding('photo', 'The entry uses a photo, but no consent covers photos (scope.media lacks "photo")'));
    if (uncoveredByAll('remuneration')) {
      findings.push(finding('remuneration', 'The entry is sponsored, but no consent discloses remuneration (45 CFR 164.508(a)(3)(ii))'));
    }
    if (!findings.length) {
      // Every part is covered by some consent, but no single consent covers them all.
      const closest = gapsPerConsent.reduce((best, gaps) => (gaps.length < best.length ? gaps : best));
      const parts = closest.map((gap) => (gap === 'channel' ? `the "${use.channel}" channel` : gap === 'photo' ? 'the photo' : 'the sponsorship'));
      findings.push(
        finding(closest[0], `No single consent covers this use: one consent must cover the channel, the photo and the sponsorship together (the closest lacks ${parts.join(' and ')})`)
      );
    }
    return { status: 'fail', message: findings.map((item) => item.message).join('; '), findings };
  },
};
