import * as React from 'react';
import {
  Badge,
  Box,
  Button,
  EmptyStateLayout,
  Flex,
  Loader,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Tr,
  Typography,
} from '@strapi/design-system';
import { TableHead } from '../components/shared/TableHead';
import { Check } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import type { ContentTypeSettings } from '../../../shared/contracts/checks';
import type { SeverityOverride } from '../../../shared/rule-ids';
import { useGetSettingsQuery, useUpdateSettingsMutation } from '../api/compliance';
import { ErrorAlert } from '../components/shared/ErrorAlert';
import { useChecklistText } from '../hooks/useChecklistText';
import { useCompliancePermissions } from '../hooks/usePermissions';
import { useT, type Translate } from '../hooks/useT';
import { failureOf } from '../utils/errors';
import { buildSettingsUpdate, canChooseSeverity, hasChanges, isCoreProtection, SEVERITY_OPTIONS, severitiesOf, type SeverityDraft } from '../utils/settings';
import { useOnChange } from '../hooks/useOnChange';

const severityLabel = (t: Translate, severity: SeverityOverride) =>
  ({
    blocker: t('settings.severity.blocker', 'Blocker'),
    warning: t('settings.severity.warning', 'Warning'),
    off: t('settings.severity.off', 'Off'),
  })[severity];

interface TypeCardProps {
  type: ContentTypeSettings;
  draft: Record<string, SeverityOverride>;
  onChange: (ruleId: string, severity: SeverityOverride) => void;
  canManage: boolean;
  errors: Record<string, string>;
}

const TypeCard = ({ type, draft, onChange, canManage, errors }: TypeCardProps) => {
  const t = useT();
  const text = useChecklistText();
  const fields = Object.entries(type.fields).filter(([, attribute]) => attribute);
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex gap={2} wrap="wrap" alignItems="center">
          <Typography variant="delta" tag="h2">
            {type.displayName}
          </Typography>
          <Badge>{type.profile}</Badge>
          {type.localized ? <Badge variant="secondary">{t('settings.localized', 'Localized')}</Badge> : null}
        </Flex>
        <Typography variant="pi" textColor="neutral600">
          {type.uid}
        </Typography>
        <Typography variant="omega">
          {t('settings.fields', 'Field roles: {fields}', {
            fields: fields.length ? fields.map(([role, attribute]) => `${role} → ${attribute}`).join(', ') : '—',
          })}
        </Typography>
        <Typography variant="omega">
          {t('settings.reviewRoles', 'Required reviews: {roles}', { roles: type.reviewRoles.length ? type.reviewRoles.join(', ') : '—' })}
        </Typography>
        <Table colCount={3} rowCount={type.rules.length + 1}>
          <TableHead columns={[t('settings.column.rule', 'Rule'), t('settings.column.default', 'Default'), t('settings.column.severity', 'Severity')]} />
          <Tbody>
            {type.rules.map((rule) => {
              const error = errors[`contentTypes.${type.uid}.rules.${rule.id}`];
              return (
                <Tr key={rule.id}>
                  <Td>
                    <Flex direction="column" alignItems="flex-start">
                      <Typography fontWeight="semiBold">{text.title(rule)}</Typography>
                      <Typography variant="pi" textColor="neutral600">
                        {rule.id}
                      </Typography>
                      {isCoreProtection(rule.id) ? (
                        <Typography variant="pi" textColor="neutral600">
                          {t('settings.core', 'Core protection: only the plugin config file can lower it.')}
                        </Typography>
                      ) : null}
                      {error ? (
                        <Typography variant="pi" textColor="danger600">
                          {error}
                        </Typography>
                      ) : null}
                    </Flex>
                  </Td>
                  <Td>
                    <Typography variant="pi">{severityLabel(t, rule.defaultSeverity)}</Typography>
                  </Td>
                  <Td>
                    <SingleSelect
                      aria-label={t('settings.severity.label', 'Severity of {rule}', { rule: rule.title })}
                      size="S"
                      value={draft[rule.id] ?? rule.severity}
                      disabled={!canManage}
                      hasError={Boolean(error)}
                      onChange={(value) => onChange(rule.id, String(value) as SeverityOverride)}
                    >
                      {SEVERITY_OPTIONS.map((severity) => (
                        <SingleSelectOption key={severity} value={severity} disabled={!canChooseSeverity(rule.id, severity)}>
                          {severityLabel(t, severity)}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      </Flex>
    </Box>
  );
};

/** Rule severities per marked content type (blocker / warning / off), saved as runtime overrides. */
export const SettingsPage = () => {
  const t = useT();
  const permissions = useCompliancePermissions();
  const { toggleNotification } = useNotification();
  const settings = useGetSettingsQuery();
  const [updateSettings, updating] = useUpdateSettingsMutation();
  const saving = updating.isLoading;
  const failure = failureOf(updating.error);
  const [original, setOriginal] = React.useState<SeverityDraft>({});
  const [draft, setDraft] = React.useState<SeverityDraft>({});

  useOnChange(settings.data, (data) => {
    if (data) {
      const loaded = severitiesOf(data.contentTypes);
      setOriginal(loaded);
      setDraft(loaded);
    }
  });

  const update = buildSettingsUpdate(original, draft);
  const dirty = hasChanges(update);

  const save = async () => {
    const result = await updateSettings(update);
    if ('error' in result) return;
    const loaded = severitiesOf(result.data.contentTypes);
    setOriginal(loaded);
    setDraft(loaded);
    toggleNotification({ type: 'success', message: t('settings.saved', 'Settings saved') });
  };

  const types = settings.data?.contentTypes ?? [];
  return (
    <Page.Main>
      <Layouts.Header
        title={t('settings.title', 'Settings')}
        subtitle={
          settings.data
            ? t('settings.subtitle', 'Records are kept {years} years. Database writes around the gate are {enforced}.', {
                years: settings.data.retentionYears,
                enforced: settings.data.enforceOnDatabaseWrites ? t('settings.enforced', 'refused') : t('settings.notEnforced', 'allowed'),
              })
            : undefined
        }
        primaryAction={
          <Button
            startIcon={<Check />}
            loading={saving}
            disabled={!permissions.settingsManage || !dirty}
            title={permissions.settingsManage ? undefined : t('settings.noManage', 'Changing rules needs the “Manage settings” permission.')}
            onClick={save}
          >
            {t('action.save', 'Save')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {!permissions.settingsManage ? (
            <Typography variant="pi" textColor="neutral600">
              {t('settings.noManage', 'Changing rules needs the “Manage settings” permission.')}
            </Typography>
          ) : null}
          {failure ? <ErrorAlert failure={failure} onClose={updating.reset} /> : null}
          {settings.error ? <ErrorAlert failure={settings.error} /> : null}
          {settings.isLoading ? (
            <Flex justifyContent="center" padding={8}>
              <Loader>{t('loading', 'Loading…')}</Loader>
            </Flex>
          ) : types.length === 0 && !settings.error ? (
            <EmptyStateLayout
              content={t(
                'settings.empty',
                'No content type is marked for compliance. Add pluginOptions.compliance to a schema or config.contentTypes.',
              )}
            />
          ) : (
            types.map((type) => (
              <TypeCard
                key={type.uid}
                type={type}
                draft={draft[type.uid] ?? {}}
                canManage={permissions.settingsManage}
                errors={failure?.fieldErrors ?? {}}
                onChange={(ruleId, severity) => setDraft((previous) => ({ ...previous, [type.uid]: { ...previous[type.uid], [ruleId]: severity } }))}
              />
            ))
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
