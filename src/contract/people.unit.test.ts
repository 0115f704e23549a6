import { describe, expect, it } from 'vitest';
import { CalendarDate } from './people.js';

describe('CalendarDate', () => {
  it.each(['2026-01-31', '2024-02-29', '2000-02-29', '2026-04-30', '2026-12-31'])('accepts %s', (value) => {
    expect(CalendarDate.safeParse(value).success).toBe(true);
  });

  it.each(['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-05-00', '2026-5-1'])(
    'rejects %s',
    (value) => {
      expect(CalendarDate.safeParse(value).success).toBe(false);
    },
  );
});
