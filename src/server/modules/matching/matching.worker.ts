// Runs in a worker thread: solves one assignment problem and posts the result (or the error) back.
import { parentPort, workerData } from 'node:worker_threads';
import { solveAssignment, type AssignmentProblem } from '../../../domain/matching/solve/index.js';

try {
  parentPort!.postMessage({ result: solveAssignment(workerData as AssignmentProblem) });
} catch (error) {
  parentPort!.postMessage({ error: { name: (error as Error).name, message: (error as Error).message } });
}
