'use strict';
// Only used when COMPLIANCE_PLUGIN_SOURCE=true: the TypeScript is compiled on require (by
// scripts/register-ts.js in the integration suite and the extra Strapi processes of the tests).
module.exports = require('../../../server/src/index.ts').default;
