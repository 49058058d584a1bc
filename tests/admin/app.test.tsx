import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { MemoryRouter, Route, Routes, Link } from 'react-router-dom';

/**
 * The Compliance section's routes: each page is wrapped in Strapi's `Page.Protect` with the
 * plugin's permissions (shared/permissions.ts), and the side navigation lists what the user may open.
 */
const granted: { permissions: Array<{ action: string; subject: string | null }> } = { permissions: [] };
const protectedWith: string[][] = [];

jest.mock(
  '@strapi/strapi/admin',
  () => {
    type Permission = { action: string; subject?: string | null };
    return {
      useAuth: (_name: string, select: (state: { permissions: Permission[] }) => unknown) => select({ permissions: granted.permissions }),
      Page: {
        // Strapi's Page.Protect for actions without conditions: the children for a holder of one of the permissions (same action and subject).
        Protect: ({ permissions = [], children }: { permissions?: Permission[]; children: React.ReactNode }) => {
          protectedWith.push(permissions.map((permission) => `${permission.action}|${String(permission.subject)}`));
          const holds = granted.permissions.some((user) => permissions.some((needed) => needed.action === user.action && needed.subject === user.subject));
          return holds ? <>{children}</> : <p>No permissions</p>;
        },
        NoPermissions: () => <p>No permissions</p>,
        Title: () => null,
      },
      Layouts: {
        Root: ({ sideNav, children }: { sideNav: React.ReactNode; children: React.ReactNode }) => (
          <div>
            {sideNav}
            {children}
          </div>
        ),
      },
      SubNav: {
        Main: ({ children }: { children: React.ReactNode }) => <nav>{children}</nav>,
        Header: () => null,
        Content: ({ children }: { children: React.ReactNode }) => <>{children}</>,
        Sections: ({ children }: { children: React.ReactNode }) => <>{children}</>,
        Section: ({ children }: { children: React.ReactNode }) => <>{children}</>,
        Link: ({ to, children }: { to: string; children: React.ReactNode }) => <Link to={to}>{children}</Link>,
      },
    };
  },
  { virtual: true }
);

// The pages themselves are tested on their own; here each only names itself.
jest.mock('../../admin/src/pages/OverviewPage', () => ({ OverviewPage: () => <h1>Overview page</h1> }));
jest.mock('../../admin/src/pages/QueuePage', () => ({ QueuePage: () => <h1>Queue page</h1> }));
jest.mock('../../admin/src/pages/ConsentsPage', () => ({ ConsentsPage: () => <h1>Consents page</h1> }));
jest.mock('../../admin/src/pages/ConsentDetailPage', () => ({ ConsentDetailPage: () => <h1>Consent page</h1> }));
jest.mock('../../admin/src/pages/AuditPage', () => ({ AuditPage: () => <h1>Audit page</h1> }));
jest.mock('../../admin/src/pages/SettingsPage', () => ({ SettingsPage: () => <h1>Settings page</h1> }));
jest.mock('../../admin/src/pages/NotificationsPage', () => ({ NotificationsPage: () => <h1>Notifications page</h1> }));
jest.mock('../../admin/src/pages/WebhooksPage', () => ({ WebhooksPage: () => <h1>Webhooks page</h1> }));

// Imported after the mocks are registered (jest hoists jest.mock above imports).
import App from '../../admin/src/pages/App';
import { PERMISSION_UIDS } from '../../shared/permissions';

const open = (path: string, actions: string[]) => {
  granted.permissions = actions.map((action) => ({ action, subject: null }));
  protectedWith.length = 0;
  return render(
    <MemoryRouter initialEntries={[path]}>
      <IntlProvider locale="en" messages={{}} onError={() => undefined}>
        <Routes>
          <Route path="/plugins/compliance/*" element={<App />} />
        </Routes>
      </IntlProvider>
    </MemoryRouter>
  );
};

describe('the Compliance section’s pages', () => {
  it.each([
    ['overview', 'Overview page', PERMISSION_UIDS.checksRead],
    ['queue', 'Queue page', PERMISSION_UIDS.checksRead],
    ['consents', 'Consents page', PERMISSION_UIDS.consentsRead],
    ['consents/c1', 'Consent page', PERMISSION_UIDS.consentsRead],
    ['audit', 'Audit page', PERMISSION_UIDS.auditExport],
    ['settings', 'Settings page', PERMISSION_UIDS.settingsRead],
    ['webhooks', 'Webhooks page', 'admin::webhooks.read'],
  ])('/%s opens with its permission only', (path, heading, action) => {
    const refused = open(`/plugins/compliance/${path}`, [PERMISSION_UIDS.reviewsApprove]);
    expect(screen.getByText('No permissions')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: heading })).toBeNull();
    expect(protectedWith.at(-1)).toEqual([`${action}|null`]);
    refused.unmount();

    open(`/plugins/compliance/${path}`, [action]);
    expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
  });

  it('lets anyone who opens the plugin choose their notifications', () => {
    open('/plugins/compliance/notifications', []);
    expect(screen.getByRole('heading', { name: 'Notifications page' })).toBeInTheDocument();
  });

  it('lists only the pages the user may open, and lands on the first', () => {
    open('/plugins/compliance', [PERMISSION_UIDS.consentsRead, PERMISSION_UIDS.auditExport]);
    expect(screen.getByRole('heading', { name: 'Consents page' })).toBeInTheDocument();
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Consents', 'Audit trail', 'My notifications']);
  });
});
