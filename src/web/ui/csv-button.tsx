import { Button, type ButtonProps } from '@mantine/core';
import { toCsv, type CsvCell } from './csv';

export type CsvButtonProps = {
  /** The file's name, e.g. from `csvFileName`. */
  fileName: string;
  /** The header row first, then the rows exactly as the table shows them. */
  rows: readonly (readonly CsvCell[])[];
  /** What the table is, so each button on a page has its own name for screen readers. */
  what: string;
  className?: string;
} & Pick<ButtonProps, 'size' | 'variant'>;

/** Builds the CSV in the browser and saves it; nothing goes to the server. */
export function CsvButton({ fileName, rows, what, className, size = 'xs', variant = 'default' }: CsvButtonProps) {
  function download() {
    // The byte order mark makes spreadsheet programs read the file as UTF-8, accents and all.
    const blob = new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // Some browsers start the download only after this task; revoking at once could cancel it.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  return (
    <Button size={size} variant={variant} onClick={download} aria-label={`Download CSV: ${what}`} className={className}>
      Download CSV
    </Button>
  );
}
