import type { Consent } from '../../shared/contracts/consents';
import { buildConsentInput, emptyConsentForm, formErrorsFrom, fromIsoString, isLinkedTo, toIsoDate, type ConsentFormState } from '../../admin/src/utils/consentForm';
import { mapFieldErrors } from '../../admin/src/utils/errors';

const filled = (overrides: Partial<ConsentFormState> = {}): ConsentFormState => ({
  ...emptyConsentForm(),
  subjectName: '  Dana Whitfield ',
  informationDescription: 'Her story, first name and photo',
  authorizedDisclosers: 'Riverside Clinic',
  recipients: 'Visitors of the clinic website',
  purposes: ['Marketing testimonial on the clinic website', '  ', 'Newsletter'],
  expiresAt: '2030-01-31',
  signedAt: '2025-01-15T10:00:00.000Z',
  signatureMethod: 'wet-ink',
  statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
  scope: { channels: ['website', 'email'], otherChannels: '', media: ['photo', 'name'] },
  ...overrides,
});

describe('building the POST /consents body from the form', () => {
  it('trims text, drops blank purposes and leaves empty optional fields out', () => {
    expect(buildConsentInput(filled())).toEqual({
      subjectName: 'Dana Whitfield',
      informationDescription: 'Her story, first name and photo',
      authorizedDisclosers: 'Riverside Clinic',
      recipients: 'Visitors of the clinic website',
      purposes: ['Marketing testimonial on the clinic website', 'Newsletter'],
      expiresAt: '2030-01-31',
      signedAt: '2025-01-15T10:00:00.000Z',
      signatureMethod: 'wet-ink',
      statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
      remuneration: { involved: false },
      // Media keep the contract's order whatever order they were ticked in.
      scope: { channels: ['website', 'email'], media: ['name', 'photo'] },
    });
  });

  it('sends the representative, the remuneration and the record details when given', () => {
    const input = buildConsentInput(
      filled({
        subjectReference: ' MRN-4411 ',
        hasRepresentative: true,
        representative: { name: 'Sam Whitfield', authority: 'Parent of a minor' },
        expiresAt: '',
        expirationEvent: 'End of the 2026 campaign',
        remuneration: { involved: true, description: 'A $50 gift card' },
        scope: { channels: ['website', 'email'], otherChannels: 'podcast, email ,  billboard', media: ['photo', 'name'] },
        collectionMethod: 'Paper form',
        jurisdiction: 'US-CA',
        language: 'es',
        policyUrl: 'https://clinic.example/privacy',
      }),
    );
    expect(input).toMatchObject({
      subjectReference: 'MRN-4411',
      representative: { name: 'Sam Whitfield', authority: 'Parent of a minor' },
      expirationEvent: 'End of the 2026 campaign',
      remuneration: { involved: true, description: 'A $50 gift card' },
      scope: { channels: ['website', 'email', 'podcast', 'billboard'] },
      collectionMethod: 'Paper form',
      jurisdiction: 'US-CA',
      language: 'es',
      policyUrl: 'https://clinic.example/privacy',
    });
    expect(input).not.toHaveProperty('expiresAt');
  });

  it('sends an unticked representative box as no representative, even if names were typed', () => {
    expect(buildConsentInput(filled({ representative: { name: 'Sam', authority: '' } }))).not.toHaveProperty('representative');
  });

  it('sends empty required fields as they are so the server names each one', () => {
    const input = buildConsentInput(emptyConsentForm());
    expect(input).toMatchObject({
      subjectName: '',
      purposes: [],
      signedAt: '',
      statements: { rightToRevoke: false, conditioning: false, redisclosure: false },
      scope: { channels: [], media: [] },
    });
    expect(input).not.toHaveProperty('expiresAt');
    expect(input).not.toHaveProperty('expirationEvent');
  });
});

describe('the server’s refusal as the form’s errors', () => {
  it('puts each message under the field at or above its path, and leaves the rest to the alert', () => {
    const errors = mapFieldErrors([
      { path: ['representative', 'name'], message: 'representative.name is required', name: 'ValidationError' },
      { path: ['purposes', '1'], message: 'each purpose must be a non-empty string', name: 'ValidationError' },
      { path: ['scope', 'channels'], message: 'scope.channels must list at least one channel', name: 'ValidationError' },
      { path: ['statements', 'conditioning'], message: 'statements.conditioning must be true', name: 'ValidationError' },
      { path: ['unexpected'], message: 'unknown fields: unexpected', name: 'ValidationError' },
    ]);
    expect(formErrorsFrom(errors)).toEqual({
      representative: { name: 'representative.name is required' },
      purposes: 'each purpose must be a non-empty string',
      scope: { channels: 'scope.channels must list at least one channel' },
      statements: { conditioning: 'statements.conditioning must be true' },
    });
  });
});

describe('consents linked to an entry', () => {
  const consent = (links: Consent['links']) => ({ links });
  const link = (uid: string, documentId: string, locale: string | null = null) => ({
    uid,
    documentId,
    locale,
    linkedAt: '2025-01-01T00:00:00.000Z',
    linkedBy: null,
  });

  it('matches uid and documentId; a link without a locale covers every locale', () => {
    const ref = { uid: 'api::testimonial.testimonial', documentId: 'abc', locale: 'fr' };
    expect(isLinkedTo(consent([link('api::testimonial.testimonial', 'abc')]), ref)).toBe(true);
    expect(isLinkedTo(consent([link('api::testimonial.testimonial', 'abc', 'fr')]), ref)).toBe(true);
    expect(isLinkedTo(consent([link('api::testimonial.testimonial', 'abc', 'en')]), ref)).toBe(false);
    expect(isLinkedTo(consent([link('api::testimonial.testimonial', 'other')]), ref)).toBe(false);
    expect(isLinkedTo(consent([link('api::endorsement.endorsement', 'abc')]), ref)).toBe(false);
    expect(isLinkedTo(consent([]), ref)).toBe(false);
  });
});

describe('date fields', () => {
  it('stores a picked day as YYYY-MM-DD and reads it back as that local day', () => {
    const day = new Date(2030, 0, 31, 18, 45);
    expect(toIsoDate(day)).toBe('2030-01-31');
    const back = fromIsoString('2030-01-31');
    expect([back?.getFullYear(), back?.getMonth(), back?.getDate()]).toEqual([2030, 0, 31]);
    expect(fromIsoString('2025-01-15T10:00:00.000Z')?.toISOString()).toBe('2025-01-15T10:00:00.000Z');
    expect(fromIsoString('')).toBeUndefined();
    expect(fromIsoString('not a date')).toBeUndefined();
  });
});
