import { yup, validateYupSchema } from '@strapi/utils';
import { validateQuery } from './query';
import { parseIsoDate } from './dates';
import { SEVERITY_OVERRIDES, WAIVABLE_RULE_IDS } from '../../../shared/rule-ids';
import { CONSENT_STATUSES } from '../../../shared/contracts/consents';
import { orList } from './wording';
import { REVIEW_DECISIONS } from '../../../shared/contracts/reviews';

const isoDate = (label: string) =>
  yup.string().test('iso-date', `${label} must be an ISO 8601 date or date-time`, (value) => value === undefined || parseIsoDate(value) !== null);

const localeQuery = yup.object({ locale: yup.string().max(20) }).noUnknown(true, 'unknown query parameters: ${unknown}');
export const validateLocaleQuery = validateQuery(localeQuery);

const signingPassword = yup.string().required('password is required: re-enter your admin password to sign');
const shownContentHash = yup
  .string()
  .required('contentHash is required: the content hash of the version you reviewed (the checklist shows it)')
  .matches(/^[0-9a-f]{64}$/, 'contentHash must be a SHA-256 hex digest (64 lower-case hex characters)');

export const reviewSchema = yup
  .object({
    role: yup.string().trim().required('role is required'),
    decision: yup
      .string()
      .required('decision is required')
      .oneOf([...REVIEW_DECISIONS], `decision must be ${orList(REVIEW_DECISIONS)}`),
    comment: yup.string().max(5000, 'comment must be at most 5000 characters'),
    password: signingPassword,
    locale: yup.string().max(20).nullable(),
    contentHash: shownContentHash,
  })
  .noUnknown(true, 'unknown fields: ${unknown}')
  .required();
export const validateReview = validateYupSchema(reviewSchema);

/** `POST /waivers/:uid/:documentId`: one finding, as the checklist shows it, and why it is not a problem. */
export const waiverSchema = yup
  .object({
    rule: yup
      .string()
      .required('rule is required')
      .oneOf([...WAIVABLE_RULE_IDS], `rule must be one of the rules whose findings can be waived: ${WAIVABLE_RULE_IDS.join(', ')}`),
    path: yup
      .array()
      .required('path is required: the field path of the finding')
      .max(50, 'path must have at most 50 parts')
      .of(yup.string().strict().required('each part of path must be a string').max(200)),
    match: yup.string().strict().required('match is required: the matched text of the finding').max(2000, 'match must be at most 2000 characters'),
    reason: yup
      .string()
      .strict()
      .required('reason is required: say why this finding is not a problem')
      .test('not-blank', 'reason is required: say why this finding is not a problem', (value) => Boolean(value?.trim()))
      .max(1000, 'reason must be at most 1000 characters'),
    password: signingPassword,
    locale: yup.string().max(20).nullable(),
    contentHash: shownContentHash,
  })
  .noUnknown(true, 'unknown fields: ${unknown}')
  .required();
export const validateWaiver = validateYupSchema(waiverSchema);

export const queueQuerySchema = yup
  .object({
    page: yup.number().integer().min(1),
    pageSize: yup.number().integer().min(1).max(100),
    uid: yup.string().max(200),
    rule: yup.string().max(100),
    role: yup.string().max(100),
    mine: yup.boolean().typeError('mine must be true or false'),
  })
  .noUnknown(true, 'unknown query parameters: ${unknown}');
export const validateQueueQuery = validateQuery(queueQuerySchema);

/** At most one list page of entries per request. */
export const MAX_STATUS_IDS = 100;

export const statusesQuerySchema = yup
  .object({
    uid: yup.string().required('uid is required').max(200),
    documentIds: yup
      .array()
      .of(
        yup
          .string()
          .typeError('each documentId must be a string')
          .required('documentIds may not hold an empty value')
          .max(200, 'each documentId is at most 200 characters')
      )
      .typeError('documentIds must be a list: documentIds[]=…')
      .required('documentIds is required: documentIds[]=…')
      .min(1, 'documentIds needs at least one documentId')
      .max(MAX_STATUS_IDS, `documentIds takes at most ${MAX_STATUS_IDS} documentIds (one list page)`),
    locale: yup.string().max(20),
  })
  .noUnknown(true, 'unknown query parameters: ${unknown}');
