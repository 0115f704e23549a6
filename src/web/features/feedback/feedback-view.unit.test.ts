import { describe, expect, it } from 'vitest';
import {
  addNomination,
  approvalWarnings,
  commentsByQuestion,
  countsLine,
  cycleTimeline,
  distributionShares,
  draftsFromNominees,
  formatChange,
  formatScore,
  groupAdvice,
  groupName,
  groupNominees,
  isNominationsChanged,
  nextStep,
  nominationShortfall,
  partitionCycles,
  raterRoleSentence,
  raterTotals,
  ratersLine,
  removeNomination,
  scalesByFinding,
  scoreShare,
  shownGroupLabel,
  suppressionSentence,
  timelineIndex,
  toNominationsUpdate,
  type Nominee,
  type NominationDraft,
} from './feedback-view';

const nominee = (personId: string, group: Nominee['group'], name = personId): Nominee => ({
  personId,
  name,
  title: 'Engineer',
  group,
});

describe('nominations', () => {
  const nominees = [
    nominee('a', 'self'),
    nominee('b', 'manager'),
    nominee('c', 'peers'),
    nominee('d', 'peers'),
    nominee('e', 'direct_reports'),
  ];

  it('groups nominees in page order, leaving the self-rating out', () => {
    const grouped = groupNominees(nominees);
    expect(Object.keys(grouped)).toEqual(['manager', 'peers', 'direct_reports', 'others']);
    expect(grouped.peers.map((entry) => entry.personId)).toEqual(['c', 'd']);
    expect(grouped.others).toEqual([]);
    expect(draftsFromNominees(nominees).map((draft) => draft.personId)).toEqual(['b', 'c', 'd', 'e']);
    expect(draftsFromNominees(null)).toEqual([]);
  });

  it('adds a person once: adding them again moves them to the new group', () => {
    const drafts = draftsFromNominees(nominees);
    const added = addNomination(drafts, { personId: 'f', name: 'f', title: '', group: 'others' });
    expect(added).toHaveLength(5);
    const moved = addNomination(added, { personId: 'c', name: 'c', title: '', group: 'others' });
    expect(moved).toHaveLength(5);
    expect(moved.find((draft) => draft.personId === 'c')?.group).toBe('others');
    expect(removeNomination(moved, 'c').map((draft) => draft.personId)).toEqual(['b', 'd', 'e', 'f']);
  });

  it('sends only who and which group', () => {
    const drafts: NominationDraft[] = [{ personId: 'x', name: 'X', title: 'T', group: 'peers' }];
    expect(toNominationsUpdate(drafts)).toEqual({ raters: [{ personId: 'x', group: 'peers' }] });
  });

  it('notices a change of membership or group, not of order', () => {
    const drafts = draftsFromNominees(nominees);
    expect(isNominationsChanged(drafts, nominees)).toBe(false);
    expect(isNominationsChanged([...drafts].reverse(), nominees)).toBe(false);
    expect(isNominationsChanged(removeNomination(drafts, 'b'), nominees)).toBe(true);
    expect(
      isNominationsChanged(addNomination(drafts, { personId: 'b', name: 'b', title: '', group: 'peers' }), nominees),
    ).toBe(true);
  });

  it('counts how many more people besides the manager a list needs', () => {
    expect(nominationShortfall(nominees, 3)).toBe(0);
    expect(nominationShortfall([nominee('b', 'manager'), nominee('c', 'peers')], 3)).toBe(2);
    expect(nominationShortfall([], 4)).toBe(4);
  });

  it('advises on groups that may end below the anonymity threshold', () => {
    expect(groupAdvice('peers', 0, 3)).toBe('No peers yet.');
    expect(groupAdvice('peers', 2, 3)).toMatch(/fewer than 3 answers, peers are shown only merged into Others/);
    expect(groupAdvice('direct_reports', 4, 3)).toMatch(/ask a few more than 3/);
    expect(groupAdvice('direct_reports', 5, 3)).toBe('Shown on their own once at least 3 have answered.');
    expect(groupAdvice('manager', 1, 3)).toMatch(/shown as theirs/);
  });

  it('warns an approver of small groups and short lists', () => {
    expect(approvalWarnings(nominees, 3)).toEqual([
      'Only 2 peers: with fewer than 3 answers, peers are shown only merged into Others, or left out.',
      'Only 1 direct report: with fewer than 3 answers, direct reports are shown only merged into Others, or left out.',
    ]);
    expect(approvalWarnings([nominee('b', 'manager'), nominee('c', 'others')], 3)).toEqual([
      'Fewer than 3 raters besides the manager: the report can show no anonymous feedback at all.',
    ]);
    const enough = ['p1', 'p2', 'p3'].map((id) => nominee(id, 'peers'));
    expect(approvalWarnings(enough, 3)).toEqual([]);
  });
});

