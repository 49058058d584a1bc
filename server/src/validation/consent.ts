import { yup, validateYupSchema } from '@strapi/utils';
import { validateQuery } from './query';
import { CLOCK_SKEW_MS, parseIsoDate } from './dates';
import { CONSENT_MEDIA, CONSENT_STATUSES, SIGNATURE_METHODS } from '../../../shared/contracts/consents';

const requiredText = (label: string) => yup.string().trim().required(`${label} is required`).max(10000, `${label} must be at most 10000 characters`);

const isoDate = (label: string) =>
  yup
    .string()
    .test(
      'iso-date',
      `${label} must be an ISO 8601 date (e.g. 2026-01-31 or 2026-01-31T09:30:00Z)`,
      (value) => value === undefined || value === null || parseIsoDate(value) !== null
    );

const mustBeTrue = (element: string) =>
  yup
    .boolean()
    .required(`statements.${element} is required (45 CFR 164.508(c)(2))`)
    .oneOf([true], `statements.${element} must be true: the authorization must contain this statement (45 CFR 164.508(c)(2))`);

/** Body of POST /consents: every HIPAA 164.508(c) core element and required statement. */
export const consentCreateSchema = yup
  .object({
    subjectName: requiredText('subjectName (the individual)'),
    subjectReference: yup.string().trim().max(200),
    representative: yup
      .object({
        name: requiredText('representative.name'),
        authority: requiredText('representative.authority (the representative’s authority to act for the individual)'),
      })
      .noUnknown(true, 'representative has unknown fields: ${unknown}')
      .default(undefined),
    informationDescription: requiredText('informationDescription (what information may be used)'),
    authorizedDisclosers: requiredText('authorizedDisclosers (who may disclose)'),
    recipients: requiredText('recipients (to whom it may be disclosed)'),
    purposes: yup
      .array(yup.string().trim().required('each purpose must be a non-empty string'))
      .required('purposes is required (each purpose of the use or disclosure)')
      .min(1, 'purposes must list at least one purpose'),
    expiresAt: isoDate('expiresAt').nullable(),
    expirationEvent: yup.string().trim().max(2000).nullable(),
    signedAt: isoDate('signedAt').required('signedAt is required'),
    signatureMethod: yup
      .string()
      .required('signatureMethod is required')
      .oneOf([...SIGNATURE_METHODS], `signatureMethod must be one of: ${SIGNATURE_METHODS.join(', ')}`),
    statements: yup
      .object({
        rightToRevoke: mustBeTrue('rightToRevoke'),
        conditioning: mustBeTrue('conditioning'),
        redisclosure: mustBeTrue('redisclosure'),
      })
      .noUnknown(true, 'statements has unknown fields: ${unknown}')
      .required('statements is required: rightToRevoke, conditioning and redisclosure (45 CFR 164.508(c)(2))')
      .default(undefined),
    remuneration: yup
      .object({
        involved: yup.boolean().required('remuneration.involved is required'),
        description: yup
          .string()
          .trim()
          .when('involved', {
            is: true,
            then: (schema) => schema.required('remuneration.description is required when remuneration is involved (45 CFR 164.508(a)(3)(ii))'),
          }),
      })
      .noUnknown(true, 'remuneration has unknown fields: ${unknown}')
      .default(undefined),
    scope: yup
      .object({
        channels: yup
          .array(yup.string().trim().required('each channel must be a non-empty string'))
          .required('scope.channels is required')
          .min(1, 'scope.channels must list at least one channel'),
        media: yup
          .array(
            yup
              .string()
              .required()
              .oneOf([...CONSENT_MEDIA], `each scope.media item must be one of: ${CONSENT_MEDIA.join(', ')}`)
          )
          .default(undefined),
      })
      .noUnknown(true, 'scope has unknown fields: ${unknown}')
      .required('scope is required: the channels (and media) the consent covers')
      .default(undefined),
    collectionMethod: yup.string().trim().max(200),
    jurisdiction: yup.string().trim().max(100),
    language: yup.string().trim().max(35),
    policyUrl: yup.string().trim().url('policyUrl must be a URL'),
    // The signed form is uploaded with the consent (multipart, file field files.evidence), never referenced.
    evidence: yup
      .mixed()
      .test(
        'uploaded',
        'evidence is uploaded as the file "files.evidence" of a multipart request (the consent JSON in "data"), not referenced by id',
        (value) => value === undefined
      ),
  })
  .noUnknown(true, 'unknown fields: ${unknown}')
  .test('expiry', function expiry(value) {
    if (!value || typeof value !== 'object') return true;
    const errors: yup.ValidationError[] = [];
    const { expiresAt, expirationEvent, signedAt } = value as Record<string, unknown>;
    const signed = parseIsoDate(signedAt);
    const expires = parseIsoDate(expiresAt);
    const now = Date.now();
    if (!expiresAt && !(typeof expirationEvent === 'string' && expirationEvent.trim())) {
      errors.push(this.createError({ path: 'expiresAt', message: 'expiresAt or expirationEvent is required (45 CFR 164.508(c)(1)(v))' }));
    }
    if (signed && signed.getTime() > now + CLOCK_SKEW_MS) {
      errors.push(this.createError({ path: 'signedAt', message: 'signedAt must not be in the future' }));
    }
    if (expires && signed && expires.getTime() <= signed.getTime()) {
      errors.push(this.createError({ path: 'expiresAt', message: 'expiresAt must be after signedAt' }));
    }
    if (expires && expires.getTime() <= now) {
      errors.push(this.createError({ path: 'expiresAt', message: 'expiresAt must be in the future: this authorization has already expired' }));
    }
    return errors.length ? new yup.ValidationError(errors) : true;
  });

export const validateConsentCreate = validateYupSchema(consentCreateSchema);

export const entryRefSchema = yup
  .object({
    uid: yup.string().required('uid is required (e.g. api::testimonial.testimonial)'),
    documentId: yup.string().required('documentId is required'),
    locale: yup.string().nullable(),
  })
  .noUnknown(true, 'unknown fields: ${unknown}')
  .required();

export const validateEntryRef = validateYupSchema(entryRefSchema);

export const revokeSchema = yup
  .object({
    reason: requiredText('reason'),
    receivedAt: isoDate('receivedAt').test('not-future', 'receivedAt must not be in the future', (value) => {
      const date = parseIsoDate(value);
      return !date || date.getTime() <= Date.now() + CLOCK_SKEW_MS;
    }),
  })
  .noUnknown(true, 'unknown fields: ${unknown}')
  .required();

export const validateRevoke = validateYupSchema(revokeSchema);

export const consentListQuerySchema = yup
  .object({
    page: yup.number().integer().min(1, 'page must be at least 1'),
    pageSize: yup.number().integer().min(1, 'pageSize must be at least 1').max(100, 'pageSize must be at most 100'),
    q: yup.string().max(200),
    status: yup.string().oneOf([...CONSENT_STATUSES], `status must be one of: ${CONSENT_STATUSES.join(', ')}`),
    uid: yup.string().max(200),
    documentId: yup
      .string()
      .max(200)
      .when('uid', { is: (uid: unknown) => Boolean(uid), then: (schema) => schema.required('documentId is required with uid') }),
    locale: yup.string().max(20),
    expiresBefore: isoDate('expiresBefore'),
  })
  .noUnknown(true, 'unknown query parameters: ${unknown}');

/** Query strings are strings: cast them (not strict), but still refuse unknown keys. */
export const validateConsentListQuery = validateQuery(consentListQuerySchema);
