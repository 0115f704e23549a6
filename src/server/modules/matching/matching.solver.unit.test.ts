import { describe, expect, it } from 'vitest';
import { verifyCertificate } from '../../../domain/matching/solve/index.js';
import { solveInWorker } from './matching.solver.js';

describe('solveInWorker', () => {
  it('solves in a worker thread and answers a result whose certificate checks', async () => {
    const problem = {
      mentees: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      mentors: [
        { id: 'x', capacity: 1 },
        { id: 'y', capacity: 1 },
      ],
      pairs: [
        { mentee: 'a', mentor: 'x', score: 10 },
        { mentee: 'b', mentor: 'x', score: 9 },
        { mentee: 'b', mentor: 'y', score: 1 },
        { mentee: 'c', mentor: 'y', score: 2 },
      ],
      objective: 'max-score' as const,
    };
    const result = await solveInWorker(problem);
    expect(result.totalScore).toBe(12);
    expect(result.unmatched).toEqual(['b']);
    expect(verifyCertificate(problem, result).valid).toBe(true);
  });

  it('turns a malformed problem into a 400-style error', async () => {
    const problem = { mentees: [{ id: 'a' }, { id: 'a' }], mentors: [], pairs: [], objective: 'max-score' as const };
    await expect(solveInWorker(problem)).rejects.toMatchObject({ code: 'INVALID' });
  });
});
