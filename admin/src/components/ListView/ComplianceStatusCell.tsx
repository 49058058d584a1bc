import * as React from 'react';
import { getFetchClient } from '@strapi/strapi/admin';
import type { GetChecks } from '../../../../shared/contracts/checks';
import { useCompliancePermissions } from '../../hooks/usePermissions';
import { rowStatus, type RowStatus } from '../../utils/checks';
import { createLimiter, createPromiseCache } from '../../utils/limit';
import { segment, withQuery } from '../../utils/urls';
import { RowStatusBadge } from '../shared/Badges';

/* One checklist per row is an evaluation on the server: run few at once and reuse answers until the entry changes. */
const limit = createLimiter(3);
const cache = createPromiseCache<RowStatus>(500);

const loadStatus = (uid: string, documentId: string, locale: string | null) => {
  const { get } = getFetchClient();
  const url = withQuery(`/compliance/checks/${segment(uid)}/${segment(documentId)}`, { locale: locale ?? undefined });
  return limit(async () => rowStatus((await get<GetChecks.Response>(url)).data.data));
};

interface ComplianceStatusCellProps {
  model: string;
  documentId: string;
  locale: string | null;
  updatedAt: string | null;
}

/** The list view's compliance badge for one row; shows nothing if the checklist cannot be read. */
export const ComplianceStatusCell = ({ model, documentId, locale, updatedAt }: ComplianceStatusCellProps) => {
  const { checksRead } = useCompliancePermissions();
  const [status, setStatus] = React.useState<RowStatus | null>(null);
  React.useEffect(() => {
    let live = true;
    setStatus(null);
    if (!checksRead) return undefined;
    cache
      .get(`${model}|${documentId}|${locale ?? ''}|${updatedAt ?? ''}`, () => loadStatus(model, documentId, locale))
      .then(
        (value) => live && setStatus(value),
        () => live && setStatus(null),
      );
    return () => {
      live = false;
    };
  }, [checksRead, model, documentId, locale, updatedAt]);
  return status ? <RowStatusBadge status={status} /> : <span aria-hidden>-</span>;
};
