/** Routes use Strapi's admin::isAuthenticatedAdmin and admin::hasPermissions; no custom policy is needed. */
export default {};
