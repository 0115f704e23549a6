import { Worker } from 'node:worker_threads';
import type { Proposal, ProposeInput } from '../../../domain/matching/propose/index.js';
import type { AssignmentProblem, AssignmentResult } from '../../../domain/matching/solve/index.js';
import { AppError } from '../../http/errors.js';

const workerFile = new URL('./matching.worker.mjs', import.meta.url);

export type WorkerTask = { kind: 'solve'; problem: AssignmentProblem } | { kind: 'propose'; input: ProposeInput };

/**
 * Runs one matching task in a worker thread, so a large cohort never blocks the server's event
 * loop. The worker compiles its TypeScript through tsx, as the main process does (see matching.worker.mjs).
 */
function runInWorker<Result>(task: WorkerTask): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: task });
    worker.once('message', (message: { result?: Result; error?: { name: string; message: string } }) => {
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

export function solveInWorker(problem: AssignmentProblem): Promise<AssignmentResult> {
  return runInWorker({ kind: 'solve', problem });
}

/** Scores every allowed pair of a cohort and solves for the optimal proposal, off the main thread. */
export function proposeInWorker(input: ProposeInput): Promise<Proposal> {
  return runInWorker({ kind: 'propose', input });
}
