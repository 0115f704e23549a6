// Building a CSV file in the browser (RFC 4180), without React, so the rules are easy to test.

export type CsvCell = string | number | null;

// A spreadsheet runs a cell that starts like a formula; names typed by people must not run.
const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^[+-]?\d+(\.\d+)?$/;

/**
 * One cell as CSV text: quoted when it holds a comma, a quote or a line break (quotes doubled);
 * empty for null. Text that a spreadsheet would read as a formula gets a leading apostrophe,
 * except a plain signed number ("-0.4", "+0.4"), which must stay a number.
 *
 * @example csvCell('Smith, Jo') // '"Smith, Jo"'
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  let text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : cell;
  if (formulaStart.test(text) && !plainNumber.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as one CSV text, lines ended by CRLF as RFC 4180 asks; the first row is the header. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + (rows.length === 0 ? '' : '\r\n');
}

/**
 * A name fit for a file: lower case, runs of anything but letters and digits as one hyphen.
 *
 * @example fileSlug('Leaders 2026: Wave 1') // 'leaders-2026-wave-1'
 */
export function fileSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "<program>-<section>.csv", each part made fit for a file name; a part with nothing left is dropped. */
export function csvFileName(...parts: readonly string[]): string {
  const slugs = parts.map(fileSlug).filter((slug) => slug !== '');
  return `${slugs.length === 0 ? 'table' : slugs.join('-')}.csv`;
}