describe('counts', () => {
  const counts = [
    { group: 'peers' as const, invited: 4, answered: 2 },
    { group: 'self' as const, invited: 1, answered: 1 },
    { group: 'manager' as const, invited: 1, answered: 0 },
    { group: 'others' as const, invited: 0, answered: 0 },
  ];

  it('lists answers per group, without the self-rating or empty groups', () => {
    expect(countsLine(counts)).toBe('Manager 0/1 · Peers 2/4');
    expect(countsLine([])).toBe('No raters yet');
  });

  it('counts chosen raters until they are invited', () => {
    const nominees = [nominee('a', 'self'), nominee('b', 'peers'), nominee('c', 'others')];
    expect(ratersLine({ status: 'nominating', counts: [], nominees })).toBe('2 raters chosen');
    expect(ratersLine({ status: 'awaiting_approval', counts: [], nominees: [] })).toBe('No raters chosen yet');
    expect(ratersLine({ status: 'collecting', counts, nominees })).toBe('Manager 0/1 · Peers 2/4');
  });

  it('adds up everyone but the participant', () => {
    expect(raterTotals(counts)).toEqual({ invited: 5, answered: 2 });
  });
});

describe('cycle status', () => {
  const cycle = {
    status: 'collecting' as const,
    createdAt: '2026-03-01T09:00:00Z',
    submittedAt: '2026-03-02T09:00:00Z',
    approvedAt: '2026-03-03T09:00:00Z',
    closedAt: null,
    closesOn: '2026-03-31',
  };

  it('walks the four steps in order', () => {
    expect(['nominating', 'awaiting_approval', 'collecting', 'closed'].map((s) => timelineIndex(s as never))).toEqual([
      0, 1, 2, 3,
    ]);
    const steps = cycleTimeline(cycle);
    expect(steps.map((step) => step.key)).toEqual(['nominating', 'awaiting_approval', 'collecting', 'closed']);
    expect(steps[1]?.detail).toMatch(/^Approved 3 Mar 2026/);
    expect(steps[2]?.detail).toBe('Open, until 31 Mar 2026');
    expect(steps[3]?.detail).toBe('After 31 Mar 2026');
    expect(cycleTimeline({ ...cycle, status: 'nominating', submittedAt: null, approvedAt: null })[1]?.detail).toBe(
      'Not yet',
    );
  });

  it('says what comes next, from where the viewer stands', () => {
    const base = { closesOn: '2026-03-31', returnNote: null, isReportReady: false };
    expect(nextStep({ ...base, status: 'nominating', viewerRole: 'participant' })).toBe(
      'Choose your raters and send the list to your manager.',
    );
    expect(nextStep({ ...base, status: 'nominating', viewerRole: 'participant', returnNote: 'Add peers' })).toMatch(
      /sent the list back/,
    );
    expect(nextStep({ ...base, status: 'awaiting_approval', viewerRole: 'approver' })).toMatch(/^Review the raters/);
    expect(nextStep({ ...base, status: 'collecting', viewerRole: 'admin' })).toBe(
      'Raters are answering until 31 Mar 2026.',
    );
    expect(nextStep({ ...base, status: 'closed', viewerRole: 'participant', isReportReady: true })).toBe(
      'Your report is ready.',
    );
  });

  it('sorts the list by what the cycles are to the viewer', () => {
    const cycles = [
      { id: 1, viewerRole: 'participant' as const, status: 'collecting' as const },
      { id: 2, viewerRole: 'approver' as const, status: 'awaiting_approval' as const },
      { id: 3, viewerRole: 'approver' as const, status: 'collecting' as const },
      { id: 4, viewerRole: 'admin' as const, status: 'nominating' as const },
    ];
    const parts = partitionCycles(cycles);
    expect(parts.mine.map((cycle) => cycle.id)).toEqual([1]);
    expect(parts.toApprove.map((cycle) => cycle.id)).toEqual([2]);
    expect(parts.approved.map((cycle) => cycle.id)).toEqual([3]);
    expect(parts.organization.map((cycle) => cycle.id)).toEqual([4]);
  });
});

