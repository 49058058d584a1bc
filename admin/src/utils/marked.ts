/**
 * Whether a content type is marked for compliance, from its schema's `pluginOptions` (or the list
 * layout's options, which carry them): README, "Install into your app". Types marked only in the
 * plugin config get the same flag at boot (docs/architecture.md, "Marked types").
 */
export const isMarkedForCompliance = (pluginOptions: object | null | undefined): boolean => {
  const compliance: unknown = pluginOptions && 'compliance' in pluginOptions ? pluginOptions.compliance : undefined;
  return typeof compliance === 'object' && compliance !== null && 'enabled' in compliance && compliance.enabled === true;
};
