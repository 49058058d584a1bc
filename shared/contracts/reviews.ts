import type { Check } from './checks';
import type { PersonRef } from './common';

export const REVIEW_DECISIONS = ['approved', 'changes-requested'] as const;
export type ReviewDecisionValue = (typeof REVIEW_DECISIONS)[number];

export interface Review {
  id: number;
  uid: string;
  documentId: string;
  locale: string | null;
  role: string;
  decision: ReviewDecisionValue;
  comment: string | null;
  reviewer: PersonRef;
  /** e.g. "Medical review: approved" (21 CFR 11.50). */
  meaning: string;
  contentHash: string;
  createdAt: string;
  /** True while the entry's draft still hashes to contentHash. */
  current: boolean;
}

export declare namespace ListReviews {
  interface Response {
    data: Review[];
    meta: { contentHash: string; requiredRoles: string[] };
  }
}

export declare namespace RecordReview {
  interface Request {
    role: string;
    decision: ReviewDecisionValue;
    comment?: string;
    password: string;
    locale?: string | null;
    /**
     * The content hash the reviewer was shown (the checklist's `contentHash`). The signature binds
     * to it; if the draft changed since, the answer is a 409 and nothing is recorded.
     */
    contentHash: string;
  }
  interface Response {
    data: Review;
  }
  /** `error.details` of the 409 when the draft no longer hashes to the request's `contentHash`. */
  interface StaleContentDetails {
    code: 'STALE_CONTENT';
    currentHash: string;
  }
  /** `error.details` of the 429 while signing is locked after too many wrong passwords. */
  interface SigningLockedDetails {
    code: 'SIGNING_LOCKED';
    lockedUntil: string;
  }
}

export interface QueueItem {
  uid: string;
  documentId: string;
  locale: string | null;
  title: string;
  contentType: string;
  updatedAt: string;
  published: boolean;
  failing: Array<Pick<Check, 'rule' | 'title' | 'message' | 'titleId' | 'messageId' | 'values'>>;
  missingRoles: string[];
}

/** What the queue can be filtered by: the marked types, their rules and their review roles. */
export interface QueueFilterOptions {
  types: Array<{ uid: string; displayName: string }>;
  rules: Array<{ id: string; title: string }>;
  roles: string[];
}

export declare namespace GetQueue {
  /** `GET /compliance/queue`: newest first, from the stored statuses (README, "Review queue"). */
  interface Query {
    page?: number;
    /** 1 to 100. */
    pageSize?: number;
    /** A marked type. */
    uid?: string;
    /** Only entries this rule blocks. */
    rule?: string;
    /** Only entries waiting for this review role. */
    role?: string;
    /** Only entries waiting for a review role the caller may sign. */
    mine?: boolean;
  }
  interface Response {
    data: QueueItem[];
    meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number }; filters?: QueueFilterOptions };
  }
}
