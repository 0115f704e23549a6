import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvReader, CsvSyntaxError, type CsvRecord } from './csv-reader.js';

function readAll(text: string, chunkSize = text.length || 1): CsvRecord[] {
  const reader = createCsvReader();
  const records: CsvRecord[] = [];
  for (let start = 0; start < text.length; start += chunkSize)
    records.push(...reader.push(text.slice(start, start + chunkSize)));
  records.push(...reader.end());
  return records;
}

describe('createCsvReader', () => {
  it('reads plain records with their line numbers, skipping blank lines', () => {
    expect(readAll('a,b\n1,2\n\n3,\n')).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', '2'], line: 2 },
      { cells: ['3', ''], line: 4 },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(readAll('name,note\n"Chen, Wei","said ""hi""\nthen left"\nx,y')).toEqual([
      { cells: ['name', 'note'], line: 1 },
      { cells: ['Chen, Wei', 'said "hi"\nthen left'], line: 2 },
      { cells: ['x', 'y'], line: 4 },
    ]);
  });

  it('accepts CRLF line ends and drops a byte-order mark', () => {
    expect(readAll('\uFEFFa,"b"\r\nc,d\r\n')).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['c', 'd'], line: 2 },
    ]);
  });

  it('gives the same records however the text is split into chunks', () => {
    const text = 'id,text\n1,"a ""quoted""\r\nvalue"\r\n2,plain\n3,"",\n"4",x\n';
    const whole = readAll(text);
    for (const size of [1, 2, 3, 5, 8]) expect(readAll(text, size)).toEqual(whole);
  });

  it('reports an unclosed quote with the line it started on', () => {
    expect(() => readAll('a\n"never closed\nmore')).toThrow(CsvSyntaxError);
    try {
      readAll('a\n"never closed\nmore');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
  });

  it('refuses a quote inside an unquoted field and text after a closing quote', () => {
    expect(() => readAll('a,b"c\n')).toThrow(/quote inside an unquoted field/);
    expect(() => readAll('"a"b,c\n')).toThrow(/after a closing quote/);
  });

  it('round-trips any table written by the usual quoting rule', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é') });
    const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 7 }),
        (rows, chunk) => {
          // Rows have two cells or more, so none is written as a blank line (which the reader skips).
          const text = rows.map((row) => row.map(quote).join(',')).join('\n');
          expect(readAll(text, chunk).map((record) => record.cells)).toEqual(rows);
        },
      ),
    );
  });
});
