/** A mentor a mentee could ask, as scored for that mentee. */
export type SuggestionCandidate = {
  partnerId: string;
  score: number;
  /** Places the mentor has left, after accepted and waiting requests. */
  openPlaces: number;
};

export type SuggestOptions = {
  /** How many to show (5). */
  count?: number;
  /** Scores this close to the best remaining one count as near-equal (5 points). */
  tolerance?: number;
};

/** FNV-1a: a small stable hash, so a mentee sees the same order on every visit. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The mentors to suggest to one mentee, best first. Mentors without a place left are never shown.
 * Near-equal mentors (within `tolerance` of the best one still to place) come in an order that
 * differs from mentee to mentee, so one popular mentor is not everyone's first suggestion while a
 * clearly better fit still always comes first.
 */
export function suggestPartners<Candidate extends SuggestionCandidate>(
  menteeId: string,
  candidates: readonly Candidate[],
  options: SuggestOptions = {},
): Candidate[] {
  const count = options.count ?? 5;
  const tolerance = options.tolerance ?? 5;
  const remaining = candidates
    .filter((candidate) => candidate.openPlaces > 0)
    .sort((a, b) => b.score - a.score || a.partnerId.localeCompare(b.partnerId));
  const shown: Candidate[] = [];
  while (shown.length < count && remaining.length > 0) {
    const best = remaining[0]!.score;
    const bandEnd = remaining.findIndex((candidate) => candidate.score < best - tolerance);
    const band = remaining.splice(0, bandEnd < 0 ? remaining.length : bandEnd);
    band.sort((a, b) => stableHash(`${menteeId}:${a.partnerId}`) - stableHash(`${menteeId}:${b.partnerId}`));
    shown.push(...band.slice(0, count - shown.length));
  }
  return shown;
}
