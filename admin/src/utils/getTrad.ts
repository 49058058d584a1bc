import { PLUGIN_ID } from '../pluginId';

/** Translation ids are prefixed with the plugin id (`compliance.panel.title`). */
export const getTrad = (id: string) => `${PLUGIN_ID}.${id}`;

/** The translation files hold unprefixed keys; the admin expects them prefixed. */
export const prefixTranslations = (data: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [getTrad(key), value]));
