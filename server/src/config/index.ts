import { yup } from '@strapi/utils';
import { pluginConfigSchema } from './schema';

/**
 * Strapi merges user config into `default` with lodash `defaultsDeep`, which merges arrays index by
 * index (a user's `['legal']` over a default `['privacy', 'medical']` would become
 * `['legal', 'medical']`). So `default` stays empty and `resolveConfig` applies the defaults.
 */
export default {
  default: {},
  validator(config: unknown) {
    try {
      pluginConfigSchema.validateSync(config, { abortEarly: false, strict: true });
    } catch (error) {
      if (error instanceof yup.ValidationError) {
        throw new Error(`invalid plugin config: ${error.errors.join('; ')}`);
      }
      throw error;
    }
  },
};
