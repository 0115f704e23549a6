/**
 * A matching problem that cannot be solved as given. `path` names the offending value the way
 * it is written in the input, e.g. `pairs[3].score` or `mentors[0].capacity`.
 */
export class MatchingInputError extends Error {
  override readonly name = 'MatchingInputError';
  readonly path: string;

  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.path = path;
  }
}
