import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreementStatus,
  checkMentoringAgreement,
  coachingAgreementParties,
  coachingParties,
  confirmationsAfterGoalChange,
  isChecklistComplete,
  isMentoringAgreementValid,
  menteeTrainingChecklist,
  mentorTrainingChecklist,
  signaturesAfterAgreementEdit,
  type MentoringAgreementDraft,
} from './agreement.js';

describe('coachingAgreementParties', () => {
  it('asks coach, leader and manager, or the sponsor when the leader has no manager', () => {
    expect(coachingAgreementParties({ hasManager: true })).toEqual(['coach', 'leader', 'manager']);
    expect(coachingAgreementParties({ hasManager: false })).toEqual(['coach', 'leader', 'sponsor']);
  });
});

describe('agreementStatus', () => {
  const parties = coachingAgreementParties({ hasManager: true });

  it('is complete only when every party confirmed', () => {
    expect(agreementStatus(['manager', 'coach', 'leader'], parties)).toEqual({ isComplete: true, missing: [] });
    expect(agreementStatus(['leader'], parties)).toEqual({ isComplete: false, missing: ['coach', 'manager'] });
    expect(agreementStatus([], parties)).toEqual({ isComplete: false, missing: ['coach', 'leader', 'manager'] });
  });

  it('does not count a sponsor when the manager is the one who must confirm', () => {
    expect(agreementStatus(['coach', 'leader', 'sponsor'], parties)).toEqual({
      isComplete: false,
      missing: ['manager'],
    });
  });

  it('counts duplicate confirmations once', () => {
    expect(agreementStatus(['coach', 'coach', 'leader'], parties).missing).toEqual(['manager']);
  });

  it('lists as missing exactly the parties not among the confirmations (property)', () => {
    const party = fc.constantFrom(...coachingParties);
    fc.assert(
      fc.property(fc.array(party), fc.uniqueArray(party), (confirmations, required) => {
        const status = agreementStatus(confirmations, required);
        expect(status.missing).toEqual(required.filter((each) => !confirmations.includes(each)));
        expect(status.isComplete).toBe(required.every((each) => confirmations.includes(each)));
      }),
    );
  });

  it('is incomplete again after the goals change, and after the mentoring agreement is edited', () => {
    expect(confirmationsAfterGoalChange()).toEqual([]);
    expect(agreementStatus(confirmationsAfterGoalChange(), parties).isComplete).toBe(false);
    expect(signaturesAfterAgreementEdit()).toEqual([]);
    expect(agreementStatus(signaturesAfterAgreementEdit(), ['mentor', 'mentee'])).toEqual({
      isComplete: false,
      missing: ['mentor', 'mentee'],
    });
  });

  it('hands out a fresh list every time, so one caller cannot fill another caller’s list', () => {
    const first = confirmationsAfterGoalChange();
    first.push('coach');
    expect(confirmationsAfterGoalChange()).toEqual([]);
  });
});

