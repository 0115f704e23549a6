import type { MatchingProposal, MatchingRun, MatchingRunSummary } from '../../../contract/matching.js';
import type { ProgramPerson } from '../../../contract/programs.js';
import { fairnessReport } from '../../../domain/matching/fairness/index.js';
import type { Database } from '../../db/client.js';
import {
  asProgramPerson,
  listProgramPeople,
  listProposals,
  unknownPerson,
  type MatchingProposalRow,
  type MatchingRunRow,
} from './matching.repo.js';

export function toRunSummary(
  run: MatchingRunRow,
  proposals: { matched: number; totalScore: number },
): MatchingRunSummary {
  return {
    id: run.id,
    programId: run.programId,
    kind: run.kind,
    status: run.status,
    objective: run.objective,
    totalScore: Math.round(proposals.totalScore * 100) / 100,
    matched: proposals.matched,
    unmatched: run.participants.length - proposals.matched,
    isOptimal: run.isOptimal,
    createdAt: run.createdAt.toISOString(),
    updatedAt: run.updatedAt.toISOString(),
    publishedAt: run.publishedAt?.toISOString() ?? null,
  };
}

/** A run's whole board: proposals (by participant name), who is left unmatched and why, loads and fairness. */
export async function toRun(db: Database, run: MatchingRunRow): Promise<MatchingRun> {
  const rows = await listProposals(db, run.orgId, run.id);
  const people = await listProgramPeople(db, run.orgId, [
    ...run.participants.map((participant) => participant.personId),
    ...run.partners.map((partner) => partner.personId),
  ]);
  const personOf = (id: string) => people.get(id) ?? unknownPerson(id);
  const show = (id: string): ProgramPerson => asProgramPerson(personOf(id));
  const byParticipant = new Map<string, MatchingProposalRow>(rows.map((row) => [row.participantPersonId, row]));
  const proposals: MatchingProposal[] = rows
    .map((row) => ({
      id: row.id,
      participant: show(row.participantPersonId),
      partner: show(row.partnerPersonId),
      score: row.score,
      factors: row.factors,
      reasons: row.reasons,
      warnings: row.warnings,
      isLocked: row.isLocked,
      source: row.source,
    }))
    .sort((a, b) => a.participant.name.localeCompare(b.participant.name) || a.id.localeCompare(b.id));
  const loads = new Map<string, number>();
  for (const row of rows) loads.set(row.partnerPersonId, (loads.get(row.partnerPersonId) ?? 0) + 1);

  return {
    ...toRunSummary(run, { matched: rows.length, totalScore: rows.reduce((sum, row) => sum + row.score, 0) }),
    proposals,
    unmatchedParticipants: run.participants
      .filter((participant) => !byParticipant.has(participant.personId))
      .map((participant) => ({
        participant: show(participant.personId),
        reason: participant.reason ?? 'Taken off the board by hand.',
      }))
      .sort((a, b) => a.participant.name.localeCompare(b.participant.name)),
    partners: run.partners
      .map((partner) => ({
        partner: show(partner.personId),
        capacity: partner.capacity,
        load: loads.get(partner.personId) ?? 0,
        alreadyMatched: partner.alreadyMatched,
      }))
      .sort((a, b) => a.partner.name.localeCompare(b.partner.name)),
    fairness: fairnessReport({
      participants: run.participants.map((participant) => {
        const person = personOf(participant.personId);
        return { id: person.id, department: person.department, tier: person.tier, location: person.location };
      }),
      matches: rows.map((row) => ({
        participantId: row.participantPersonId,
        partnerId: row.partnerPersonId,
        score: row.score,
      })),
      partners: run.partners.map((partner) => ({ id: partner.personId, capacity: partner.capacity })),
    }),
  };
}
