import { CHECKLIST_MESSAGES } from '../../../shared/messages';
import { PLUGIN_ID } from '../pluginId';

/** Translation ids are prefixed with the plugin id (`compliance.panel.title`). */
export const getTrad = (id: string) => `${PLUGIN_ID}.${id}`;

/** The translation files hold unprefixed keys; the admin expects them prefixed. */
export const prefixTranslations = (data: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [getTrad(key), value]));

/**
 * A locale's messages as the admin registers them. English checklist texts (rule titles, messages,
 * finding kinds) live once, in shared/messages.ts, which the server renders too; the other
 * languages translate them in their file.
 */
export const translationsFor = (locale: string, data: Record<string, string>): Record<string, string> =>
  prefixTranslations(locale === 'en' ? { ...CHECKLIST_MESSAGES, ...data } : data);
