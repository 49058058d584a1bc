import manifest from '../../strapi-plugin.json';
import pkg from '../../package.json';
import contentTypes from '../../server/src/content-types';
import { ACTIONS } from '../../shared/permissions';
import { BUILT_IN_RULES } from '../../server/src/rules';
import { RULE_IDS } from '../../shared/rule-ids';
import { AUDIT_ACTIONS } from '../../shared/contracts/audit';

/** strapi-plugin.json is what developers and tools read: it must say what the code does. */
describe('strapi-plugin.json', () => {
  it('names the package and the Strapi range of package.json', () => {
    expect(manifest.package).toBe(pkg.name);
    expect(manifest.name).toBe(pkg.strapi.name);
    expect(manifest.strapi).toBe(pkg.peerDependencies['@strapi/strapi']);
  });

  it('lists exactly the content types the server registers', () => {
    expect(manifest.contentTypes).toEqual(Object.keys(contentTypes).map((name) => `plugin::compliance.${name}`));
  });

  it('lists exactly the permissions the server registers', () => {
    expect(manifest.permissions).toEqual(ACTIONS.map((action) => `plugin::compliance.${action.uid}`));
  });

  it('lists exactly the built-in rules, in checklist order', () => {
    expect(manifest.rules).toEqual(BUILT_IN_RULES.map((rule) => rule.id));
    expect(manifest.rules).toEqual([...RULE_IDS]);
  });

  it('lists exactly the audit actions', () => {
    expect(manifest.auditActions).toEqual([...AUDIT_ACTIONS]);
  });
});
