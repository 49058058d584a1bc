/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV Injection"): it begins with `=`, `+`,
 * `-`, `@`, a tab or a carriage return. Such a cell gets a leading `'`, which spreadsheets show
 * as text and do not evaluate.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutralizeFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/**
 * RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled, lines end in CRLF.
 * Every cell is made spreadsheet-safe first (see `neutralizeFormula`).
 */
export const csvField = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  const raw = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const text = neutralizeFormula(raw);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const csvRow = (values: unknown[]): string => `${values.map(csvField).join(',')}\r\n`;
