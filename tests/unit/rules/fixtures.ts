import { resolveConfig } from '../../../server/src/config/resolve';
import type { Rule, RuleContext, RuleResult, ReviewDecision } from '../../../server/src/rules/types';
import type { MarkedType } from '../../../server/src/services/marked-types';
import type { Consent } from '../../../shared/contracts/consents';
import { consentFixture } from '../../admin/helpers/consent';

/** Pure fixtures for rule tests: the context objects `Rule.evaluate` takes, built without Strapi. */

export const NOW = new Date('2026-06-01T00:00:00.000Z');

/** A complete, active consent in effect at NOW, covering the website channel and quotes. */
export const consent = (overrides: Partial<Consent> = {}): Consent =>
  consentFixture({ expiresAt: '2027-01-01T00:00:00.000Z', signedAt: '2026-01-15T10:00:00.000Z', scope: { channels: ['website'], media: ['quote'] }, ...overrides });

export const markedType = (overrides: Partial<MarkedType> = {}): MarkedType => ({
  uid: 'api::story.story',
  displayName: 'Story',
  profile: 'testimonial',
  fields: { channel: 'channel', image: 'photo', sponsored: 'sponsored' },
  rules: {},
  reviewRoles: ['privacy', 'medical'],
  localized: false,
  ...overrides,
});

export const review = (overrides: Partial<ReviewDecision> = {}): ReviewDecision => ({
  role: 'medical',
  decision: 'approved',
  contentHash: 'hash-current',
  createdAt: '2026-05-30T10:00:00.000Z',
  reviewer: { id: 7, name: 'Dr. Mora' },
  ...overrides,
});

/** A rule context; `texts` become one segment each under the path ['body', i]. */
export const context = (overrides: Partial<RuleContext> & { texts?: string[] } = {}): RuleContext => {
  const { texts = [], ...rest } = overrides;
  const contentType = rest.contentType ?? markedType();
  return {
    uid: contentType.uid,
    documentId: 'doc1',
    locale: null,
    profile: contentType.profile,
    contentType,
    segments: texts.map((text, index) => ({ path: ['body', String(index)], text })),
    consents: [],
    reviews: [],
    contentHash: 'hash-current',
    config: resolveConfig({}),
    now: NOW,
    ...rest,
  };
};

export const evaluate = (rule: Rule, entry: Record<string, unknown>, ctx: RuleContext): Promise<RuleResult> => Promise.resolve(rule.evaluate(entry, ctx));
