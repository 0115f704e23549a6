import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyCertificate } from '../src/domain/matching/solve/index.js';
import { runTandem } from './support/tandem-process.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tandem-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const problem = {
  mentees: [{ id: 'ana' }, { id: 'ben' }, { id: 'cy' }],
  mentors: [
    { id: 'mia', capacity: 2 },
    { id: 'ola', capacity: 1 },
  ],
  pairs: [
    { mentee: 'ana', mentor: 'mia', score: 90 },
    { mentee: 'ben', mentor: 'mia', score: 80 },
    { mentee: 'cy', mentor: 'mia', score: 85 },
    { mentee: 'cy', mentor: 'ola', score: 40 },
  ],
  objective: 'max-score',
};

describe('tandem match solve', () => {
  it('solves a problem file and prints an optimal result with its certificate', () => {
    const file = path.join(dir, 'problem.json');
    writeFileSync(file, JSON.stringify(problem));
    const run = runTandem(['match', 'solve', file], {});
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    // mia with ana and ben (90 + 80) plus ola with cy (40) beats mia with ana and cy (90 + 85).
    expect(result.totalScore).toBe(210);
    expect(result.optimal).toBe(true);
    expect(verifyCertificate(problem as never, result)).toEqual({ valid: true });
  });

  it('reads the problem from standard input', () => {
    const run = runTandem(['match', 'solve'], {}, JSON.stringify({ ...problem, objective: 'max-participation' }));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).unmatched).toEqual([]);
  });

  it('names the bad part of a malformed problem in one line', () => {
    const bad = runTandem(
      ['match', 'solve'],
      {},
      JSON.stringify({ ...problem, pairs: [{ mentee: 'ana', mentor: 'zed', score: 1 }] }),
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('error: pairs[0].mentor: unknown mentor "zed"');
    const notJson = runTandem(['match', 'solve'], {}, '{oops');
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/^error: The problem is not valid JSON/);
  });
});
