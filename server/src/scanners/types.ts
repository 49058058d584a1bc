/**
 * Pure text-scanning types. Nothing here imports Strapi: the scanners run over the text segments
 * that `collectText` pulls out of an entry, and report where (field path) and what (matched text).
 */

/** A path into an entry as Strapi's validation errors use it: ['body', '0', 'text']. */
export type FieldPath = string[];

/** One piece of text found in an entry, with where it sits. */
export interface TextSegment {
  path: FieldPath;
  text: string;
}

/** One problem found in a text segment. */
export interface Finding {
  /** Field path of the segment (same as TextSegment.path). */
  path: FieldPath;
  /** The matched text, exactly as it appears in the segment. */
  match: string;
  /** Machine-readable category, e.g. 'phone', 'email', 'cure-claim'. */
  kind: string;
  /** Human-readable sentence for an editor: what is wrong and how to fix it. */
  message: string;
  /** Character offset of the match in the segment text. */
  offset: number;
  /** The detector family ("identifier", "claim", …) the kind belongs to. */
  family?: string;
  /** Why this matters, in one sentence. */
  why?: string;
  /** The legal or regulatory reference for the kind. */
  reference?: string;
  /** A suggested rewrite, where one exists. */
  suggestion?: string;
}

/** The subset of a Strapi attribute the text walker needs. */
export interface AttributeLike {
  type: string;
  component?: string;
  repeatable?: boolean;
  components?: string[];
}

export interface SchemaLike {
  attributes: Record<string, AttributeLike>;
}

/** Looks up a component schema by uid ('shared.quote'). */
export type ComponentLookup = (uid: string) => SchemaLike | undefined;
