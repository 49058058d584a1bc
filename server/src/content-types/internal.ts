/** The parts every table of the plugin shares (docs/architecture.md#content-types). */
interface InternalSchema<A> {
  names: { singularName: string; pluralName: string; displayName: string };
  description?: string;
  indexes?: Array<{ name: string; columns: string[]; type?: 'unique' }>;
  attributes: A;
}

/** A plugin table: no Draft & Publish, hidden from the Content Manager and the Content-Type Builder. */
export const internalType = <A>({ names, description, indexes, attributes }: InternalSchema<A>) => ({
  kind: 'collectionType' as const,
  collectionName: `compliance_${names.pluralName.replace(/-/g, '_')}`,
  info: { ...names, ...(description ? { description } : {}) },
  options: { draftAndPublish: false },
  ...(indexes ? { indexes } : {}),
  pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
  attributes,
});

/** A table's names: its table is `compliance_<plural, with underscores>`. */
export const named = (singularName: string, pluralName: string, displayName: string) => ({ names: { singularName, pluralName, displayName } });

/** The entry a row is about: its type, document and locale (null: every locale, or not localized). */
export const ENTRY_REF_ATTRIBUTES = {
  entryUid: { type: 'string', required: true },
  entryDocumentId: { type: 'string', required: true },
  entryLocale: { type: 'string' },
} as const;
