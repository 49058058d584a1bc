import {
  auditExportParams,
  exportFileName,
  fileNameFromDisposition,
  receiptFileName,
  sanitizeFileName,
  saveBlob,
} from '../../admin/src/utils/download';
import { dayRange } from '../../admin/src/utils/audit';

describe('export file names', () => {
  const now = new Date('2026-01-31T09:30:05.123Z');

  it('names exports after what they hold, the time, and the format', () => {
    expect(exportFileName('compliance-audit', 'ndjson', now)).toBe('compliance-audit-2026-01-31T09-30-05-123Z.ndjson');
    expect(exportFileName('compliance-audit', 'csv', now)).toBe('compliance-audit-2026-01-31T09-30-05-123Z.csv');
    expect(exportFileName('consent-register', 'csv', now)).toBe('consent-register-2026-01-31T09-30-05-123Z.csv');
    expect(receiptFileName('7d4b6c1e-1111-4222-8333-944455556666')).toBe('consent-receipt-7d4b6c1e-1111-4222-8333-944455556666.json');
  });

  it('prefers the name the server gives in Content-Disposition', () => {
    expect(fileNameFromDisposition('attachment; filename="compliance-audit-2026-01-31T09-30-05-123Z.csv"')).toBe(
      'compliance-audit-2026-01-31T09-30-05-123Z.csv',
    );
    expect(fileNameFromDisposition('attachment; filename=receipt.json')).toBe('receipt.json');
    expect(fileNameFromDisposition('attachment; filename="fallback.json"; filename*=UTF-8\'\'re%C3%A7u.json')).toBe('reçu.json');
    expect(fileNameFromDisposition('inline')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });

  it('never lets a suggested name escape the download folder', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(sanitizeFileName('a:b*c?.csv')).toBe('a_b_c_.csv');
    expect(sanitizeFileName('///')).toBe('download');
  });
});

describe('audit export query', () => {
  it('sends the format and only the filters that are set', () => {
    expect(auditExportParams('csv', { from: '2026-01-01T00:00:00.000Z', action: 'publish.blocked', uid: ' ', documentId: '' })).toEqual({
      format: 'csv',
      from: '2026-01-01T00:00:00.000Z',
      action: 'publish.blocked',
    });
    expect(auditExportParams('ndjson', {})).toEqual({ format: 'ndjson' });
  });

  it('turns picked days into a range from the start of the first to the end of the last', () => {
    const range = dayRange(new Date(2026, 0, 1, 15), new Date(2026, 0, 31, 8));
    expect(new Date(range.from as string).getTime()).toBe(new Date(2026, 0, 1, 0, 0, 0, 0).getTime());
    expect(new Date(range.to as string).getTime()).toBe(new Date(2026, 0, 31, 23, 59, 59, 999).getTime());
    expect(dayRange(undefined, undefined)).toEqual({});
  });
});

describe('saving a download', () => {
  it('downloads through a temporary link to an object URL named after the file, and leaves no link behind', () => {
    jest.useFakeTimers();
    const revoked: string[] = [];
    Object.assign(URL, { createObjectURL: () => 'blob:mock', revokeObjectURL: (url: string) => revoked.push(url) });
    const clicked: Array<{ href: string; download: string }> = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });

    saveBlob(new Blob(['{"seq":1}\n'], { type: 'application/x-ndjson' }), 'compliance-audit.ndjson');
    expect(clicked).toEqual([{ href: 'blob:mock', download: 'compliance-audit.ndjson' }]);
    expect(document.querySelectorAll('a').length).toBe(0);
    jest.runAllTimers();
    expect(revoked).toEqual(['blob:mock']);

    click.mockRestore();
    jest.useRealTimers();
  });
});
