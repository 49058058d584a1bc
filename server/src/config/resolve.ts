import type { Profile, SeverityOverride } from '../../../shared/rule-ids';
import type { ConsentController } from '../../../shared/contracts/consents';
import { EMAIL_KINDS, type EmailKind } from '../../../shared/contracts/notifications';
import { DEFAULT_EVIDENCE_MAX_BYTES, EVIDENCE_MIME_TYPES } from '../domain/evidence';


export interface ContentTypeSetting {
  enabled?: boolean;
  profile?: Profile;
  rules?: Record<string, SeverityOverride>;
  fields?: { channel?: string; sponsored?: string; references?: string; image?: string };
  reviewRoles?: string[];
}

export interface ResolvedConfig {
  controller: ConsentController;
  policyUrl: string;
  jurisdiction: string;
  language: string;
  retentionYears: number;
  reviewRoles: Record<Profile, string[]> & Record<string, string[]>;
  /** Review role → admin roles (names or codes) whose members may sign it; unlisted roles: anyone with reviews.approve. */
  reviewAssignments: Record<string, string[]>;
  contentTypes: Record<string, ContentTypeSetting>;
  lexicon: { add: string[]; remove: string[] };
  allowedPhones: string[];
  allowedDomains: string[];
  /** Extra domains whose links count as evidence for claims.evidence (journals, registries the site trusts). */
  evidenceDomains: string[];
  toneThreshold: number;
  enforceOnDatabaseWrites: boolean;
  expiry: { cron: string; enabled: boolean; noticeDays: number[] };
  notifications: NotificationsConfig;
  /** The signed-authorization file: largest size in bytes, and the types accepted (checked on the bytes). */
  evidence: { maxBytes: number; mimeTypes: string[] };
  /**
   * `signingKey`: Ed25519 private key (PEM, PKCS#8); when absent, COMPLIANCE_AUDIT_SIGNING_KEY is read at boot.
   * `witness`: where the signed chain head is sent every `everyEvents` events or `everyMinutes` minutes.
   */
  /** Signing lockout per admin user: after `maxAttempts` wrong passwords within `lockoutMinutes`, signing is locked for `lockoutMinutes`. */
  signing: { maxAttempts: number; lockoutMinutes: number };
  /**
   * The re-evaluation of stored statuses after a rule or settings change: entries per batch (one
   * transaction each); how long an instance's lease lasts unless renewed (after each batch); how
   * often each instance looks for work.
   */
  reevaluation: { batchSize: number; leaseSeconds: number; pollSeconds: number };
  audit: { signingKey: string | null; witness: AuditWitnessConfig | null };
}

export interface AuditWitnessConfig {
  url: string;
  everyEvents: number;
  everyMinutes: number;
  headers: Record<string, string>;
}

export interface NotificationsConfig {
  /** Reviewers get what became ready for them in one email every this many minutes. */
  digestMinutes: number;
  /** Runs the job every this many seconds instead (1–59; README "Notifications": for tests and demos). */
  digestSeconds?: number;
  /** Emails show entry titles (off by default: a title can name a patient). */
  includeTitles: boolean;
  /** Send emails: `undefined` means when the app configured an email provider other than Strapi's default sendmail. */
  email?: boolean;
  from?: string;
  /** Expiry and unpublishing notices go here instead of to every `consents.manage` holder. */
  privacyOfficeEmail?: string;
  kinds: Record<EmailKind, boolean>;
}

export const DEFAULT_REVIEW_ROLES: Record<Profile, string[]> = {
  testimonial: ['privacy', 'medical'],
  endorsement: ['legal'],
  'health-content': ['medical'],
};

type UserConfig = Partial<Omit<ResolvedConfig, 'controller' | 'lexicon' | 'expiry' | 'notifications' | 'audit' | 'evidence' | 'signing' | 'reevaluation'>> & {
  controller?: Partial<ConsentController>;
  lexicon?: Partial<ResolvedConfig['lexicon']>;
  expiry?: Partial<ResolvedConfig['expiry']>;
  notifications?: Partial<Omit<NotificationsConfig, 'kinds'>> & { kinds?: Partial<NotificationsConfig['kinds']> };
  audit?: { signingKey?: string; witness?: Partial<AuditWitnessConfig> & { url: string } };
  evidence?: Partial<ResolvedConfig['evidence']>;
  signing?: Partial<ResolvedConfig['signing']>;
  reevaluation?: Partial<ResolvedConfig['reevaluation']>;
};

/** Applies the documented defaults to a validated user config. */
export const resolveConfig = (user: UserConfig): ResolvedConfig => ({
  controller: {
    name: user.controller?.name ?? '',
    contact: user.controller?.contact ?? '',
    email: user.controller?.email ?? '',
    phone: user.controller?.phone,
    address: user.controller?.address ?? '',
    url: user.controller?.url ?? '',
  },
  policyUrl: user.policyUrl ?? '',
  jurisdiction: user.jurisdiction ?? 'US',
  language: user.language ?? 'en',
  retentionYears: user.retentionYears ?? 6,
  reviewRoles: { ...DEFAULT_REVIEW_ROLES, ...(user.reviewRoles ?? {}) },
  reviewAssignments: user.reviewAssignments ?? {},
  contentTypes: user.contentTypes ?? {},
  lexicon: { add: user.lexicon?.add ?? [], remove: user.lexicon?.remove ?? [] },
  allowedPhones: user.allowedPhones ?? [],
  allowedDomains: user.allowedDomains ?? [],
  evidenceDomains: user.evidenceDomains ?? [],
  toneThreshold: user.toneThreshold ?? 3,
  enforceOnDatabaseWrites: user.enforceOnDatabaseWrites ?? true,
  expiry: {
    cron: user.expiry?.cron ?? '*/15 * * * *',
    enabled: user.expiry?.enabled ?? true,
    noticeDays: [...new Set(user.expiry?.noticeDays ?? [30, 7])].sort((a, b) => b - a),
  },
  notifications: {
    digestMinutes: user.notifications?.digestMinutes ?? 15,
    digestSeconds: user.notifications?.digestSeconds,
    includeTitles: user.notifications?.includeTitles ?? false,
    email: user.notifications?.email,
    from: user.notifications?.from,
    privacyOfficeEmail: user.notifications?.privacyOfficeEmail,
    kinds: Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, user.notifications?.kinds?.[kind] ?? true])) as Record<EmailKind, boolean>,
  },
  audit: {
    signingKey: user.audit?.signingKey ?? null,
    witness: user.audit?.witness
      ? { url: user.audit.witness.url, everyEvents: user.audit.witness.everyEvents ?? 100, everyMinutes: user.audit.witness.everyMinutes ?? 60, headers: user.audit.witness.headers ?? {} }
      : null,
  },
  evidence: { maxBytes: user.evidence?.maxBytes ?? DEFAULT_EVIDENCE_MAX_BYTES, mimeTypes: user.evidence?.mimeTypes ?? [...EVIDENCE_MIME_TYPES] },
  signing: { maxAttempts: user.signing?.maxAttempts ?? 5, lockoutMinutes: user.signing?.lockoutMinutes ?? 15 },
  reevaluation: { batchSize: user.reevaluation?.batchSize ?? 100, leaseSeconds: user.reevaluation?.leaseSeconds ?? 60, pollSeconds: user.reevaluation?.pollSeconds ?? 15 },
});
