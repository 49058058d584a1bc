module.exports = ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: { keys: env.array('APP_KEYS') },
  // The integration tests give each app its own public folder (uploads), see CONTRIBUTING.md "Test".
  ...(env('COMPLIANCE_PUBLIC_DIR') ? { dirs: { public: env('COMPLIANCE_PUBLIC_DIR') } } : {}),
});
