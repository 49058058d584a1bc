'use strict';

/**
 * Starts the built example app (production mode, admin served from tests/app/build).
 *
 * `strapi start` cannot be used as is: tests/app/tsconfig.json (types only, no outDir) makes the
 * CLI treat the app as a TypeScript project and look for a compiled output directory that does
 * not exist. The app is JavaScript, so its dist directory is the app directory itself.
 */
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '../app');
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
