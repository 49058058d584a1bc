import type { Core } from '@strapi/strapi';

export const PLUGIN_UID_PREFIX = 'plugin::compliance.';
export const isPluginUid = (uid: string) => uid.startsWith(PLUGIN_UID_PREFIX);

/** Every content type of this plugin, as registered in this app. */
export const pluginUids = (strapi: Core.Strapi) => Object.keys(strapi.contentTypes).filter(isPluginUid);
