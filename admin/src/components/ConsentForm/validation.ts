import * as yup from 'yup';
import { CONSENT_MEDIA, SIGNATURE_METHODS, type ConsentMedium } from '../../../../shared/contracts/consents';
import { scopeChannels, STATEMENT_KEYS, type ConsentFormState, type StatementKey } from '../../utils/consentForm';
import { getTrad } from '../../utils/getTrad';

// Messages are descriptors: Strapi's `useField` translates them in the admin's language.
const REQUIRED = { id: getTrad('consentForm.validation.required'), defaultMessage: 'This field is required.' };
const PURPOSES = { id: getTrad('consentForm.validation.purposes'), defaultMessage: 'Give at least one purpose.' };
const SIGNATURE = { id: getTrad('consentForm.validation.signatureMethod'), defaultMessage: 'Choose how it was signed.' };
const STATEMENT = { id: getTrad('consentForm.validation.statement'), defaultMessage: 'The signed form must contain this statement (45 CFR 164.508(c)(2)).' };
const EXPIRY = { id: getTrad('consentForm.validation.expiry'), defaultMessage: 'Give an expiry date, an expiry event, or both (45 CFR 164.508(c)(1)(v)).' };
const CHANNELS = { id: getTrad('consentForm.validation.channels'), defaultMessage: 'Choose or type at least one channel.' };
const MEDIA = { id: getTrad('consentForm.validation.media'), defaultMessage: 'Choose only from the listed media.' };
const URL = { id: getTrad('consentForm.validation.url'), defaultMessage: 'Enter a full URL, e.g. https://clinic.example/privacy' };
const REMUNERATION = { id: getTrad('consentForm.validation.remuneration'), defaultMessage: 'Say what is given in exchange (45 CFR 164.508(a)(3)(ii)).' };

const requiredText = () => yup.string().trim().required(REQUIRED);
const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const isMedium = (value: unknown): value is ConsentMedium => CONSENT_MEDIA.some((medium) => medium === value);

const statements = Object.fromEntries(STATEMENT_KEYS.map((key) => [key, yup.boolean().oneOf([true], STATEMENT)])) as Record<StatementKey, yup.BooleanSchema>;

/**
 * What the form checks before it sends: the HIPAA 164.508(c) core elements and statements the
 * server requires (server/src/validation/consent.ts), on the form's values and with the same
 * enumerations (shared/contracts/consents.ts). The server still decides: its answer is shown
 * under the same fields. Dates, lengths and the file are left to it.
 */
export const consentFormSchema = yup
  .object({
    subjectName: requiredText(),
    informationDescription: requiredText(),
    authorizedDisclosers: requiredText(),
    recipients: requiredText(),
    purposes: yup.array(yup.string()).test('one-purpose', PURPOSES, (purposes) => (purposes ?? []).some(filled)),
    signedAt: requiredText(),
    signatureMethod: yup
      .string()
      .required(SIGNATURE)
      .oneOf([...SIGNATURE_METHODS], SIGNATURE),
    statements: yup.object(statements),
    scope: yup.object({
      media: yup.array().test('known-media', MEDIA, (media) => (media ?? []).every(isMedium)),
    }),
    policyUrl: yup.string().trim().url(URL),
  })
  .test('conditional', function conditional(value) {
    const values = value as unknown as ConsentFormState;
    const errors: yup.ValidationError[] = [];
    const fail = (path: string, message: typeof REQUIRED) => errors.push(this.createError({ path, message }));
    if (values.hasRepresentative) {
      if (!filled(values.representative.name)) fail('representative.name', REQUIRED);
      if (!filled(values.representative.authority)) fail('representative.authority', REQUIRED);
    }
    if (values.remuneration.involved && !filled(values.remuneration.description)) fail('remuneration.description', REMUNERATION);
    if (!filled(values.expiresAt) && !filled(values.expirationEvent)) fail('expiresAt', EXPIRY);
    if (scopeChannels(values.scope).length === 0) fail('scope.channels', CHANNELS);
    return errors.length ? new yup.ValidationError(errors) : true;
  });
