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
      expiry: { cron: env('COMPLIANCE_EXPIRY_CRON', '*/15 * * * *'), enabled: env.bool('COMPLIANCE_EXPIRY_ENABLED', true) },
    },
  },
  graphql: { enabled: true, config: { landingPage: false, playgroundAlways: false } },
  // End users (Users & Permissions) exist beside admins: the plugin must show them nothing.
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } },
});
