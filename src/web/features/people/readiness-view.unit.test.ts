import { describe, expect, it } from 'vitest';
import { readinessLabels } from './labels';
import { assessorName, emptyReadinessDraft, toReadinessCreate } from './readiness-view';

describe('the readiness form', () => {
  it('offers the three levels in order', () => {
    expect(Object.values(readinessLabels)).toEqual(['Ready now', 'Ready in 1–2 years', 'Ready in 3+ years']);
  });

  it('starts on today with nothing chosen', () => {
    expect(emptyReadinessDraft('2026-05-04')).toEqual({ readiness: null, assessedOn: '2026-05-04', note: '' });
  });

  it('sends the level, the date and the note trimmed', () => {
    expect(
      toReadinessCreate({ readiness: 'ready_1_2_years', assessedOn: '2026-05-04', note: '  Strong year. ' }),
    ).toEqual({ body: { readiness: 'ready_1_2_years', assessedOn: '2026-05-04', note: 'Strong year.' }, errors: null });
  });

  it('names each field to fix', () => {
    expect(toReadinessCreate({ readiness: null, assessedOn: '', note: 'x'.repeat(1001) }).errors).toEqual({
      readiness: 'Choose how ready the person is.',
      assessedOn: 'Enter the date of the assessment.',
      note: 'Keep the note to 1000 characters.',
    });
  });

  it('shows a dash for an unknown assessor', () => {
    expect(assessorName({ assessor: { id: '0b7e1f0e-1c1a-4d55-9a35-4b4a2f5a7c11', name: 'Kim' } })).toBe('Kim');
    expect(assessorName({ assessor: null })).toBe('–');
  });
});
