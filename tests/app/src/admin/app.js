/** The admin's languages besides English: users pick one under their profile (README "Checklist languages"). */
export default {
  config: { locales: ['fr', 'es'] },
  bootstrap() {},
};
