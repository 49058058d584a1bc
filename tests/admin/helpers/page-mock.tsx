import * as React from 'react';
import { dataLayerMock, type FakeFetchClient } from './store';

const Pass = ({ children }: { children?: React.ReactNode }) => <div>{children}</div>;
const Header = ({ title, primaryAction }: { title: React.ReactNode; primaryAction?: React.ReactNode }) => (
  <header>
    <h1>{title}</h1>
    {primaryAction}
  </header>
);

/**
 * `@strapi/strapi/admin` for a test that renders one of the plugin's pages: the test's data layer
 * and fetch client, the caller's permissions (read when a component asks), and plain layouts.
 */
export const pageMock = (client: () => FakeFetchClient, permissions: () => string[]) => ({
  ...dataLayerMock(client),
  useFetchClient: () => client(),
  useAuth: (_name: string, select: (state: { permissions: Array<{ action: string }> }) => unknown) =>
    select({ permissions: permissions().map((action) => ({ action })) }),
  useNotification: () => ({ toggleNotification: () => undefined }),
  Layouts: { Header, Content: Pass },
  Page: { Main: Pass, Loading: () => <p>loading</p> },
});
