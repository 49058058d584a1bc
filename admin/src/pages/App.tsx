import * as React from 'react';
import { Layouts, Page, useAuth } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';
import { useT } from '../hooks/useT';
import { canOpen, PAGE_PERMISSIONS, type ProtectedPage } from '../utils/permissions';
import { AuditPage } from './AuditPage';
import { ComplianceNav, type NavSection } from './ComplianceNav';
import { ConsentDetailPage } from './ConsentDetailPage';
import { ConsentsPage } from './ConsentsPage';
import { NotificationsPage } from './NotificationsPage';
import { OverviewPage } from './OverviewPage';
import { QueuePage } from './QueuePage';
import { SettingsPage } from './SettingsPage';
import { WebhooksPage } from './WebhooksPage';

/** A page only the holders of its permissions (PAGE_PERMISSIONS) may open; others see Strapi's "no permissions" page. */
const Protected = ({ page, children }: { page: ProtectedPage; children: React.ReactNode }) => (
  <Page.Protect permissions={PAGE_PERMISSIONS[page]}>{children}</Page.Protect>
);

/** The Compliance page (`/admin/plugins/compliance/*`): overview, queue, consents, audit trail, settings, my notifications. */
const App = () => {
  const t = useT();
  const granted = useAuth('ComplianceApp', (state) => state.permissions);
  const opens = (page: ProtectedPage) => canOpen(granted ?? [], page);

  const sections: Array<NavSection & { allowed: boolean }> = [
    { path: 'overview', group: 'work', label: t('nav.overview', 'Overview'), allowed: opens('overview') },
    { path: 'queue', group: 'work', label: t('nav.queue', 'Review queue'), allowed: opens('queue') },
    { path: 'consents', group: 'work', label: t('nav.consents', 'Consents'), allowed: opens('consents') },
    { path: 'audit', group: 'oversight', label: t('nav.audit', 'Audit trail'), allowed: opens('audit') },
    { path: 'settings', group: 'oversight', label: t('nav.settings', 'Settings'), allowed: opens('settings') },
    { path: 'webhooks', group: 'oversight', label: t('nav.webhooks', 'Webhook events'), allowed: opens('webhooks') },
    // Everyone who can open the plugin chooses their own emails.
    { path: 'notifications', group: 'me', label: t('nav.notifications', 'My notifications'), allowed: true },
  ];
  const allowed = sections.filter((section) => section.allowed);

  return (
    <Layouts.Root sideNav={<ComplianceNav sections={allowed} />}>
      <Page.Title>{t('plugin.name', 'Compliance')}</Page.Title>
      <Routes>
        <Route index element={allowed[0] ? <Navigate to={allowed[0].path} replace /> : <Page.NoPermissions />} />
        <Route
          path="overview"
          element={
            <Protected page="overview">
              <OverviewPage />
            </Protected>
          }
        />
        <Route
          path="queue"
          element={
            <Protected page="queue">
              <QueuePage />
            </Protected>
          }
        />
        <Route
          path="consents"
          element={
            <Protected page="consents">
              <ConsentsPage />
            </Protected>
          }
        />
        <Route
          path="consents/:documentId"
          element={
            <Protected page="consents">
              <ConsentDetailPage />
            </Protected>
          }
        />
        <Route
          path="audit"
          element={
            <Protected page="audit">
              <AuditPage />
            </Protected>
          }
        />
        <Route
          path="settings"
          element={
            <Protected page="settings">
              <SettingsPage />
            </Protected>
          }
        />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route
          path="webhooks"
          element={
            <Protected page="webhooks">
              <WebhooksPage />
            </Protected>
          }
        />
        <Route path="*" element={<Navigate to="/plugins/compliance" replace />} />
      </Routes>
    </Layouts.Root>
  );
};

export default App;
