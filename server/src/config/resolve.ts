import type { Profile, SeverityOverride } from '../../../shared/rule-ids';

export interface ControllerInfo {
  name: string;
  contact: string;
  email: string;
  phone?: string;
  address: string;
  url: string;
}

export interface ContentTypeSetting {
  enabled?: boolean;
  profile?: Profile;
  rules?: Record<string, SeverityOverride>;
  fields?: { channel?: string; sponsored?: string; references?: string; image?: string };
  reviewRoles?: string[];
}

export interface ResolvedConfig {
  controller: ControllerInfo;
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
  toneThreshold: number;
  enforceOnDatabaseWrites: boolean;
  expiry: { cron: string; enabled: boolean };
  /** Signing lockout per admin user: after `maxAttempts` wrong passwords within `lockoutMinutes`, signing is locked for `lockoutMinutes`. */
  signing: { maxAttempts: number; lockoutMinutes: number };
}

export const DEFAULT_REVIEW_ROLES: Record<Profile, string[]> = {
  testimonial: ['privacy', 'medical'],
  endorsement: ['legal'],
  'health-content': ['medical'],
};

type UserConfig = Partial<Omit<ResolvedConfig, 'controller' | 'lexicon' | 'expiry' | 'signing'>> & {
  controller?: Partial<ControllerInfo>;
  lexicon?: Partial<ResolvedConfig['lexicon']>;
  expiry?: Partial<ResolvedConfig['expiry']>;
  signing?: Partial<ResolvedConfig['signing']>;
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
  toneThreshold: user.toneThreshold ?? 3,
  enforceOnDatabaseWrites: user.enforceOnDatabaseWrites ?? true,
  expiry: { cron: user.expiry?.cron ?? '*/15 * * * *', enabled: user.expiry?.enabled ?? true },
  signing: { maxAttempts: user.signing?.maxAttempts ?? 5, lockoutMinutes: user.signing?.lockoutMinutes ?? 15 },
});
