import type { Core } from '@strapi/strapi';

interface GraphqlExtension {
  shadowCRUD(uid: string): { disable(): unknown };
}

/** Leaves content types out of the GraphQL schema, when the GraphQL plugin is installed. */
export const hideFromGraphql = (strapi: Core.Strapi, uids: string[]) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension') as GraphqlExtension;
  for (const uid of uids) extension.shadowCRUD(uid).disable();
};
