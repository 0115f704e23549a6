import { describe, expect, it } from 'vitest';
import type { Relationship } from '../../../contract/index.js';
import { agreementDraft, nextStep, startBlockers, toAgreementInput, trainingProgress } from './relationship-view';

const person = (name: string) => ({
  id: '00000000-0000-4000-8000-000000000000',
  name,
  title: 'Director',
  tier: 'senior_leader' as const,
  department: 'Sales',
});
const checklist = (ticked: number) => ({
  items: Array.from({ length: 5 }, (_, index) => ({
    key: `k${index}`,
    label: `Item ${index}`,
    isTicked: index < ticked,
  })),
  isComplete: ticked === 5,
});
const agreement = {
  confidentialityNorms: 'Stays between us.',
  cadence: 'monthly' as const,
  startDate: '2027-01-04',
  endDate: '2027-07-02',
  topics: ['Feedback'],
};
const base: Pick<Relationship, 'agreement' | 'signatures' | 'training' | 'mentor' | 'mentee' | 'status' | 'myRole'> = {
  agreement: null,
  signatures: { mentor: null, mentee: null },
  training: { mentor: checklist(0), mentee: checklist(0) },
  mentor: person('Mina Mentor'),
  mentee: person('Theo Mentee'),
  status: 'proposed',
  myRole: 'mentee',
};

describe('startBlockers', () => {
  it('asks for the agreement first, then signatures and training, "you" for the viewer', () => {
    expect(startBlockers(base, 'mentee')).toEqual([
      'Write the agreement.',
      'The training checklist of Mina Mentor is not complete.',
      'Your training checklist is not complete.',
    ]);
    const written = { ...base, agreement, signatures: { mentor: null, mentee: '2026-11-23T10:00:00Z' } };
    expect(startBlockers({ ...written, training: { mentor: checklist(5), mentee: checklist(5) } }, 'mentee')).toEqual([
      'Mina Mentor has not signed the agreement.',
    ]);
  });
  it('is empty when both signed and trained', () => {
    const ready = {
      ...base,
      agreement,
      signatures: { mentor: 'x', mentee: 'y' },
      training: { mentor: checklist(5), mentee: checklist(5) },
    };
    expect(startBlockers(ready, 'mentor')).toEqual([]);
  });
});

describe('nextStep', () => {
  it('says what the signed-in side does next', () => {
    expect(nextStep(base)).toBe('Write the agreement');
    expect(nextStep({ ...base, agreement })).toBe('Sign the agreement');
    expect(nextStep({ ...base, agreement, signatures: { mentor: null, mentee: 'x' } })).toBe('Finish your training');
    expect(
      nextStep({
        ...base,
        agreement,
        signatures: { mentor: null, mentee: 'x' },
        training: { mentor: checklist(0), mentee: checklist(5) },
      }),
    ).toBe('Waiting for the mentor');
    expect(nextStep({ ...base, status: 'active' })).toBe('Under way');
    expect(nextStep({ ...base, status: 'ended_early' })).toBe('Closed');
  });
});

describe('agreement drafts', () => {
  it('starts blank at the program cadence with one topic row', () => {
    expect(agreementDraft({ agreement: null, cadence: 'biweekly', startDate: null, endDate: null })).toEqual({
      confidentialityNorms: '',
      cadence: 'biweekly',
      startDate: '',
      endDate: '',
      topics: [''],
    });
  });
  it('leaves blank topic rows out and trims the rest', () => {
    expect(toAgreementInput({ ...agreement, confidentialityNorms: ' x ', topics: [' a ', '', '  '] })).toEqual({
      ...agreement,
      confidentialityNorms: 'x',
      topics: ['a'],
    });
  });
  it('reads training progress', () => {
    expect(trainingProgress(checklist(3))).toBe('3 of 5 done');
    expect(trainingProgress(checklist(5))).toBe('Complete');
  });
});
