import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, fileSlug, toCsv } from './csv';

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Communication')).toBe('Communication');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell('-0.25')).toBe('-0.25');
    expect(csvCell('+0.25')).toBe('+0.25');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Smith, Jo')).toBe('"Smith, Jo"');
    expect(csvCell('The "best" team')).toBe('"The ""best"" team"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('writes nothing for null and for numbers that are not finite', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(csvCell('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvCell('@handle')).toBe("'@handle");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('=HYPERLINK("http://x", "a,b")')).toBe('"\'=HYPERLINK(""http://x"", ""a,b"")"');
  });
});

describe('toCsv', () => {
  it('joins cells by commas and rows by CRLF, ending with one', () => {
    expect(
      toCsv([
        ['Leader', 'Measured on', 'Value'],
        ['Smith, Jo', '2026-03-01', 12.5],
        ['Ann', '2026-03-02', null],
      ]),
    ).toBe('Leader,Measured on,Value\r\n"Smith, Jo",2026-03-01,12.5\r\nAnn,2026-03-02,\r\n');
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});

describe('file names', () => {
  it('makes any text fit for a file name', () => {
    expect(fileSlug('Leaders 2026: Wave 1')).toBe('leaders-2026-wave-1');
    expect(fileSlug('  Café Crème / Équipe  ')).toBe('cafe-creme-equipe');
    expect(fileSlug('***')).toBe('');
  });

  it('joins program and section', () => {
    expect(csvFileName('Leaders 2026', '360-change')).toBe('leaders-2026-360-change.csv');
    expect(csvFileName('***', 'retention')).toBe('retention.csv');
    expect(csvFileName('', '')).toBe('table.csv');
  });
});
