import type { Consent } from '../../../shared/contracts/consents';

/** A complete consent as the admin API returns it. */
export const consentFixture = (overrides: Partial<Consent> = {}): Consent =>
  ({
    documentId: 'c1',
    receiptId: '7d4b6c1e-1111-4222-8333-944455556666',
    status: 'active',
    subjectName: 'Dana Whitfield',
    informationDescription: 'Story and photo',
    authorizedDisclosers: 'Riverside Clinic',
    recipients: 'Website visitors',
    purposes: ['Testimonial'],
    expiresAt: '2030-01-31',
    expirationEvent: null,
    signedAt: '2025-01-15T10:00:00.000Z',
    signatureMethod: 'wet-ink',
    statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
    remuneration: { involved: false },
    scope: { channels: ['website'], media: ['name', 'photo'] },
    evidence: null,
    revokedAt: null,
    revocationReason: null,
    revocationReceivedAt: null,
    revokedBy: null,
    expiredAt: null,
    createdBy: null,
    createdAt: '2025-01-15T10:00:00.000Z',
    updatedAt: '2025-01-15T10:00:00.000Z',
    links: [],
    ...overrides,
  }) as Consent;
