import * as path from 'node:path';

/** The parts of Strapi's `Form` (`@strapi/admin`, components/Form) the plugin uses. */
export interface StrapiFormModule {
  Form: typeof import('@strapi/strapi/admin').Form;
  useForm: typeof import('@strapi/strapi/admin').useForm;
  useField: typeof import('@strapi/strapi/admin').useField;
}

/**
 * Strapi's real `Form`, `useForm` and `useField`, for a test's mock of `@strapi/strapi/admin`
 * (the whole admin package does not load in jsdom). Its one ESM-only import, used only to key
 * rows of object lists (which the plugin's forms do not have), is replaced.
 */
export const strapiForm = (): StrapiFormModule => {
  jest.doMock('fractional-indexing', () => ({ generateNKeysBetween: () => ['a0'] }));
  const module: StrapiFormModule = jest.requireActual(path.resolve(__dirname, '../../../node_modules/@strapi/admin/dist/admin/admin/src/components/Form.js'));
  return { Form: module.Form, useForm: module.useForm, useField: module.useField };
};