const validateStatusesShape = validateQuery(statusesQuerySchema);
/** Strapi's query parser turns more than 100 `documentIds[]` into an object keyed by index: back into a list, so the limit answers. */
export const validateStatusesQuery = (query: unknown) => {
  const input = { ...((query ?? {}) as Record<string, unknown>) };
  const ids = input.documentIds;
  if (typeof ids === 'string') input.documentIds = [ids];
  else if (ids && typeof ids === 'object' && !Array.isArray(ids)) input.documentIds = Object.values(ids);
  return validateStatusesShape(input);
};

export const auditQuerySchema = yup
  .object({
    format: yup.string().oneOf(['ndjson', 'csv'], 'format must be ndjson or csv'),
    from: isoDate('from'),
    to: isoDate('to'),
    action: yup.string().max(100),
    uid: yup.string().max(200),
    documentId: yup.string().max(200),
  })
  .noUnknown(true, 'unknown query parameters: ${unknown}');
export const validateAuditQuery = validateQuery(auditQuerySchema);

export const consentExportQuerySchema = yup
  .object({
    format: yup.string().oneOf(['ndjson', 'csv'], 'format must be ndjson or csv'),
    status: yup.string().oneOf([...CONSENT_STATUSES], `status must be ${orList(CONSENT_STATUSES)}`),
    from: isoDate('from'),
    to: isoDate('to'),
    expiresBefore: isoDate('expiresBefore'),
  })
  .noUnknown(true, 'unknown query parameters: ${unknown}');
export const validateConsentExportQuery = validateQuery(consentExportQuerySchema);

const severity = yup.string().oneOf([...SEVERITY_OVERRIDES], `each rule is ${orList(SEVERITY_OVERRIDES)}`);
export const settingsSchema = yup
  .object({
    contentTypes: yup
      .object()
      .required('contentTypes is required')
      .test('types', '', function check(value) {
        for (const [uid, setting] of Object.entries((value ?? {}) as Record<string, unknown>)) {
          if (!setting || typeof setting !== 'object' || Array.isArray(setting)) {
            return this.createError({ path: `contentTypes.${uid}`, message: `contentTypes["${uid}"] must be { rules: { ruleId: severity } }` });
          }
          const keys = Object.keys(setting);
          if (keys.some((key) => key !== 'rules'))
            return this.createError({ path: `contentTypes.${uid}`, message: `contentTypes["${uid}"] only takes "rules"` });
          const rules = (setting as { rules?: unknown }).rules;
          if (!rules || typeof rules !== 'object' || Array.isArray(rules)) {
            return this.createError({ path: `contentTypes.${uid}.rules`, message: `contentTypes["${uid}"].rules must be an object` });
          }
          for (const [rule, value2] of Object.entries(rules)) {
            if (!severity.isValidSync(value2)) {
              return this.createError({
                path: `contentTypes.${uid}.rules.${rule}`,
                message: `contentTypes["${uid}"].rules["${rule}"] must be ${orList(SEVERITY_OVERRIDES)}`,
              });
            }
          }
        }
        return true;
      }),
  })
  .noUnknown(true, 'unknown fields: ${unknown}')
  .required();
export const validateSettings = validateYupSchema(settingsSchema);

/** Routes that take no query parameters still refuse unknown ones, like every other input. */
export const validateNoQuery = validateQuery(yup.object({}));

/** `POST /audit/texts/:ref/redact`: the reference is a UUID; the reason says why (it is kept in the chain). */
export const validateTextRef = validateYupSchema(
  yup.object({ ref: yup.string().required().uuid('ref must be the textRef (a UUID) of a stored text') }).noUnknown(true, 'unknown parameters: ${unknown}')
);
export const validateRedaction = validateYupSchema(
  yup
    .object({
      reason: yup
        .string()
        .required('reason is required: say why the text is redacted')
        .test('not-blank', 'reason is required: say why the text is redacted', (value) => Boolean(value?.trim()))
        .max(1000, 'reason must be at most 1000 characters'),
    })
    .noUnknown(true, 'unknown fields: ${unknown}')
    .required()
);
