import * as React from 'react';
import { Layouts, Page, useAuth } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';
import { useCompliancePermissions } from '../hooks/usePermissions';
import { useT } from '../hooks/useT';
import { AuditPage } from './AuditPage';
import { ComplianceNav, type NavSection } from './ComplianceNav';
import { ConsentDetailPage } from './ConsentDetailPage';
import { ConsentsPage } from './ConsentsPage';
import { NotificationsPage } from './NotificationsPage';
import { OverviewPage } from './OverviewPage';
import { QueuePage } from './QueuePage';
import { SettingsPage } from './SettingsPage';
import { WebhooksPage } from './WebhooksPage';

/** The Compliance page (`/admin/plugins/compliance/*`): overview, queue, consents, audit trail, settings, my notifications. */
const App = () => {
  const t = useT();
  const permissions = useCompliancePermissions();
  const canReadWebhooks = useAuth('ComplianceApp', (state) => (state.permissions ?? []).some((permission) => permission.action === 'admin::webhooks.read'));

  const sections: Array<NavSection & { allowed: boolean }> = [
    { path: 'overview', group: 'work', label: t('nav.overview', 'Overview'), allowed: permissions.checksRead },
    { path: 'queue', group: 'work', label: t('nav.queue', 'Review queue'), allowed: permissions.checksRead },
    { path: 'consents', group: 'work', label: t('nav.consents', 'Consents'), allowed: permissions.consentsRead },
    { path: 'audit', group: 'oversight', label: t('nav.audit', 'Audit trail'), allowed: permissions.auditExport },
    { path: 'settings', group: 'oversight', label: t('nav.settings', 'Settings'), allowed: permissions.settingsRead },
    { path: 'webhooks', group: 'oversight', label: t('nav.webhooks', 'Webhook events'), allowed: canReadWebhooks },
    // Everyone who can open the plugin chooses their own emails.
    { path: 'notifications', group: 'me', label: t('nav.notifications', 'My notifications'), allowed: true },
  ];
  const allowed = sections.filter((section) => section.allowed);
  const guard = (ok: boolean, element: React.ReactElement) => (ok ? element : <Page.NoPermissions />);

  return (
    <Layouts.Root sideNav={<ComplianceNav sections={allowed} />}>
      <Page.Title>{t('plugin.name', 'Compliance')}</Page.Title>
      <Routes>
        <Route index element={allowed[0] ? <Navigate to={allowed[0].path} replace /> : <Page.NoPermissions />} />
        <Route path="overview" element={guard(permissions.checksRead, <OverviewPage />)} />
        <Route path="queue" element={guard(permissions.checksRead, <QueuePage />)} />
        <Route path="consents" element={guard(permissions.consentsRead, <ConsentsPage />)} />
        <Route path="consents/:documentId" element={guard(permissions.consentsRead, <ConsentDetailPage />)} />
        <Route path="audit" element={guard(permissions.auditExport, <AuditPage />)} />
        <Route path="settings" element={guard(permissions.settingsRead, <SettingsPage />)} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="webhooks" element={guard(canReadWebhooks, <WebhooksPage />)} />
        <Route path="*" element={<Navigate to="/plugins/compliance" replace />} />
      </Routes>
    </Layouts.Root>
  );
};

export default App;
