'use strict';

/**
 * Starts the example app (production admin from `strapi build`, or any mode NODE_ENV says) and
 * prints "READY <port>" once it listens. Used by `npm start` here, the browser test and the
 * multi-instance test.
 *
 * Not `strapi start`: this JavaScript app has a tsconfig.json (so Strapi's CLI does not pick up
 * the plugin's), and the CLI then looks for a compiled output directory that does not exist.
 */
// Tests load the plugin's TypeScript source (config/plugins.js picks it) without a build.
if (process.env.COMPLIANCE_PLUGIN_SOURCE === 'true') require('../../scripts/register-ts.js');

const { createStrapi } = require('@strapi/strapi');

const appDir = __dirname;
createStrapi({ appDir, distDir: appDir })
  .start()
  .then((strapi) => {
    process.stdout.write(`READY ${strapi.config.get('server.port')}\n`);
    const stop = () => strapi.destroy().then(() => process.exit(0), () => process.exit(1));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  })
  .catch((error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  });
