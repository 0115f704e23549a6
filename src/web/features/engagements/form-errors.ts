import { isApiError } from '../../api/client';

// Shared by the engagement, relationship and weekly-goal forms: the server names a field as
// `body.goals.0.dueDate` and often starts its message with that name; a form shows the message
// next to the input, without the name.

export type FieldErrors = {
  /** Messages for inputs the form can point at, keyed by the field path without `body.`. */
  fields: Record<string, string>;
  /** Everything else, for an alert beside the action; null when every problem sits by its input. */
  general: string | null;
};

export const noFieldErrors: FieldErrors = { fields: {}, general: null };

/**
 * Splits a failed request into messages for the fields `isPlaceable` accepts and one message for
 * the rest. `isPlaceable` gets paths like `goals.0.dueDate` or `confidentialityNorms`.
 *
 * @example fieldErrors(error, (path) => path.startsWith('goals.'))
 */
export function fieldErrors(error: unknown, isPlaceable: (path: string) => boolean): FieldErrors {
  if (error === null || error === undefined) return noFieldErrors;
  if (!isApiError(error)) return { fields: {}, general: 'Something went wrong. Try again.' };
  const issues =
    error.errors ?? (error.field === undefined ? [] : [{ field: error.field, message: error.detail ?? error.message }]);
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    const path = issue.field.replace(/^body\./, '');
    if (isPlaceable(path)) fields[path] ??= withoutFieldName(issue.field, issue.message);
    else unplaced.push(withoutBodyPrefix(issue.message));
  }
  if (issues.length > 0 && unplaced.length === 0) return { fields, general: null };
  return { fields, general: unplaced[0] ?? generalMessage(error) };
}

function generalMessage(error: { status: number; detail: string | undefined; title: string }): string {
  if (error.detail !== undefined) return withoutBodyPrefix(error.detail);
  if (error.status === 403) return 'You do not have permission to do this.';
  return error.title;
}

/** "body.endDate must be after the start date" next to End date reads "Must be after the start date". */
export function withoutFieldName(field: string, message: string): string {
  let text = message;
  if (text.startsWith(`${field}: `)) text = text.slice(field.length + 2);
  else if (text.startsWith(`${field} `)) text = text.slice(field.length + 1);
  return capitalize(text);
}

/** Away from its input, "body.week must be this week" reads "Week must be this week". */
function withoutBodyPrefix(message: string): string {
  return capitalize(message.replace(/^body\./, ''));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
