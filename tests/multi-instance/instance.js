'use strict';

/** One Strapi process of the example app (plugin loaded from source); prints READY when listening. */
require('../../scripts/register-ts.js');
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '../app');
createStrapi({ appDir, distDir: appDir })
  .start()
  .then((strapi) => {
    process.stdout.write(`READY ${strapi.config.get('server.port')}\n`);
    const stop = () => strapi.destroy().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  })
  .catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  });
