import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parseAssignmentProblem, solveAssignment } from '../../domain/matching/solve/index.js';

async function readInput(file: string | undefined): Promise<string> {
  if (file && file !== '-') return readFile(file, 'utf8');
  if (process.stdin.isTTY) throw new Error('Give a problem file, or pipe the problem JSON into standard input.');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function registerMatchCommands(program: Command): void {
  const match = program.command('match').description('Matching of mentees with mentors and coaches');
  match
    .command('solve [problem.json]')
    .description(
      'Solve an assignment problem exactly and print the result as JSON (reads standard input without a file)',
    )
    .action(async (file: string | undefined) => {
      const text = await readInput(file);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new SyntaxError(`The problem is not valid JSON: ${(error as Error).message}`, { cause: error });
      }
      const result = solveAssignment(parseAssignmentProblem(json));
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    });
}
