import { describe, expect, it } from 'vitest';
import { countCsvRows, createRecordCounter } from './csv-records';

const rowsOf = (text: string) => countCsvRows(new Blob([text]));

describe('countCsvRows', () => {
  it('counts the rows after the header, with or without a final newline', async () => {
    await expect(rowsOf('a,b\n1,2\n3,4\n')).resolves.toBe(2);
    await expect(rowsOf('a,b\r\n1,2\r\n3,4')).resolves.toBe(2);
  });

  it('skips blank lines and answers 0 for a header alone or an empty file', async () => {
    await expect(rowsOf('a,b\n\n1,2\n\r\n')).resolves.toBe(1);
    await expect(rowsOf('a,b\n')).resolves.toBe(0);
    await expect(rowsOf('')).resolves.toBe(0);
  });

  it('does not end a record at a newline inside quotes, escaped quotes included', async () => {
    await expect(rowsOf('a,b\n"line one\nline two",2\n"say ""hi""\n",3\n')).resolves.toBe(2);
  });

  it('gives the same count however the bytes are split into chunks', () => {
    const bytes = new TextEncoder().encode('name,goal\n"Zoë","grow\r\nfast"\nÅsa,lead\n');
    for (let size = 1; size <= bytes.length; size += 1) {
      const counter = createRecordCounter();
      for (let start = 0; start < bytes.length; start += size) counter.add(bytes.subarray(start, start + size));
      expect(counter.records()).toBe(3);
    }
  });
});
