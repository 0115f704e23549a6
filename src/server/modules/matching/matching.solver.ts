import { Worker } from 'node:worker_threads';
import type { AssignmentProblem, AssignmentResult } from '../../../domain/matching/solve/index.js';
import { AppError } from '../../http/errors.js';

const workerFile = new URL('./matching.worker.mjs', import.meta.url);

/**
 * Solves in a worker thread, so a large cohort never blocks the server's event loop.
 * The worker compiles its TypeScript through tsx, as the main process does (see matching.worker.mjs).
 */
export function solveInWorker(problem: AssignmentProblem): Promise<AssignmentResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: problem });
    worker.once('message', (message: { result?: AssignmentResult; error?: { name: string; message: string } }) => {
      if (message.result) resolve(message.result);
      else
        reject(
          new AppError('INVALID', { message: message.error?.message ?? 'The matching problem could not be solved.' }),
        );
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The matching worker stopped with code ${code}.`));
    });
  });
}
