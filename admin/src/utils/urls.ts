/** Encodes one path segment; keeps `:` readable in uids (`api::testimonial.testimonial`), which routers accept. */
export const segment = (value: string) => encodeURIComponent(value).replace(/%3A/gi, ':');

/**
 * A query string for the admin fetch client. It serialises `params` objects without encoding
 * (`qs` with `encode: false`), so a search like `a&b` would break the URL: encode here and pass the string.
 */
export const toQueryString = (params: Record<string, string | number | boolean | null | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.append(key, String(value));
  }
  return search.toString();
};

/** A URL with its query, for `get(url)`. */
export const withQuery = (path: string, params: Parameters<typeof toQueryString>[0]) => {
  const query = toQueryString(params);
  return query ? `${path}?${query}` : path;
};

/** The Content Manager edit view of an entry (a router path, relative to the admin's base). */
export const entryEditPath = (
  ref: { uid: string; documentId: string; locale?: string | null },
  kind: 'collection-types' | 'single-types' = 'collection-types',
) => {
  const base =
    kind === 'single-types'
      ? `/content-manager/single-types/${segment(ref.uid)}`
      : `/content-manager/collection-types/${segment(ref.uid)}/${segment(ref.documentId)}`;
  return ref.locale ? `${base}?plugins[i18n][locale]=${encodeURIComponent(ref.locale)}` : base;
};
