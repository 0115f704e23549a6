import { isApiError } from '../../api/client';

export type SplitError<Field extends string> = {
  /** Messages for the inputs the server named, keyed by input. */
  fields: Partial<Record<Field, string>>;
  /** Everything else, for an alert; null when every problem sits next to its input. */
  general: string | null;
};

const noError = { fields: {}, general: null };

/**
 * Splits a failed request into messages for the inputs it names (`body.<field>`, `body.<field>.0`)
 * and one message for the rest, so each problem is shown where it can be fixed.
 */
export function splitServerError<Field extends string>(error: unknown, fields: readonly Field[]): SplitError<Field> {
  if (error === null || error === undefined) return noError;
  if (!isApiError(error)) return { fields: {}, general: 'Something went wrong. Try again.' };

  const issues = error.errors ?? (error.field === undefined ? [] : [{ field: error.field, message: error.message }]);
  const found: Partial<Record<Field, string>> = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    const field = fields.find((name) => issue.field === `body.${name}` || issue.field.startsWith(`body.${name}.`));
    if (field === undefined) unplaced.push(withField(issue.field, issue.message));
    else found[field] ??= readableMessage(issue.field, issue.message);
  }
  const placedAll = issues.length > 0 && unplaced.length === 0;
  return { fields: found, general: placedAll ? null : (unplaced[0] ?? generalMessage(error)) };
}

function generalMessage(error: { status: number; detail: string | undefined; title: string }): string {
  if (error.detail !== undefined) return error.detail;
  if (error.status === 403) return 'You do not have permission to do this.';
  return error.title;
}

/** "body.title: is required" next to the Title input reads best as "Is required". */
function readableMessage(field: string, message: string): string {
  const withoutField = message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
  return withoutField.charAt(0).toUpperCase() + withoutField.slice(1);
}

/** Away from its input, a message keeps the name of the field it is about. */
function withField(field: string, message: string): string {
  return message.startsWith(`${field}: `) ? message : `${field}: ${message}`;
}

/** The message of a failed request that has no form inputs to point at. */
export function errorMessage(error: unknown): string {
  return isApiError(error) ? generalMessage(error) : 'Something went wrong. Try again.';
}
