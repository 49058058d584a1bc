import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { Shield } from '@strapi/icons';
import type { PluginDefinition, StrapiApp } from '@strapi/strapi/admin';
import { CompliancePanel } from './components/CompliancePanel/CompliancePanel';
import { addComplianceColumn } from './components/ListView/addComplianceColumn';
import { PLUGIN_ID } from './pluginId';
import { getTrad, translationsFor } from './utils/getTrad';
import { ACTIONS } from './utils/permissions';

type BootstrapApp = Parameters<NonNullable<PluginDefinition['bootstrap']>>[0];

/** The plugin's admin entry: menu link and page, edit-view side panel, list-view column, translations. */
const plugin = {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Compliance' });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Shield,
      intlLabel: { id: getTrad('plugin.name'), defaultMessage: 'Compliance' },
      // Shown to anyone holding at least one of these.
      permissions: [
        { action: ACTIONS.checksRead, subject: null },
        { action: ACTIONS.consentsRead, subject: null },
        { action: ACTIONS.auditExport, subject: null },
      ],
      Component: () => import('./pages/App'),
    });
    // Admin homepage widget: the caller's review queue and consents expiring soon.
    app.widgets.register({
      icon: Shield,
      title: { id: getTrad('widget.title'), defaultMessage: 'Compliance' },
      link: { label: { id: getTrad('widget.link'), defaultMessage: 'Open the overview' }, href: `/plugins/${PLUGIN_ID}/overview` },
      component: async () => (await import('./components/HomeWidget/ComplianceWidget')).ComplianceWidget,
      pluginId: PLUGIN_ID,
      id: 'compliance-overview',
      permissions: [{ action: ACTIONS.checksRead }],
    });
  },

  bootstrap(app: BootstrapApp) {
    const contentManager = app.getPlugin('content-manager');
    (contentManager.apis as ContentManagerPlugin['config']['apis']).addEditViewSidePanel([CompliancePanel]);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addComplianceColumn);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as { default: Record<string, string> };
          return { data: translationsFor(locale, data), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
} satisfies PluginDefinition;

export default plugin;
