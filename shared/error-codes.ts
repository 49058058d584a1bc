/**
 * Machine-readable error codes, sent as `error.details.code` next to Strapi's `{ name, message }`.
 * Clients (the admin, API users, tests) match on these, never on the English message.
 */
export const ERROR_CODES = {
  /** Bad input: `details.errors` lists each problem. */
  invalidInput: 'INVALID_INPUT',
  /** The uid in the path is not a content type marked for compliance. */
  unmarkedType: 'UNMARKED_TYPE',
  /** The compliance checklist refused publication (`details.checks`, `details.errors`). */
  publicationBlocked: 'PUBLICATION_BLOCKED',
  /** A published row was written around the gate (database backstop). */
  writeAroundGate: 'WRITE_AROUND_GATE',
  /** Consent records, reviews and audit events cannot be changed or deleted. */
  immutableRecord: 'IMMUTABLE_RECORD',
  notFound: 'NOT_FOUND',
  /** A refusal (`publish.blocked`, `publish.unverified`) could not be written to the audit trail, even after retrying. */
  auditWriteFailed: 'AUDIT_WRITE_FAILED',
  /** A stored free text (revocation reason, review comment) was already redacted. */
  alreadyRedacted: 'ALREADY_REDACTED',
  /** The caller lacks the plugin permission the route needs (`details.permission`). */
  missingPermission: 'MISSING_PERMISSION',
  /** The plugin's content types are reachable only through its admin API, never the Content Manager, REST or GraphQL. */
  pluginInternal: 'PLUGIN_INTERNAL',
  /** PUT /settings may not set a core protection below blocker. */
  coreProtection: 'CORE_PROTECTION',
  /** The evidence file is larger than `evidence.maxBytes`. */
  evidenceTooLarge: 'EVIDENCE_TOO_LARGE',
  /** The evidence file's content is not one of `evidence.mimeTypes`. */
  evidenceType: 'EVIDENCE_TYPE_NOT_ALLOWED',
  /** The stored evidence no longer matches the SHA-256 recorded with the consent. */
  evidenceIntegrity: 'EVIDENCE_INTEGRITY',
  /** 409: the entry's draft no longer has the content hash the reviewer was shown (`details.currentHash`). */
  staleContent: 'STALE_CONTENT',
  /** 400: the signing password is not the signer's. */
  wrongPassword: 'WRONG_PASSWORD',
  /** 429: too many wrong signing passwords; signing is locked until `details.lockedUntil`. */
  signingLocked: 'SIGNING_LOCKED',
  /** 403: the signer created or edited the entry (separation of duties). */
  ownContent: 'OWN_CONTENT',
  /** 403: the signer is not a member of the admin roles assigned to the review role. */
  notAssigned: 'NOT_ASSIGNED',
  /** 403: the signer already approved another review role of the same version. */
  sameReviewer: 'SAME_REVIEWER',
  /** 409: the Media Library file is used by published marked entries (`details.entries`). */
  mediaInUse: 'MEDIA_IN_USE',
  /** 400: the finding to waive (rule, path, match) is not in the entry's current evaluation of that rule. */
  findingNotFound: 'FINDING_NOT_FOUND',
  /** 400: a waiver on the current content hash already covers this finding. */
  alreadyWaived: 'ALREADY_WAIVED',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];
