// Booting Strapi takes a while on a 2-core machine; this is infrastructure, not a performance assertion.
jest.setTimeout(300000);
