import { emptyConsentForm, type ConsentFormState } from '../../../admin/src/utils/consentForm';
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

/** The record-consent form with every required field filled, as a person would fill it. */
export const filledConsentForm = (overrides: Partial<ConsentFormState> = {}): ConsentFormState => ({
  ...emptyConsentForm(),
  subjectName: 'Dana Whitfield',
  informationDescription: 'Her story, first name and photo',
  authorizedDisclosers: 'Riverside Clinic',
  recipients: 'Visitors of the clinic website',
  purposes: ['Marketing testimonial on the clinic website'],
  expirationEvent: 'End of the 2027 campaign',
  signedAt: '2025-01-15T10:00:00.000Z',
  signatureMethod: 'wet-ink',
  statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
  scope: { channels: ['website'], otherChannels: '', media: ['name', 'quote'] },
  ...overrides,
});
