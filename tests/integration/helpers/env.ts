import { randomBytes } from 'node:crypto';

// Each test file boots the example app with the plugin's TypeScript source and its own secrets.
const secret = () => randomBytes(16).toString('base64');
process.env.NODE_ENV = 'test';
process.env.COMPLIANCE_PLUGIN_SOURCE = 'true';
process.env.COMPLIANCE_EXPIRY_ENABLED = process.env.COMPLIANCE_EXPIRY_ENABLED ?? 'false';
process.env.APP_KEYS = process.env.APP_KEYS ?? `${secret()},${secret()}`;
process.env.ADMIN_JWT_SECRET = process.env.ADMIN_JWT_SECRET ?? secret();
process.env.API_TOKEN_SALT = process.env.API_TOKEN_SALT ?? secret();
process.env.TRANSFER_TOKEN_SALT = process.env.TRANSFER_TOKEN_SALT ?? secret();
process.env.ENCRYPTION_KEY = process.env.ENCRYPTION_KEY ?? secret();
process.env.JWT_SECRET = process.env.JWT_SECRET ?? secret();
process.env.STRAPI_LOG_LEVEL = process.env.STRAPI_LOG_LEVEL ?? 'error';
// No telemetry: it sends nothing useful from a test, and turning it off spares every boot the
// loading of the TypeScript compiler (Strapi's telemetry sender inspects the app with it).
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
