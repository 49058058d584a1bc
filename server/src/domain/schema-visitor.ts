import type { AttributeLike, ComponentLookup, SchemaLike } from '../scanners/types';

/** One attribute being visited, with what the visitor needs to go deeper. */
export interface Field<C> {
  name: string;
  attribute: AttributeLike;
  /** What the walker carries at this level (the value being read, the object being built, the path). */
  context: C;
  /** A component's schema by uid; undefined when the app has no such component. */
  lookup: ComponentLookup;
  /** Visits a component's attributes one level deeper with their own context (nothing past the depth limit). */
  descend: (schema: SchemaLike, context: C) => void;
}

/**
 * What a walker does with each kind of attribute. Unset kinds are passed over. `component`
 * receives the component's schema, already looked up; a dynamic zone's components are looked up
 * by the walker (from the schema's list, or from each item's `__component`).
 */
export interface SchemaVisitor<C> {
  /** Attributes never visited at all (the content hash's bookkeeping fields). */
  skip?: (name: string, attribute: AttributeLike) => boolean;
  component?: (field: Field<C>, schema: SchemaLike | undefined) => void;
  dynamiczone?: (field: Field<C>) => void;
  media?: (field: Field<C>) => void;
  relation?: (field: Field<C>) => void;
  /** Every other attribute: strings, rich text, blocks, numbers, dates, booleans, enumerations, json, uids. */
  other?: (field: Field<C>) => void;
}

/**
 * The one walk over a content type's schema (docs/architecture.md#the-schema-visitor): every
 * attribute in schema order, components and dynamic zones at any depth through `descend`, with
 * the kind of each attribute decided here. The populate of a draft, the content hash and the text
 * collector are visitors. `maxDepth`: levels below the top one that are still visited (components
 * can nest; real schemas stay shallow, the limit only stops pathological data).
 */
export const visitSchema = <C>(schema: SchemaLike, lookup: ComponentLookup, visitor: SchemaVisitor<C>, context: C, maxDepth = Infinity, depth = 0): void => {
  if (depth > maxDepth) return;
  const descend = (child: SchemaLike, childContext: C) => visitSchema(child, lookup, visitor, childContext, maxDepth, depth + 1);
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (visitor.skip?.(name, attribute)) continue;
    const field: Field<C> = { name, attribute, context, lookup, descend };
    switch (attribute.type) {
      case 'component':
        visitor.component?.(field, attribute.component ? lookup(attribute.component) : undefined);
        break;
      case 'dynamiczone':
        visitor.dynamiczone?.(field);
        break;
      case 'media':
        visitor.media?.(field);
        break;
      case 'relation':
        visitor.relation?.(field);
        break;
      default:
        visitor.other?.(field);
    }
  }
};
