import type { PersonRef } from './common';

export type ReviewDecisionValue = 'approved' | 'changes-requested';

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
  }
  interface Response {
    data: Review;
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
  failing: Array<{ rule: string; title: string; message: string }>;
  missingRoles: string[];
}

export declare namespace GetQueue {
  interface Response {
    data: QueueItem[];
    meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
  }
}
