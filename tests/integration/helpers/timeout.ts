// Booting Strapi takes a while on a 2-core machine, and a busy machine slows every test (jest's
// default of 5 s once failed an admin component test): infrastructure, not a performance assertion.
jest.setTimeout(300000);
