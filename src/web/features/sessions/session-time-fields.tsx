import { Group, NumberInput, TextInput } from '@mantine/core';
import { localTimeZone, localToUtc, type LocalDateTime } from './session-time';

/** What the date, time and length inputs hold while someone types. */
export type SessionTimeValues = LocalDateTime & { durationMinutes: number | string };

export type SessionTimeErrors = { scheduledAt?: string | undefined; durationMinutes?: string | undefined };

/**
 * Checks what only the browser can (a date and a time were given and exist) and answers the UTC
 * start, or the messages to show. Lengths are left to the API, which names the field.
 */
export function readSessionTime(
  values: SessionTimeValues,
): { scheduledAt: string; durationMinutes: number } | { errors: SessionTimeErrors } {
  if (values.date.trim() === '') return { errors: { scheduledAt: 'Enter a date' } };
  if (values.time.trim() === '') return { errors: { scheduledAt: 'Enter a start time' } };
  const scheduledAt = localToUtc(values);
  if (scheduledAt === null) return { errors: { scheduledAt: 'Enter a real date and time' } };
  const durationMinutes = typeof values.durationMinutes === 'number' ? values.durationMinutes : Number.NaN;
  if (!Number.isFinite(durationMinutes)) return { errors: { durationMinutes: 'Enter the length in minutes' } };
  return { scheduledAt, durationMinutes };
}

/** Date, start time (both local) and length in minutes, with their errors beside them. */
export function SessionTimeFields({
  values,
  errors,
  onChange,
}: {
  values: SessionTimeValues;
  errors: SessionTimeErrors;
  onChange: (values: SessionTimeValues) => void;
}) {
  return (
    <Group align="flex-start" grow wrap="wrap">
      <TextInput
        type="date"
        label="Date"
        required
        value={values.date}
        onChange={(event) => onChange({ ...values, date: event.currentTarget.value })}
        error={errors.scheduledAt}
      />
      <TextInput
        type="time"
        label="Start time"
        description={`Your time (${localTimeZone()})`}
        required
        value={values.time}
        onChange={(event) => onChange({ ...values, time: event.currentTarget.value })}
        error={errors.scheduledAt === undefined ? undefined : true}
      />
      <NumberInput
        label="Length (minutes)"
        description="15 to 480"
        required
        min={15}
        max={480}
        step={15}
        // Out-of-range lengths reach the API, whose message then sits here.
        clampBehavior="none"
        allowDecimal={false}
        value={values.durationMinutes}
        onChange={(value) => onChange({ ...values, durationMinutes: value })}
        error={errors.durationMinutes}
      />
    </Group>
  );
}