describe('report words', () => {
  it('writes scores and changes', () => {
    expect(formatScore(3.456)).toBe('3.5');
    expect(formatScore(null)).toBe('–');
    expect(formatChange(0.6)).toBe('+0.6');
    expect(formatChange(-0.64)).toBe('−0.6');
    expect(formatChange(0.01)).toBe('0.0');
    expect(formatChange(null)).toBe('–');
    expect(scoreShare(2.5, 5)).toBe(0.5);
    expect(scoreShare(null, 5)).toBe(0);
    expect(scoreShare(9, 5)).toBe(1);
  });

  it('labels the manager attributed and says what a merged group holds', () => {
    expect(shownGroupLabel({ label: 'manager', members: ['manager'], responses: 1, isAttributed: true })).toBe(
      'Manager (attributed)',
    );
    expect(shownGroupLabel({ label: 'peers', members: ['peers'], responses: 4, isAttributed: false })).toBe('Peers');
    expect(
      shownGroupLabel({ label: 'others', members: ['direct_reports', 'others'], responses: 4, isAttributed: false }),
    ).toBe('Others (including direct reports)');
    expect(groupName('direct_reports')).toBe('Direct reports');
    expect(groupName('board_members')).toBe('Board members');
    expect(groupName('constructor')).toBe('Constructor');
  });

  it('explains hidden groups in one sentence', () => {
    expect(suppressionSentence([], 3)).toBeNull();
    expect(suppressionSentence(['direct_reports'], 3)).toMatch(
      /^Feedback from direct reports is not shown: fewer than 3 answered/,
    );
    expect(suppressionSentence(['direct_reports', 'others'], 4)).toMatch(
      /^Feedback from direct reports and others are not shown: fewer than 4/,
    );
  });

  it('lists scales by finding', () => {
    expect(
      scalesByFinding([
        { label: 'Listening', finding: 'blind_spot' },
        { label: 'Deciding', finding: 'aligned' },
        { label: 'Coaching', finding: null },
        { label: 'Strategy', finding: 'blind_spot' },
      ]),
    ).toEqual({ blind_spot: ['Listening', 'Strategy'], hidden_strength: [], aligned: ['Deciding'] });
  });

  it('scales a distribution to its largest count', () => {
    expect(distributionShares([0, 1, 4, 2, 0])).toEqual([0, 0.25, 1, 0.5, 0]);
    expect(distributionShares([0, 0, 0])).toEqual([0, 0, 0]);
  });

  it('groups comments by question in the order they are asked', () => {
    const questions = [
      { key: 'keep_doing', text: 'What should they keep doing?' },
      { key: 'one_change', text: 'What one thing should they change?' },
    ];
    const comments = [
      { itemKey: 'one_change', text: 'Delegate more' },
      { itemKey: 'mystery_item', text: 'Hm' },
      { itemKey: 'keep_doing', text: 'Listening' },
      { itemKey: 'one_change', text: 'Say no' },
    ];
    expect(commentsByQuestion(comments, questions)).toEqual([
      { itemKey: 'keep_doing', question: 'What should they keep doing?', texts: ['Listening'] },
      { itemKey: 'one_change', question: 'What one thing should they change?', texts: ['Delegate more', 'Say no'] },
      { itemKey: 'mystery_item', question: 'Mystery item', texts: ['Hm'] },
    ]);
  });

  it('tells a rater whom they rate and as what', () => {
    expect(raterRoleSentence('peers', 'Ana Silva')).toBe('You are giving feedback to Ana Silva as a peer.');
    expect(raterRoleSentence('self', 'Ana Silva')).toMatch(/^This is your self-rating/);
  });
});
