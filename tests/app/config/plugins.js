const path = require('path');

module.exports = ({ env }) => ({
  compliance: {
    enabled: true,
    // The repository root is the plugin package; tests load its TypeScript source instead of dist/.
    resolve: env.bool('COMPLIANCE_PLUGIN_SOURCE', false) ? path.resolve(__dirname, '../plugin-source') : path.resolve(__dirname, '../../..'),
    config: {
      controller: {
        name: 'Riverside Clinic',
        contact: 'Privacy Office',
        email: 'privacy@riverside-clinic.example',
        phone: '+1 555 010 2000',
        address: '1 Riverside Plaza, Springfield',
        url: 'https://riverside-clinic.example',
      },
      policyUrl: 'https://riverside-clinic.example/privacy',
      jurisdiction: 'US',
      retentionYears: 6,
      reviewRoles: { testimonial: ['privacy', 'medical'], endorsement: ['legal'], 'health-content': ['medical'] },
      // Who may sign each review: members of these admin roles (by name or code).
      reviewAssignments: { medical: ['Medical reviewer'], privacy: ['Privacy reviewer'], legal: ['Legal reviewer'] },
      contentTypes: { 'api::testimonial.testimonial': { rules: { 'marketing.tone': 'warning' } } },
      allowedPhones: ['+1 555 010 2000'],
      allowedDomains: ['riverside-clinic.example'],
      enforceOnDatabaseWrites: true,
      reevaluation: {
        batchSize: env.int('COMPLIANCE_REEVALUATION_BATCH', 100),
        leaseSeconds: env.int('COMPLIANCE_REEVALUATION_LEASE_SECONDS', 60),
        pollSeconds: env.int('COMPLIANCE_REEVALUATION_POLL_SECONDS', 15),
      },
      expiry: { cron: env('COMPLIANCE_EXPIRY_CRON', '*/15 * * * *'), enabled: env.bool('COMPLIANCE_EXPIRY_ENABLED', true), noticeDays: [30, 7] },
      notifications: {
        digestMinutes: env.int('COMPLIANCE_DIGEST_MINUTES', 15),
        ...(env('COMPLIANCE_DIGEST_SECONDS') ? { digestSeconds: env.int('COMPLIANCE_DIGEST_SECONDS') } : {}),
        includeTitles: env.bool('COMPLIANCE_NOTIFY_TITLES', false),
        ...(env('COMPLIANCE_PRIVACY_OFFICE_EMAIL') ? { privacyOfficeEmail: env('COMPLIANCE_PRIVACY_OFFICE_EMAIL') } : {}),
      },
      // The audit signing key comes from COMPLIANCE_AUDIT_SIGNING_KEY; a witness only where a test runs one.
      ...(env('COMPLIANCE_AUDIT_WITNESS_URL', '')
        ? { audit: { witness: { url: env('COMPLIANCE_AUDIT_WITNESS_URL'), everyEvents: env.int('COMPLIANCE_AUDIT_WITNESS_EVERY_EVENTS', 100) } } }
        : {}),
    },
  },
  // Emails go to an SMTP server when SMTP_PORT is set (the tests start one on 127.0.0.1); without it, emails are off.
  ...(env('SMTP_PORT')
    ? {
        email: {
          config: {
            provider: 'nodemailer',
            providerOptions: { host: env('SMTP_HOST', '127.0.0.1'), port: env.int('SMTP_PORT'), secure: false, ignoreTLS: true },
            settings: { defaultFrom: 'Compliance <compliance@riverside-clinic.example>', defaultReplyTo: 'privacy@riverside-clinic.example' },
          },
        },
      }
    : {}),
  graphql: { enabled: true, config: { landingPage: false, playgroundAlways: false } },
  // End users (Users & Permissions) exist beside admins: the plugin must show them nothing.
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } },
});
