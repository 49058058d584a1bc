import { SEVERITIES, type SeverityOverride } from '../../../shared/rule-ids';
import { BUILT_IN_RULES, type Rule } from '../rules';
import type { MarkedType } from './marked-types';

export interface ActiveRule {
  rule: Rule;
  severity: SeverityOverride;
}

/** The rule registry. Developers add their own with `strapi.plugin('compliance').service('rules').register(rule)`. */
export const createRulesService = () => {
  const rules = new Map<string, Rule>(BUILT_IN_RULES.map((rule) => [rule.id, rule]));

  return {
    register(rule: Rule) {
      const problems: string[] = [];
      if (!rule || typeof rule !== 'object') throw new Error('compliance: register(rule) needs a rule object');
      if (typeof rule.id !== 'string' || !/^[a-z0-9][a-z0-9.-]*$/.test(rule.id)) problems.push('id must be a lowercase string like "brand.tagline"');
      if (typeof rule.title !== 'string' || !rule.title) problems.push('title is required');
      if (rule.titleId !== undefined && (typeof rule.titleId !== 'string' || !rule.titleId)) problems.push('titleId, when given, must be a translation id string');
      if (!SEVERITIES.includes(rule.severity)) problems.push(`severity must be ${SEVERITIES.join(' or ')}`);
      if (typeof rule.appliesTo !== 'function') problems.push('appliesTo(profile, contentType) must be a function');
      if (typeof rule.evaluate !== 'function') problems.push('evaluate(entry, context) must be a function');
      if (rules.has(rule.id)) problems.push(`a rule with id "${rule.id}" is already registered`);
      if (problems.length) throw new Error(`compliance: cannot register rule ${JSON.stringify(rule?.id)}: ${problems.join('; ')}`);
      rules.set(rule.id, rule);
    },
    get: (id: string) => rules.get(id),
    list: () => [...rules.values()],
    /** The rules that apply to a type, with config and runtime overrides applied ('off' included). */
    forType(type: MarkedType, runtime: Record<string, SeverityOverride> = {}): ActiveRule[] {
      return [...rules.values()]
        .filter((rule) => rule.appliesTo(type.profile, type))
        .map((rule) => ({ rule, severity: runtime[rule.id] ?? type.rules[rule.id] ?? rule.severity }));
    },
  };
};
