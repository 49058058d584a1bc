import { errors, validateYupSchema, yup } from '@strapi/utils';

/**
 * Query strings arrive as strings, so their schema must cast (non-strict). yup 0.32 drops unknown
 * keys while casting, before `noUnknown` can see them, so unknown parameters are refused here first.
 */
export const validateQuery = (schema: yup.AnyObjectSchema) => {
  const validate = validateYupSchema(schema, { strict: false });
  const known = new Set(Object.keys(schema.fields));
  return async (query: unknown) => {
    const unknown = Object.keys((query ?? {}) as Record<string, unknown>).filter((key) => !known.has(key));
    if (unknown.length) {
      throw new errors.ValidationError(`unknown query parameters: ${unknown.join(', ')}`, {
        errors: unknown.map((key) => ({ path: [key], message: `unknown query parameter "${key}" (allowed: ${[...known].join(', ')})`, name: 'ValidationError' })),
      });
    }
    return validate(query);
  };
};
