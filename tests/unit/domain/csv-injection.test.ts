import { csvField, csvRow, neutralizeFormula } from '../../../server/src/domain/csv';
import { auditCsvLine, auditNdjsonLine } from '../../../server/src/domain/audit-export';
import { GENESIS_HASH, hashEvent } from '../../../server/src/domain/audit-chain';

describe('spreadsheet-safe CSV cells (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('prefixes %j with a quote', (value, cell) => {
    expect(csvField(value)).toBe(cell);
  });

  it.each([['Dana Whitfield'], ['a=b'], ['x-ray'], ['2026-01-01T00:00:00.000Z'], ['{"k":"=v"}'], [' =leading space']])('leaves %j as it is', (value) => {
    expect(neutralizeFormula(value)).toBe(value);
  });

  it('applies to numbers and objects turned into text as well', () => {
    expect(csvRow([-5, 3, null])).toBe("'-5,3,\r\n");
  });

  it('changes nothing in NDJSON, which stays byte-exact', () => {
    const body = { seq: 1, occurredAt: '2026-01-01T00:00:00.000Z', action: 'consent.created', actor: { type: 'admin' as const, id: 1, email: '=cmd@x.example' }, subject: null, data: { subjectName: '=HYPERLINK("x")' } };
    const event = { ...body, prevHash: GENESIS_HASH, hash: hashEvent(GENESIS_HASH, body) };
    expect(JSON.parse(auditNdjsonLine(event))).toEqual(event);
    expect(auditNdjsonLine(event)).toContain('"email":"=cmd@x.example"');
    expect(auditCsvLine(event)).toContain(",'=cmd@x.example,");
  });
});
