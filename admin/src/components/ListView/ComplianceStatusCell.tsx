import * as React from 'react';
import { getFetchClient } from '@strapi/strapi/admin';
import type { EntryStatus, GetStatuses } from '../../../../shared/contracts/statuses';
import { useCompliancePermissions } from '../../hooks/usePermissions';
import type { RowStatus } from '../../utils/checks';
import { createBatcher } from '../../utils/batch';
import { createPromiseCache } from '../../utils/limit';
import { withQuery } from '../../utils/urls';
import { RowStatusBadge } from '../shared/Badges';

/** The badge of a stored status: a failing blocker blocks, a failing warning warns. */
export const statusBadge = (status: EntryStatus): RowStatus => {
  if (!status.passed || status.failing.length) return 'blocked';
  return status.warnings.length ? 'warnings' : 'passed';
};

const GROUP_SEPARATOR = '\u0000';

/* The cells of one list page ask in the same tick: one GET /compliance/statuses per page (README, "List view"). */
const loadPage = createBatcher<EntryStatus>(async (group, documentIds) => {
  const [uid, locale] = group.split(GROUP_SEPARATOR);
  const { get } = getFetchClient();
  const url = withQuery('/compliance/statuses', { uid, ...(locale ? { locale } : {}) });
  const ids = documentIds.map((documentId) => `documentIds[]=${encodeURIComponent(documentId)}`).join('&');
  const { data } = await get<GetStatuses.Response>(`${url}${url.includes('?') ? '&' : '?'}${ids}`);
  return new Map(data.data.map((status) => [status.documentId, status]));
});
const cache = createPromiseCache<RowStatus | null>(500);

const loadStatus = async (uid: string, documentId: string, locale: string | null) => {
  const status = await loadPage(`${uid}${GROUP_SEPARATOR}${locale ?? ''}`, documentId);
  return status ? statusBadge(status) : null;
};

interface ComplianceStatusCellProps {
  model: string;
  documentId: string;
  locale: string | null;
  updatedAt: string | null;
}

/** The list view's compliance badge for one row; shows nothing if the status cannot be read. */
export const ComplianceStatusCell = ({ model, documentId, locale, updatedAt }: ComplianceStatusCellProps) => {
  const { checksRead } = useCompliancePermissions();
  const key = `${model}|${documentId}|${locale ?? ''}|${updatedAt ?? ''}`;
  // The badge of the row as it is now: a status loaded for another key (an older save) is not shown.
  const [loaded, setLoaded] = React.useState<{ key: string; status: RowStatus | null } | null>(null);
  React.useEffect(() => {
    let live = true;
    if (!checksRead) return undefined;
    cache
      .get(key, () => loadStatus(model, documentId, locale))
      .then(
        (value) => live && setLoaded({ key, status: value }),
        () => live && setLoaded({ key, status: null }),
      );
    return () => {
      live = false;
    };
  }, [checksRead, key, model, documentId, locale]);
  const status = checksRead && loaded?.key === key ? loaded.status : null;
  return status ? <RowStatusBadge status={status} /> : <span aria-hidden>-</span>;
};
