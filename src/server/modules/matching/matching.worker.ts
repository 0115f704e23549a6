// Runs in a worker thread: one task (solve a problem, or score and solve a program's cohort), then
// posts the result (or the error) back.
import { parentPort, workerData } from 'node:worker_threads';
import { proposeMatches } from '../../../domain/matching/propose/index.js';
import { solveAssignment } from '../../../domain/matching/solve/index.js';
import type { WorkerTask } from './matching.solver.js';

const task = workerData as WorkerTask;
try {
  const result = task.kind === 'solve' ? solveAssignment(task.problem) : proposeMatches(task.input);
  parentPort!.postMessage({ result });
} catch (error) {
  parentPort!.postMessage({ error: { name: (error as Error).name, message: (error as Error).message } });
}
