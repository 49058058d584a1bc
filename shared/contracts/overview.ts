/** The Compliance overview page and the admin homepage widget. */

export interface TypeOverview {
  uid: string;
  displayName: string;
  /** Drafts (one per document and locale) looked at. */
  drafts: number;
  /** Drafts with changes to publish whose checklist passes. */
  ready: number;
  /** Drafts failing each blocker rule. */
  blockedByRule: Record<string, number>;
  /** Drafts whose only missing piece is this review role's approval. */
  waitingByRole: Record<string, number>;
}

export interface DecisionWeek {
  /** Monday of the week, YYYY-MM-DD (UTC). */
  weekStart: string;
  blocked: number;
  allowed: number;
}

export interface ExpiryWeek {
  weekStart: string;
  count: number;
}

export interface Overview {
  types: TypeOverview[];
  /** The last 12 weeks of `publish.blocked` and `publish.allowed`, oldest first. */
  decisions: DecisionWeek[];
  /** Active consents expiring in each of the next 12 weeks; null when the caller may not see consents. */
  expiring: ExpiryWeek[] | null;
}

export declare namespace GetOverview {
  interface Response {
    data: Overview;
  }
}

export interface HomeWidget {
  /** Entries waiting for a review the caller may sign. */
  toReview: number;
  /** Active consents expiring within 30 days; null when the caller may not see consents. */
  expiringSoon: number | null;
}

export declare namespace GetHomeWidget {
  interface Response {
    data: HomeWidget;
  }
}
