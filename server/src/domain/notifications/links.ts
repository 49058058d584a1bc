/** Links into the Strapi admin, for emails and webhook payloads. */

const trimSlash = (value: string) => value.replace(/\/+$/, '');

export const adminEntryUrl = (adminBase: string, ref: { uid: string; documentId: string; locale?: string | null }) => {
  const url = `${trimSlash(adminBase)}/content-manager/collection-types/${ref.uid}/${encodeURIComponent(ref.documentId)}`;
  return ref.locale ? `${url}?plugins[i18n][locale]=${encodeURIComponent(ref.locale)}` : url;
};

export const adminConsentUrl = (adminBase: string, documentId: string) =>
  `${trimSlash(adminBase)}/plugins/compliance/consents/${encodeURIComponent(documentId)}`;

export const adminQueueUrl = (adminBase: string) => `${trimSlash(adminBase)}/plugins/compliance/queue`;

export const adminPreferencesUrl = (adminBase: string) => `${trimSlash(adminBase)}/plugins/compliance/notifications`;
