import type { MessageDescriptor } from 'react-intl';
import { getTrad } from '../../utils/getTrad';
import { isMarkedForCompliance } from '../../utils/marked';
import { ComplianceStatusCell } from './ComplianceStatusCell';

type Row = { documentId?: unknown; locale?: unknown; updatedAt?: unknown };

/** What the Content Manager passes through `Admin/CM/pages/ListView/inject-column-in-table`. */
interface InjectColumnArgs<THeader> {
  displayedHeaders: THeader[];
  layout: { options?: object };
}

interface ComplianceHeader {
  attribute: { type: 'custom' };
  label: MessageDescriptor;
  name: string;
  searchable: false;
  sortable: false;
  cellFormatter: (row: Row, header: unknown, meta: { model: string; collectionType: string }) => JSX.Element | null;
}

/**
 * Adds a "Compliance" column to list views of types marked in their schema
 * (`pluginOptions.compliance.enabled`, which the list layout's options carry).
 */
export const addComplianceColumn = <THeader,>({ displayedHeaders, layout }: InjectColumnArgs<THeader>) => {
  if (!isMarkedForCompliance(layout.options)) return { displayedHeaders, layout };
  const header: ComplianceHeader = {
    attribute: { type: 'custom' },
    label: { id: getTrad('list.column'), defaultMessage: 'Compliance' },
    name: 'compliance',
    searchable: false,
    sortable: false,
    cellFormatter: (row, _header, meta) =>
      typeof row.documentId === 'string' ? (
        <ComplianceStatusCell
          model={meta.model}
          documentId={row.documentId}
          locale={typeof row.locale === 'string' ? row.locale : null}
          updatedAt={typeof row.updatedAt === 'string' ? row.updatedAt : null}
        />
      ) : null,
  };
  return { displayedHeaders: [...displayedHeaders, header as unknown as THeader], layout };
};
