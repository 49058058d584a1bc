import type { CheckFinding } from '../../../shared/contracts/checks';
import type { Rule } from './types';
import { usableConsents } from './consent-helpers';

const hasMedia = (value: unknown) => (Array.isArray(value) ? value.length > 0 : Boolean(value));

export const consentScope: Rule = {
  id: 'consent.scope',
  title: 'Use is within the consent’s scope',
  severity: 'blocker',
  appliesTo: () => true,
  evaluate(entry, { consents, contentType, now }) {
    const usable = usableConsents(consents, now);
    if (!usable.length) return { status: 'skip', message: 'No consent in effect to compare with' };
    const { channel: channelField, image: imageField, sponsored: sponsoredField } = contentType.fields;
    const findings: CheckFinding[] = [];

    const channel = channelField ? entry[channelField] : undefined;
    if (channelField && typeof channel === 'string' && channel) {
      const covered = usable.some((consent) => consent.scope.channels.some((item) => item.toLowerCase() === channel.toLowerCase()));
      if (!covered) {
        findings.push({ path: [channelField], match: channel, kind: 'channel', offset: 0, message: `No consent covers the "${channel}" channel (consents cover: ${[...new Set(usable.flatMap((c) => c.scope.channels))].join(', ')})` });
      }
    } else if (channelField) {
      findings.push({ path: [channelField], match: '', kind: 'channel', offset: 0, message: 'Choose the channel this entry is published on, so it can be compared with the consent' });
    }

    if (imageField && hasMedia(entry[imageField]) && !usable.some((consent) => consent.scope.media.includes('photo'))) {
      findings.push({ path: [imageField], match: imageField, kind: 'media', offset: 0, message: 'The entry uses a photo, but no consent covers photos (scope.media lacks "photo")' });
    }

    if (sponsoredField && entry[sponsoredField] === true && !usable.some((consent) => consent.remuneration?.involved && consent.remuneration.description)) {
      findings.push({ path: [sponsoredField], match: 'sponsored', kind: 'remuneration', offset: 0, message: 'The entry is sponsored, but no consent discloses remuneration (45 CFR 164.508(a)(3)(ii))' });
    }

    if (!findings.length) return { status: 'pass', message: 'Channel, media and remuneration are covered by a consent' };
    return { status: 'fail', message: findings.map((finding) => finding.message).join('; '), findings };
  },
};
