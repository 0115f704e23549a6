/** One thing wrong with an input, named by its path inside that input, e.g. `items.3.scaleKey`. */
export type InputProblem = { path: string; message: string };

/**
 * Input the assessment functions cannot work with. `path` names the offending value inside the
 * argument it came from, e.g. `responses.2.answers.listens_to_the_end` or `threshold`.
 */
export class AssessmentInputError extends Error {
  override readonly name = 'AssessmentInputError';
  readonly path: string;

  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.path = path;
  }
}
