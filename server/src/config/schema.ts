import { yup } from '@strapi/utils';
import { PROFILES, SEVERITY_OVERRIDES, type SeverityOverride } from '../../../shared/rule-ids';
import { orList } from '../validation/wording';
import { loadSigningKey } from '../domain/audit-signing';
import { EVIDENCE_MIME_TYPES } from '../domain/evidence';
import { EVIDENCE_DOMAIN_RE } from '../detection/claims/evidence';

const severityOverride = yup.mixed<SeverityOverride>().oneOf([...SEVERITY_OVERRIDES]);

/** A map whose values all follow `valueSchema` (yup 0.32 has no record type). */
const recordOf = (valueSchema: yup.AnySchema, label: string) =>
  yup
    .mixed()
    .test('record', '${path} must be an object', (value) => value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value)))
    .test('record-values', '', function check(value) {
      if (!value || typeof value !== 'object') return true;
      for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
        try {
          valueSchema.validateSync(entry, { strict: true, abortEarly: false });
        } catch (error) {
          const message = error instanceof yup.ValidationError ? error.errors.join('; ') : String(error);
          return this.createError({ message: `${this.path}.${key}: ${message} (${label})` });
        }
      }
      return true;
    });

const fieldsSchema = yup
  .object({
    channel: yup.string(),
    sponsored: yup.string(),
    references: yup.string(),
    image: yup.string(),
  })
  .noUnknown(true, 'unknown key "${unknown}" (allowed: channel, sponsored, references, image)')
  .strict();

export const contentTypeConfigSchema = yup
  .object({
    enabled: yup.boolean(),
    profile: yup.mixed().oneOf([...PROFILES], 'profile must be one of: ' + PROFILES.join(', ')),
    rules: recordOf(severityOverride, `each rule is ${orList(SEVERITY_OVERRIDES.map((value) => `'${value}'`))}`),
    fields: fieldsSchema,
    reviewRoles: yup.array(yup.string().required()),
  })
  .noUnknown(true, 'unknown key "${unknown}" (allowed: enabled, profile, rules, fields, reviewRoles)')
  .strict();

/** `digestMinutes` becomes a cron rule: every N minutes (N < 60) or every N/60 hours. */
const digestMinutes = yup
  .number()
  .integer()
  .test(
    'digest-minutes',
    'notifications.digestMinutes must be a whole number from 1 to 59, or a multiple of 60 up to 1440',
    (value) => value === undefined || (value >= 1 && value <= 59) || (value % 60 === 0 && value >= 60 && value <= 1440)
  );

const digestSeconds = yup.number().integer().min(1, 'notifications.digestSeconds must be a whole number from 1 to 59').max(59, 'notifications.digestSeconds must be a whole number from 1 to 59');

export const notificationsSchema = yup
  .object({
    digestMinutes,
    digestSeconds,
    includeTitles: yup.boolean(),
    email: yup.boolean(),
    from: yup.string(),
    privacyOfficeEmail: yup.string().email('notifications.privacyOfficeEmail must be an email address'),
    kinds: yup
      .object({ reviewReady: yup.boolean(), consentExpiring: yup.boolean(), entriesUnpublished: yup.boolean(), reviewDecision: yup.boolean() })
      .noUnknown(true, 'unknown key "${unknown}" in notifications.kinds (allowed: reviewReady, consentExpiring, entriesUnpublished, reviewDecision)')
      .strict()
      .default(undefined),
  })
  .noUnknown(true, 'unknown key "${unknown}" in notifications')
  .strict()
  .default(undefined);

/** The plugin's config as a developer writes it in config/plugins. Every key is optional. */
export const pluginConfigSchema = yup
  .object({
    controller: yup
      .object({
        name: yup.string(),
        contact: yup.string(),
        email: yup.string().email(),
        phone: yup.string(),
        address: yup.string(),
        url: yup.string().url(),
      })
      .noUnknown(true, 'unknown key "${unknown}" in controller')
      .strict()
      .default(undefined),
    policyUrl: yup.string().url(),
    jurisdiction: yup.string(),
    language: yup.string(),
    retentionYears: yup.number().integer().min(1).max(100),
    reviewRoles: recordOf(yup.array(yup.string().required()).required(), 'a list of role names'),
    reviewAssignments: recordOf(yup.array(yup.string().required()).min(1).required(), 'a non-empty list of admin role names or codes'),
    contentTypes: recordOf(contentTypeConfigSchema, 'a content type setting'),
    lexicon: yup
      .object({ add: yup.array(yup.string().required()), remove: yup.array(yup.string().required()) })
      .noUnknown(true, 'unknown key "${unknown}" in lexicon')
      .strict()
      .default(undefined),
    allowedPhones: yup.array(yup.string().required()),
    allowedDomains: yup.array(yup.string().required()),
    evidenceDomains: yup.array(
      yup
        .string()
        .required()
        .matches(EVIDENCE_DOMAIN_RE, 'evidenceDomains: each value is a domain name such as "journals.example.org" (no scheme or path)')
    ),
    toneThreshold: yup.number().positive(),
    enforceOnDatabaseWrites: yup.boolean(),
    expiry: yup
      .object({
        cron: yup.string(),
        enabled: yup.boolean(),
        noticeDays: yup.array(yup.number().integer().min(1, 'expiry.noticeDays: each value is a whole number of days, at least 1').max(3650).required()),
      })
      .noUnknown(true, 'unknown key "${unknown}" in expiry')
      .strict()
      .default(undefined),
    notifications: notificationsSchema,
    audit: yup
      .object({
        signingKey: yup.string().test('ed25519', '', function check(value) {
          if (value === undefined) return true;
          try {
            loadSigningKey(value);
            return true;
          } catch (error) {
            return this.createError({ message: `audit.signingKey ${(error as Error).message}` });
          }
        }),
        witness: yup
          .object({
            url: yup.string().url('audit.witness.url must be a URL').required('audit.witness.url is required'),
            everyEvents: yup.number().integer().min(1),
            everyMinutes: yup.number().positive(),
            headers: recordOf(yup.string().required(), 'a header value'),
          })
          .noUnknown(true, 'unknown key "${unknown}" in audit.witness')
          .strict()
          .default(undefined),
      })
      .noUnknown(true, 'unknown key "${unknown}" in audit')
      .strict()
      .default(undefined),
    evidence: yup
      .object({
        maxBytes: yup.number().integer().positive(),
        mimeTypes: yup
          .array(yup.string().required().oneOf([...EVIDENCE_MIME_TYPES], `evidence.mimeTypes: each type must be one of ${EVIDENCE_MIME_TYPES.join(', ')}`))
          .min(1),
      })
      .noUnknown(true, 'unknown key "${unknown}" in evidence')
      .strict()
      .default(undefined),
    signing: yup
      .object({
        maxAttempts: yup.number().integer().min(1).max(100),
        lockoutMinutes: yup.number().integer().min(1).max(1440),
      })
      .noUnknown(true, 'unknown key "${unknown}" in signing')
      .strict()
      .default(undefined),
    reevaluation: yup
      .object({
        batchSize: yup.number().integer().min(1).max(1000),
        leaseSeconds: yup.number().integer().min(1).max(3600),
        pollSeconds: yup.number().integer().min(1).max(3600),
      })
      .noUnknown(true, 'unknown key "${unknown}" in reevaluation')
      .strict()
      .default(undefined),
  })
  .noUnknown(true, 'unknown key "${unknown}" in the compliance plugin config')
  .strict();
