import { describe, expect, it } from 'vitest';
import type {
  MatchingPartnerLoad,
  MatchingProposal,
  MatchingRunSummary,
  ProgramPerson,
} from '../../../contract/index.js';
import {
  barPercent,
  filterProposals,
  foldText,
  hasSomeWeight,
  latestRun,
  openPartners,
  pageOf,
  peopleText,
  percentText,
  placesLeft,
  placesText,
  scoreText,
  swapCandidates,
} from './matching-board';

function person(id: string, name: string, department = 'Finance', title = 'Analyst'): ProgramPerson {
  return { id, name, title, tier: 'individual_contributor', department };
}

function proposal(id: string, participant: ProgramPerson, partner: ProgramPerson): MatchingProposal {
  return {
    id,
    participant,
    partner,
    score: 70,
    factors: [],
    reasons: [],
    warnings: [],
    isLocked: false,
    source: 'solver',
  };
}

function load(partner: ProgramPerson, capacity: number, used: number): MatchingPartnerLoad {
  return { partner, capacity, load: used, alreadyMatched: 0 };
}

const mia = person('m1', 'Mia Lindqvist', 'Operations', 'Chief Operating Officer');
const omar = person('m2', 'Omar Haddad', 'Sales', 'VP Sales');
const board = [
  proposal('a', person('p1', 'José Álvarez'), mia),
  proposal('b', person('p2', 'Dana Kim', 'Marketing'), omar),
  proposal('c', person('p3', 'Lee Park'), mia),
];

describe('filterProposals', () => {
  it('keeps everything for an empty or blank query', () => {
    expect(filterProposals(board, '')).toHaveLength(3);
    expect(filterProposals(board, '   ')).toHaveLength(3);
  });

  it('finds participants and partners by name, ignoring case and accents', () => {
    expect(filterProposals(board, 'jose').map((entry) => entry.id)).toEqual(['a']);
    expect(filterProposals(board, 'ALVAREZ').map((entry) => entry.id)).toEqual(['a']);
    expect(filterProposals(board, 'mia').map((entry) => entry.id)).toEqual(['a', 'c']);
  });

  it('needs every word to match somewhere in the pair', () => {
    expect(filterProposals(board, 'marketing omar').map((entry) => entry.id)).toEqual(['b']);
    expect(filterProposals(board, 'marketing mia')).toEqual([]);
  });
});

describe('foldText', () => {
  it('drops accents and case', () => {
    expect(foldText('Ångström Éclair')).toBe('angstrom eclair');
  });
});

describe('pageOf', () => {
  const items = Array.from({ length: 120 }, (_, index) => index);

  it('cuts pages of the given size', () => {
    expect(pageOf(items, 1, 50)).toMatchObject({ page: 1, pageCount: 3 });
    expect(pageOf(items, 3, 50).items).toEqual(items.slice(100));
  });

  it('shows the last page for a page past the end and the first for nonsense', () => {
    expect(pageOf(items, 9, 50).page).toBe(3);
    expect(pageOf(items, 0, 50).page).toBe(1);
  });

  it('has one empty page for no items', () => {
    expect(pageOf([], 2, 50)).toEqual({ items: [], page: 1, pageCount: 1 });
  });
});

describe('partners with places', () => {
  const zoe = person('m3', 'Zoe Adams');
  const partners = [load(mia, 3, 3), load(omar, 2, 1), load(zoe, 4, 1), load(person('m4', 'Ann Bell'), 2, 1)];

  it('counts places left, never below 0', () => {
    expect(placesLeft(load(mia, 2, 3))).toBe(0);
    expect(placesLeft(load(mia, 4, 1))).toBe(3);
  });

  it('lists only partners with a place left, most places first, then by name', () => {
    expect(openPartners(partners).map((entry) => entry.partner.name)).toEqual(['Zoe Adams', 'Ann Bell', 'Omar Haddad']);
  });

  it('does not reorder the list it was given', () => {
    openPartners(partners);
    expect(partners[0]!.partner.name).toBe('Mia Lindqvist');
  });
});

describe('swapCandidates', () => {
  it('offers the other pairs with a different partner', () => {
    expect(swapCandidates(board, board[0]!).map((entry) => entry.id)).toEqual(['b']);
    expect(swapCandidates(board, board[1]!).map((entry) => entry.id)).toEqual(['a', 'c']);
  });
});

describe('numbers in words', () => {
  it('says places and people in the singular and plural', () => {
    expect(placesText(1)).toBe('1 place left');
    expect(placesText(0)).toBe('0 places left');
    expect(peopleText(1)).toBe('1 person');
    expect(peopleText(163)).toBe('163 people');
  });

  it('rounds rates and scores', () => {
    expect(percentText(0.8349)).toBe('83%');
    expect(percentText(1)).toBe('100%');
    expect(scoreText(71.25)).toBe('71.3');
    expect(scoreText(70)).toBe('70');
    expect(scoreText(null)).toBe('–');
  });

  it('sizes bars against the longest', () => {
    expect(barPercent(5, 10)).toBe(50);
    expect(barPercent(1, 3)).toBe(33.3);
    expect(barPercent(0, 0)).toBe(0);
  });
});

describe('latestRun', () => {
  const run = (id: string, createdAt: string) => ({ id, createdAt }) as MatchingRunSummary;

  it('answers the newest run, or null for none', () => {
    expect(latestRun([run('a', '2026-01-01T10:00:00Z'), run('b', '2026-02-01T10:00:00Z')])?.id).toBe('b');
    expect(latestRun([])).toBeNull();
  });
});

describe('hasSomeWeight', () => {
  it('needs one weight above 0', () => {
    expect(hasSomeWeight({ a: 0, b: 0 })).toBe(false);
    expect(hasSomeWeight({ a: 0, b: 5 })).toBe(true);
  });
});
