import admin from './admin';

/** Only admin routes: the content API (/api/...) exposes nothing of the plugin. */
export default { admin };
