/** The plugin's id in the admin: translation prefix, menu path and plugin registry key. */
export const PLUGIN_ID = 'compliance';
