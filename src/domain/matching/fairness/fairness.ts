/** A participant as the fairness report groups them. */
export type FairnessParticipant = { id: string; department: string; tier: string; location: string };

export type FairnessMatch = { participantId: string; partnerId: string; score: number };

export type GroupRate = { group: string; participants: number; matched: number; rate: number };

export type FairnessReport = {
  participants: number;
  matched: number;
  unmatched: number;
  matchRate: number;
  scores: {
    min: number | null;
    median: number | null;
    mean: number | null;
    max: number | null;
    histogram: { from: number; to: number; count: number }[];
  };
  byDepartment: GroupRate[];
  byTier: GroupRate[];
  byLocation: GroupRate[];
  partnerLoad: {
    partners: number;
    capacity: number;
    used: number;
    idle: number;
    full: number;
    distribution: { load: number; partners: number }[];
  };
};

const rate = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const round2 = (value: number) => Math.round(value * 100) / 100;

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Match rate per group, lowest rate first so the group left behind is on top; ties by name. */
function ratesBy(
  participants: FairnessParticipant[],
  matched: ReadonlySet<string>,
  groupOf: (participant: FairnessParticipant) => string,
): GroupRate[] {
  const groups = new Map<string, { participants: number; matched: number }>();
  for (const participant of participants) {
    const group = groupOf(participant) || 'Not set';
    const entry = groups.get(group) ?? { participants: 0, matched: 0 };
    entry.participants += 1;
    if (matched.has(participant.id)) entry.matched += 1;
    groups.set(group, entry);
  }
  return [...groups.entries()]
    .map(([group, entry]) => ({ group, ...entry, rate: rate(entry.matched, entry.participants) }))
    .sort((a, b) => a.rate - b.rate || a.group.localeCompare(b.group));
}

/**
 * Who got matched and how well: counts, the score distribution, the match rate per department,
 * tier and location, and how the load spreads over mentors or coaches. `partners` carry the
 * places they had in this run.
 */
export function fairnessReport(input: {
  participants: FairnessParticipant[];
  matches: FairnessMatch[];
  partners: { id: string; capacity: number }[];
}): FairnessReport {
  const matchedIds = new Set(input.matches.map((match) => match.participantId));
  const matched = input.participants.filter((participant) => matchedIds.has(participant.id)).length;
  const scores = input.matches.map((match) => match.score).sort((a, b) => a - b);
  const histogram = Array.from({ length: 10 }, (_, band) => ({ from: band * 10, to: band * 10 + 10, count: 0 }));
  for (const score of scores) histogram[Math.min(9, Math.max(0, Math.floor(score / 10)))]!.count += 1;

  const loads = new Map<string, number>();
  for (const match of input.matches) loads.set(match.partnerId, (loads.get(match.partnerId) ?? 0) + 1);
  const distribution = new Map<number, number>();
  let capacity = 0;
  let idle = 0;
  let full = 0;
  for (const partner of input.partners) {
    const load = loads.get(partner.id) ?? 0;
    capacity += partner.capacity;
    if (load === 0) idle += 1;
    if (partner.capacity > 0 && load >= partner.capacity) full += 1;
    distribution.set(load, (distribution.get(load) ?? 0) + 1);
  }

  return {
    participants: input.participants.length,
    matched,
    unmatched: input.participants.length - matched,
    matchRate: rate(matched, input.participants.length),
    scores: {
      min: scores[0] ?? null,
      median: median(scores),
      mean: scores.length ? round2(scores.reduce((sum, score) => sum + score, 0) / scores.length) : null,
      max: scores.at(-1) ?? null,
      histogram,
    },
    byDepartment: ratesBy(input.participants, matchedIds, (participant) => participant.department),
    byTier: ratesBy(input.participants, matchedIds, (participant) => participant.tier),
    byLocation: ratesBy(input.participants, matchedIds, (participant) => participant.location),
    partnerLoad: {
      partners: input.partners.length,
      capacity,
      used: input.matches.length,
      idle,
      full,
      distribution: [...distribution.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([load, partners]) => ({ load, partners })),
    },
  };
}
