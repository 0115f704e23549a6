import type {
  MatchingPartnerLoad,
  MatchingProposal,
  MatchingRunSummary,
  ProgramPerson,
} from '../../../contract/index.js';

// Pure helpers behind the matching pages: filtering and paging the board, who still has a place,
// and numbers in words. Kept free of React so they are tested on their own.

/** Lower case without accents, so "jose" finds "José". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function personText(person: ProgramPerson): string {
  return `${person.name} ${person.title} ${person.department}`;
}

/**
 * The proposals whose participant or partner matches every word of `query` (name, title or
 * department, any case, accents ignored). An empty query keeps them all.
 */
export function filterProposals(proposals: readonly MatchingProposal[], query: string): MatchingProposal[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...proposals];
  return proposals.filter((proposal) => {
    const text = foldText(`${personText(proposal.participant)} ${personText(proposal.partner)}`);
    return words.every((word) => text.includes(word));
  });
}

export type Page<T> = { items: T[]; page: number; pageCount: number };

/** One page of `items` (1-based); a page past the end shows the last one. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  return { items: items.slice((current - 1) * pageSize, current * pageSize), page: current, pageCount };
}

/** Places a partner has left on this board. */
export function placesLeft(partner: MatchingPartnerLoad): number {
  return Math.max(0, partner.capacity - partner.load);
}

/** Partners with a place left, the most places first, then by name. */
export function openPartners(partners: readonly MatchingPartnerLoad[]): MatchingPartnerLoad[] {
  return partners
    .filter((partner) => placesLeft(partner) > 0)
    .sort((a, b) => placesLeft(b) - placesLeft(a) || a.partner.name.localeCompare(b.partner.name));
}

/** The proposals `proposal` can swap partners with: every other one with a different partner. */
export function swapCandidates(proposals: readonly MatchingProposal[], proposal: MatchingProposal): MatchingProposal[] {
  return proposals.filter((other) => other.id !== proposal.id && other.partner.id !== proposal.partner.id);
}

/** "1 place left", "3 places left". */
export function placesText(count: number): string {
  return `${count} ${count === 1 ? 'place' : 'places'} left`;
}

/** A 0–1 rate as a whole percentage: 0.8349 → "83%". */
export function percentText(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** A score or total with at most one decimal: 71.25 → "71.3", 70 → "70". */
export function scoreText(score: number | null): string {
  if (score === null) return '–';
  return String(Math.round(score * 10) / 10);
}

/** A bar's length in percent of the longest (0 when every count is 0). */
export function barPercent(count: number, max: number): number {
  return max <= 0 ? 0 : Math.round((count / max) * 1000) / 10;
}

/** The newest run of a list (the API lists newest first, but do not rely on it). */
export function latestRun(runs: readonly MatchingRunSummary[]): MatchingRunSummary | null {
  let latest: MatchingRunSummary | null = null;
  for (const run of runs) if (latest === null || run.createdAt > latest.createdAt) latest = run;
  return latest;
}

/** Whether a weights object gives at least one factor a weight above 0 (the server requires it). */
export function hasSomeWeight(weights: Record<string, number>): boolean {
  return Object.values(weights).some((value) => value > 0);
}

/** "12 people", "1 person". */
export function peopleText(count: number): string {
  return `${count} ${count === 1 ? 'person' : 'people'}`;
}
