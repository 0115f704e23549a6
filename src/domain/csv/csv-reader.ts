/** One record of a CSV file and the line it starts on (1-based, counting every physical line). */
export type CsvRecord = { cells: string[]; line: number };

export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

type Parsed = { cells: string[]; end: number; newlines: number } | null;

/**
 * Reads one record that contains quotes, starting at `start`. Answers null when the text ends
 * before the record does and more text may come.
 */
function readQuotedRecord(text: string, start: number, isFinal: boolean, line: number): Parsed {
  const cells: string[] = [];
  let newlines = 0;
  let position = start;
  for (;;) {
    let field = '';
    if (text.charCodeAt(position) === 34 /* " */) {
      position++;
      for (;;) {
        const quote = text.indexOf('"', position);
        if (quote === -1) {
          if (isFinal) throw new CsvSyntaxError('a quoted field is never closed', line);
          return null;
        }
        const part = text.slice(position, quote);
        field += part;
        for (let index = part.indexOf('\n'); index !== -1; index = part.indexOf('\n', index + 1)) newlines++;
        if (quote + 1 >= text.length && !isFinal) return null;
        if (text.charCodeAt(quote + 1) === 34) {
          field += '"';
          position = quote + 2;
          continue;
        }
        position = quote + 1;
        break;
      }
    } else {
      let end = position;
      while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === 44 /* , */ || code === 10 /* \n */ || code === 13 /* \r */) break;
        if (code === 34)
          throw new CsvSyntaxError('a quote inside an unquoted field (quote the whole field)', line + newlines);
        end++;
      }
      field = text.slice(position, end);
      position = end;
    }
    cells.push(field);
    if (position >= text.length) {
      if (!isFinal) return null;
      return { cells, end: position, newlines };
    }
    const code = text.charCodeAt(position);
    if (code === 44) {
      position++;
      continue;
    }
    if (code === 10) return { cells, end: position + 1, newlines: newlines + 1 };
    if (code === 13) {
      if (position + 1 >= text.length && !isFinal) return null;
      if (text.charCodeAt(position + 1) === 10) return { cells, end: position + 2, newlines: newlines + 1 };
      return { cells, end: position + 1, newlines: newlines + 1 };
    }
    throw new CsvSyntaxError('unexpected text after a closing quote', line + newlines);
  }
}

/**
 * A streaming RFC 4180 reader: feed it text as it arrives and it hands back the complete
 * records so far. Blank lines are skipped (but counted); a byte-order mark is dropped.
 * Lines without quotes take a fast path, which is most of any real file.
 * @example const reader = createCsvReader(); reader.push('a,b\n1,'); reader.push('2\n'); reader.end();
 */
export function createCsvReader() {
  let buffer = '';
  let line = 1;
  let isStart = true;

  function read(isFinal: boolean): CsvRecord[] {
    const records: CsvRecord[] = [];
    let position = 0;
    // The next quote, found once and reused: searching afresh for every line would scan the
    // rest of a quote-free buffer each time.
    let quote = -2;
    while (position < buffer.length) {
      const newline = buffer.indexOf('\n', position);
      if (quote !== -1 && quote < position) quote = buffer.indexOf('"', position);
      if (quote === -1 || (newline !== -1 && quote > newline)) {
        if (newline === -1 && !isFinal) break;
        const end = newline === -1 ? buffer.length : newline;
        let text = buffer.slice(position, end);
        if (text.endsWith('\r')) text = text.slice(0, -1);
        if (text !== '') records.push({ cells: text.split(','), line });
        line++;
        position = end + 1;
        continue;
      }
      const parsed = readQuotedRecord(buffer, position, isFinal, line);
      if (!parsed) break;
      records.push({ cells: parsed.cells, line });
      line += parsed.newlines;
      position = parsed.end;
    }
    buffer = buffer.slice(position);
    return records;
  }

  return {
    push(text: string): CsvRecord[] {
      if (isStart) {
        isStart = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      buffer += text;
      return read(false);
    },
    end(): CsvRecord[] {
      return read(true);
    },
  };
}
