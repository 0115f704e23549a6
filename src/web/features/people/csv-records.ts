const quote = 0x22;
const newline = 0x0a;
const carriageReturn = 0x0d;

/**
 * Counts the data rows of a CSV file (records after the header, blank lines skipped) by streaming
 * its bytes, so a large file is never held in memory. Newlines inside quoted fields do not end a
 * record. Scanning bytes is safe for UTF-8: no multi-byte character contains `"` or a newline.
 */
export async function countCsvRows(file: Blob, signal?: AbortSignal): Promise<number> {
  const reader = file.stream().getReader();
  const counter = createRecordCounter();
  try {
    for (;;) {
      if (signal?.aborted) throw new DOMException('Counting was cancelled.', 'AbortError');
      const { done, value } = await reader.read();
      if (done) break;
      counter.add(value);
    }
  } finally {
    reader.releaseLock();
  }
  return Math.max(0, counter.records() - 1);
}

/** The record counter on its own, fed chunk by chunk. */
export function createRecordCounter() {
  let records = 0;
  let isInQuotes = false;
  let isRecordEmpty = true;
  return {
    add(chunk: Uint8Array) {
      for (const byte of chunk) {
        if (byte === quote) {
          // An escaped quote ("") toggles twice, leaving the state as it was.
          isInQuotes = !isInQuotes;
          isRecordEmpty = false;
        } else if (byte === newline && !isInQuotes) {
          if (!isRecordEmpty) records += 1;
          isRecordEmpty = true;
        } else if (byte !== carriageReturn) {
          isRecordEmpty = false;
        }
      }
    },
    /** Records seen so far, counting an unterminated last line. */
    records() {
      return records + (isRecordEmpty ? 0 : 1);
    },
  };
}
