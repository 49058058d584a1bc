import type { EntryRef, Pagination, PersonRef } from './common';

/** The life of a consent record: only revocation and expiry end it (docs/architecture.md#consents-and-coverage). */
export const CONSENT_STATUSES = ['active', 'revoked', 'expired'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const SIGNATURE_METHODS = ['wet-ink', 'electronic', 'recorded-verbal'] as const;
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];

/** What of the patient an entry may show (`scope.media`). */
export const CONSENT_MEDIA = ['name', 'photo', 'video', 'voice', 'quote', 'condition', 'age', 'location'] as const;
export type ConsentMedium = (typeof CONSENT_MEDIA)[number];

/** The data controller named in consent receipts (config key `controller`, README.md#configuration). */
export interface ConsentController {
  name: string;
  contact: string;
  email: string;
  phone?: string;
  address: string;
  url: string;
}

/**
 * POST /compliance/consents body: JSON, or multipart with this JSON in the `data` field and the
 * signed form in the file field `files.evidence`.
 */
export interface ConsentInput {
  subjectName: string;
  subjectReference?: string;
  representative?: { name: string; authority: string };
  informationDescription: string;
  authorizedDisclosers: string;
  recipients: string;
  purposes: string[];
  expiresAt?: string | null;
  expirationEvent?: string | null;
  signedAt: string;
  signatureMethod: SignatureMethod;
  statements: { rightToRevoke: boolean; conditioning: boolean; redisclosure: boolean };
  remuneration?: { involved: boolean; description?: string };
  scope: { channels: string[]; media?: ConsentMedium[] };
  collectionMethod?: string;
  jurisdiction?: string;
  language?: string;
  policyUrl?: string;
}

/** The stored signed-authorization file; its bytes are served by GET /compliance/consents/:documentId/evidence. */
export interface ConsentEvidence {
  name: string;
  /** Detected from the file's bytes. */
  mime: string;
  size: number;
  sha256: string;
}

export interface ConsentLink extends EntryRef {
  linkedAt: string;
  linkedBy: PersonRef | null;
}

export interface Consent extends Omit<ConsentInput, 'scope' | 'remuneration'> {
  documentId: string;
  receiptId: string;
  status: ConsentStatus;
  scope: { channels: string[]; media: ConsentMedium[] };
  remuneration: { involved: boolean; description?: string };
  evidence: ConsentEvidence | null;
  revokedAt: string | null;
  revocationReason: string | null;
  revocationReceivedAt: string | null;
  revokedBy: PersonRef | null;
  expiredAt: string | null;
  createdBy: PersonRef | null;
  createdAt: string;
  updatedAt: string;
  links: ConsentLink[];
}

export declare namespace ListConsents {
  interface Query {
    page?: number;
    pageSize?: number;
    q?: string;
    status?: ConsentStatus;
    /** Only consents linked to this entry (uid and documentId together; locale optional). */
    uid?: string;
    documentId?: string;
    locale?: string;
    /** Only consents with an expiry date up to this one (ISO 8601), soonest first. */
    expiresBefore?: string;
  }
  interface Response {
    data: Consent[];
    meta: { pagination: Pagination };
  }
}

export declare namespace CreateConsent {
  type Request = ConsentInput;
  interface Response {
    data: Consent;
  }
}

export declare namespace GetConsent {
  interface Response {
    data: Consent;
  }
}

export declare namespace LinkConsent {
  type Request = EntryRef;
  interface Response {
    data: Consent;
  }
}

export declare namespace UnlinkConsent {
  type Request = EntryRef;
  interface Response {
    data: Consent;
    /** Published entries left without a consent that covers them, unpublished in the same transaction. */
    meta: { unpublished: EntryRef[] };
  }
}

export declare namespace RevokeConsent {
  interface Request {
    reason: string;
    receivedAt?: string;
  }
  interface Response {
    data: Consent;
    meta: { unpublished: EntryRef[] };
  }
}

export interface ConsentReceipt {
  version: 'KI-CR-v1.1.0';
  jurisdiction: string;
  consentTimestamp: number;
  collectionMethod: string;
  consentReceiptID: string;
  language: string;
  piiPrincipalId: string;
  piiControllers: Array<{
    piiController: string;
    onBehalf: boolean;
    contact: string;
    address: { streetAddress: string };
    email: string;
    phone: string;
    piiControllerUrl: string;
  }>;
  policyUrl: string;
  services: Array<{
    service: string;
    purposes: Array<{
      purpose: string;
      purposeCategory: string[];
      consentType: string;
      piiCategory: string[];
      primaryPurpose: boolean;
      termination: string;
      thirdPartyDisclosure: boolean;
      thirdPartyName: string;
    }>;
  }>;
  sensitive: true;
  spiCat: string[];
  status: ConsentStatus;
}
