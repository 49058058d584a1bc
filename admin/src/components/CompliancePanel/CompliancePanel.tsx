import * as React from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Typography } from '@strapi/design-system';
import type { EntryRef } from '../../../../shared/contracts/common';
import { useChecks } from '../../api/compliance';
import { useT } from '../../hooks/useT';
import { isUnmarkedTypeFailure } from '../../utils/errors';
import { markedTypes } from './markedTypes';
import { PanelContent } from './PanelContent';

/**
 * The "Compliance" side panel of the Content Manager edit view. A panel is a description
 * component: it may use hooks and returns `{ title, content }`, or null to stay hidden, which it
 * does for types not marked for compliance (the checks endpoint answers 400 for them) and for
 * users who may not read checks (403).
 */
export const CompliancePanel: PanelComponent = ({ model, documentId, document }) => {
  const t = useT();
  const id = documentId ?? (typeof document?.documentId === 'string' ? document.documentId : undefined);
  const locale = typeof document?.locale === 'string' ? document.locale : null;
  const entry = React.useMemo<EntryRef | null>(() => (id ? { uid: model, documentId: id, locale } : null), [model, id, locale]);
  const refreshKey = document?.updatedAt ?? null;
  // A type seen to be unmarked stays unmarked for the session: don't ask (and log a 400) again.
  const knownUnmarked = markedTypes.get(model) === false;
  const checks = useChecks(knownUnmarked ? null : entry, refreshKey);

  const failure = checks.error;
  const unmarked = failure ? isUnmarkedTypeFailure(failure) : false;
  React.useEffect(() => {
    if (checks.data) markedTypes.set(model, true);
    else if (unmarked) markedTypes.set(model, false);
  }, [checks.data, unmarked, model]);

  const title = t('panel.title', 'Compliance');
  if (!entry) {
    // A new entry has no checklist yet; say so only where the type is known to be marked.
    return markedTypes.get(model)
      ? {
          title,
          content: (
            <Typography variant="pi" textColor="neutral600">
              {t('panel.unsaved', 'Save the entry to see its compliance checklist.')}
            </Typography>
          ),
        }
      : null;
  }
  if (knownUnmarked || unmarked || failure?.status === 403 || failure?.status === 401) return null;
  if (!checks.data && !failure && !markedTypes.get(model)) return null;
  return { title, content: <PanelContent entry={entry} checks={checks} refreshKey={refreshKey} /> };
};

CompliancePanel.displayName = 'CompliancePanel';
