import * as React from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Typography } from '@strapi/design-system';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
import type { EntryRef } from '../../../../shared/contracts/common';
import { useGetChecksQuery } from '../../api/compliance';
import { useT } from '../../hooks/useT';
import { failureOf, isUnmarkedTypeFailure } from '../../utils/errors';
import { isMarkedForCompliance } from '../../utils/marked';
import { PanelContent } from './PanelContent';

/**
 * The "Compliance" side panel of the Content Manager edit view. A panel is a description
 * component: it may use hooks and returns `{ title, content }`, or null to stay hidden, which it
 * does for types whose schema is not marked for compliance and for users who may not read checks
 * (403). The checklist reloads by itself after a save (the Content Manager's document tag) and
 * after a review, waiver or consent change (the plugin's tags).
 */
export const CompliancePanel: PanelComponent = ({ model, documentId, document }) => {
  const t = useT();
  const { contentType } = useContentManagerContext();
  const marked = isMarkedForCompliance(contentType?.pluginOptions);
  const id = documentId ?? (typeof document?.documentId === 'string' ? document.documentId : undefined);
  const locale = typeof document?.locale === 'string' ? document.locale : null;
  const entry = React.useMemo<EntryRef>(() => ({ uid: model, documentId: id ?? '', locale }), [model, id, locale]);
  const checks = useGetChecksQuery(entry, { skip: !marked || !id });

  if (!marked) return null;
  const title = t('panel.title', 'Compliance');
  if (!id) {
    return {
      title,
      content: (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.unsaved', 'Save the entry to see its compliance checklist.')}
        </Typography>
      ),
    };
  }
  const failure = failureOf(checks.error);
  // A type the config disables while its schema marks it: the server says so with its code.
  if (failure && (isUnmarkedTypeFailure(failure) || failure.status === 403 || failure.status === 401)) return null;
  const updatedAt = typeof document?.updatedAt === 'string' ? document.updatedAt : null;
  return { title, content: <PanelContent entry={entry} checks={checks} updatedAt={updatedAt} /> };
};

CompliancePanel.displayName = 'CompliancePanel';