describe('checkMentoringAgreement', () => {
  const valid: MentoringAgreementDraft = {
    confidentialityNorms: 'What we talk about stays between us unless someone is at risk.',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    endDate: '2026-12-31',
    topics: ['Leading a bigger team', 'Getting heard by the board'],
  };
  const fieldsOf = (draft: MentoringAgreementDraft) => checkMentoringAgreement(draft).map((error) => error.field);

  it('accepts a complete agreement', () => {
    expect(checkMentoringAgreement(valid)).toEqual([]);
    expect(isMentoringAgreementValid(valid)).toBe(true);
  });

  it('needs confidentiality norms in words', () => {
    expect(fieldsOf({ ...valid, confidentialityNorms: ' \n ' })).toEqual(['confidentialityNorms']);
  });

  it('takes only the known cadences', () => {
    for (const cadence of ['weekly', 'biweekly', 'monthly']) expect(fieldsOf({ ...valid, cadence })).toEqual([]);
    for (const cadence of ['daily', '', 'Weekly']) expect(fieldsOf({ ...valid, cadence })).toEqual(['cadence']);
  });

  it('needs real dates, the end after the start', () => {
    expect(fieldsOf({ ...valid, startDate: '2026-02-30' })).toEqual(['startDate']);
    expect(fieldsOf({ ...valid, endDate: '31/12/2026' })).toEqual(['endDate']);
    expect(checkMentoringAgreement({ ...valid, endDate: '2026-03-01' })).toEqual([
      { field: 'endDate', message: 'must be after the start date (2026-03-01)' },
    ]);
    expect(fieldsOf({ ...valid, endDate: '2026-02-01' })).toEqual(['endDate']);
    expect(fieldsOf({ ...valid, endDate: '2026-03-02' })).toEqual([]);
    // Only the start is blamed when the start is the broken one.
    expect(fieldsOf({ ...valid, startDate: 'soon' })).toEqual(['startDate']);
  });

  it('needs 1 to 10 distinct, non-blank topics of at most 200 characters', () => {
    const topics = (count: number) => Array.from({ length: count }, (_, index) => `Topic ${index + 1}`);
    expect(fieldsOf({ ...valid, topics: [] })).toEqual(['topics']);
    expect(fieldsOf({ ...valid, topics: topics(1) })).toEqual([]);
    expect(fieldsOf({ ...valid, topics: topics(10) })).toEqual([]);
    expect(fieldsOf({ ...valid, topics: topics(11) })).toEqual(['topics']);
    expect(fieldsOf({ ...valid, topics: ['Strategy', '  '] })).toEqual(['topics']);
    expect(fieldsOf({ ...valid, topics: ['x'.repeat(200)] })).toEqual([]);
    expect(fieldsOf({ ...valid, topics: ['x'.repeat(201)] })).toEqual(['topics']);
    expect(fieldsOf({ ...valid, topics: ['Strategy', ' strategy '] })).toEqual(['topics']);
  });

  it('reports every broken field at once, in form order', () => {
    expect(fieldsOf({ confidentialityNorms: '', cadence: 'yearly', startDate: '', endDate: '', topics: [] })).toEqual([
      'confidentialityNorms',
      'cadence',
      'startDate',
      'endDate',
      'topics',
    ]);
  });
});

describe('training checklists', () => {
  it.each([
    ['mentor', mentorTrainingChecklist],
    ['mentee', menteeTrainingChecklist],
  ] as const)('gives the %s 4 to 6 short items with distinct keys', (_side, items) => {
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.length).toBeLessThanOrEqual(6);
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
    for (const item of items) {
      expect(item.key).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(item.label.length).toBeLessThanOrEqual(100);
    }
  });

  it('teaches confidentiality to both, and that the mentee leads', () => {
    expect(mentorTrainingChecklist.map((item) => item.key)).toContain('confidentiality');
    expect(menteeTrainingChecklist.map((item) => item.key)).toContain('confidentiality');
    expect(mentorTrainingChecklist.map((item) => item.key)).toContain('mentee_sets_agenda');
  });

  it('is complete only when every item is ticked, whatever else is ticked', () => {
    const keys = mentorTrainingChecklist.map((item) => item.key);
    expect(isChecklistComplete(keys, mentorTrainingChecklist)).toBe(true);
    expect(isChecklistComplete([...keys, 'unknown'], mentorTrainingChecklist)).toBe(true);
    expect(isChecklistComplete(keys.slice(1), mentorTrainingChecklist)).toBe(false);
    expect(isChecklistComplete([], mentorTrainingChecklist)).toBe(false);
    expect(isChecklistComplete([], [])).toBe(true);
  });

  it('is incomplete as soon as any one item is left unticked (property)', () => {
    const keys = menteeTrainingChecklist.map((item) => item.key);
    fc.assert(
      fc.property(fc.subarray(keys), (ticked) => {
        expect(isChecklistComplete(ticked, menteeTrainingChecklist)).toBe(ticked.length === keys.length);
      }),
    );
  });
});
