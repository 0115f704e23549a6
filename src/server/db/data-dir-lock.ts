import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';

export type DataDirLock = { release: () => void };

export class DataDirBusyError extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims the data folder for this process. PGlite has no multi-process locking of its own,
 * and two processes on one folder corrupt it, so a second claim fails with a clear message.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'tandem.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(lockPath, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) {
        throw new DataDirBusyError(
          `Another Tandem process (pid ${owner}) is using the data folder ${dataDir}. ` +
            'Stop it first, or point TANDEM_DATA_DIR at another folder.',
        );
      }
      // Left behind by a process that died: take it over.
      rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirBusyError(`Could not lock the data folder ${dataDir}.`);
}
