'use strict';
// Only used when COMPLIANCE_PLUGIN_SOURCE=true (jest transforms the TypeScript on require).
module.exports = require('../../../server/src/index.ts').default;
