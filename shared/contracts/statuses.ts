/**
 * Stored compliance statuses (README, "Stored statuses"): the checklist outcome of each marked
 * draft and locale, kept current in the transaction of every change. The list view and the
 * review queue read them; the edit-view panel and the gate always evaluate live.
 */
export interface EntryStatus {
  uid: string;
  documentId: string;
  locale: string | null;
  contentHash: string;
  /** No blocker fails. */
  passed: boolean;
  /** Rule ids of the failing blockers. */
  failing: string[];
  /** Rule ids of the failing warnings. */
  warnings: string[];
  /** Review roles still to sign off (from `review.approval`). */
  missingRoles: string[];
  /** A published version exists. */
  published: boolean;
  evaluatedAt: string;
}

/** `GET /compliance/statuses?uid=&documentIds[]=&locale=`: one request per list page. */
export declare namespace GetStatuses {
  interface Query {
    uid: string;
    /** 1 to 100 documentIds. */
    documentIds: string[];
    locale?: string;
  }
  /** Entries the caller may not read, or without a stored status yet, are left out. */
  interface Response {
    data: EntryStatus[];
  }
}

/** The re-evaluation of every stored status after a rule or settings change. */
export interface StatusJob {
  /** `running`: an instance holds the job; `pending`: it waits for one; `idle`: statuses match the rules. */
  state: 'idle' | 'pending' | 'running';
  processed: number;
  total: number;
  startedAt: string | null;
  finishedAt: string | null;
}

/** `GET /compliance/statuses/job` */
export declare namespace GetStatusJob {
  interface Response {
    data: StatusJob;
  }
}
