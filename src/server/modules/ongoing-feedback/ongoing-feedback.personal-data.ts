// What ongoing feedback holds about one person, for their export and their erasure.
import { and, asc, eq, or } from 'drizzle-orm';
import type { OngoingFeedbackRecord, PersonalDataExport } from '../../../contract/privacy.js';
import type { Database } from '../../db/client.js';
import { findPeople } from './ongoing-feedback.repo.js';
import { feedbackRequests, kudos, ongoingFeedback, sessionFeedbackPrompts } from './ongoing-feedback.table.js';

const iso = (value: Date) => value.toISOString();
const isoOrNull = (value: Date | null) => value?.toISOString() ?? null;

export async function collectOngoingFeedback(
  db: Database,
  orgId: string,
  personId: string,
): Promise<Pick<PersonalDataExport, 'ongoingFeedback'>> {
  const requests = await db
    .select()
    .from(feedbackRequests)
    .where(
      and(
        eq(feedbackRequests.orgId, orgId),
        or(eq(feedbackRequests.requesterPersonId, personId), eq(feedbackRequests.askedPersonId, personId)),
      ),
    )
    .orderBy(asc(feedbackRequests.createdAt));
  const pieces = await db
    .select()
    .from(ongoingFeedback)
    .where(
      and(
        eq(ongoingFeedback.orgId, orgId),
        or(eq(ongoingFeedback.giverPersonId, personId), eq(ongoingFeedback.aboutPersonId, personId)),
      ),
    )
    .orderBy(asc(ongoingFeedback.createdAt));
  const praise = await db
    .select()
    .from(kudos)
    .where(and(eq(kudos.orgId, orgId), or(eq(kudos.giverPersonId, personId), eq(kudos.recipientPersonId, personId))))
    .orderBy(asc(kudos.createdAt));
  const prompts = await db
    .select()
    .from(sessionFeedbackPrompts)
    .where(
      and(
        eq(sessionFeedbackPrompts.orgId, orgId),
        or(
          eq(sessionFeedbackPrompts.participantPersonId, personId),
          eq(sessionFeedbackPrompts.askedByPersonId, personId),
        ),
      ),
    )
    .orderBy(asc(sessionFeedbackPrompts.askedAt));
  const found = await findPeople(db, orgId, [
    ...requests.flatMap((row) => [row.requesterPersonId, row.askedPersonId]),
    ...pieces.flatMap((row) => [row.giverPersonId, row.aboutPersonId]),
    ...praise.flatMap((row) => [row.giverPersonId, row.recipientPersonId]),
    ...prompts.flatMap((row) => [row.askedByPersonId, row.participantPersonId]),
  ]);
  const nameOf = (id: string) => ({ name: found.get(id)?.name ?? 'Unknown person' });
  return {
    ongoingFeedback: {
      requests: requests.map((row) => ({
        direction: row.requesterPersonId === personId ? 'sent' : 'received',
        requester: nameOf(row.requesterPersonId),
        asked: nameOf(row.askedPersonId),
        competencyKey: row.competencyKey,
        question: row.question,
        status: row.status,
        createdAt: iso(row.createdAt),
        decidedAt: isoOrNull(row.decidedAt),
      })),
      feedback: pieces.map((row) => ({
        direction: row.giverPersonId === personId ? 'given' : 'received',
        giver: nameOf(row.giverPersonId),
        about: nameOf(row.aboutPersonId),
        competencyKey: row.competencyKey,
        text: row.text,
        // Whether the subject shared it is theirs to know, not the giver's.
        sharedWithGuidesAt: row.aboutPersonId === personId ? isoOrNull(row.sharedWithGuidesAt) : null,
        createdAt: iso(row.createdAt),
      })),
      kudos: praise.map((row) => ({
        direction: row.giverPersonId === personId ? 'given' : 'received',
        giver: nameOf(row.giverPersonId),
        recipient: nameOf(row.recipientPersonId),
        competencyKey: row.competencyKey,
        message: row.message,
        isVisibleToTeam: row.isVisibleToTeam,
        createdAt: iso(row.createdAt),
      })),
      sessionPrompts: prompts.map((row) => ({
        sessionId: row.sessionId,
        askedBy: nameOf(row.askedByPersonId),
        participant: nameOf(row.participantPersonId),
        askedAt: iso(row.askedAt),
        answer: row.answer,
        answeredAt: isoOrNull(row.answeredAt),
      })),
    },
  };
}

/** The record as an administrator's export carries it: dates, names and statuses, no words. */
export function withholdOngoingFeedbackTexts(record: OngoingFeedbackRecord): OngoingFeedbackRecord {
  return {
    requests: record.requests.map((row) => ({ ...row, question: '' })),
    feedback: record.feedback.map((row) => ({ ...row, text: '' })),
    kudos: record.kudos.map((row) => ({ ...row, message: '' })),
    sessionPrompts: record.sessionPrompts.map((row) => ({ ...row, answer: null })),
  };
}

/**
 * Removes the words of everything the person wrote or that was written about them: questions,
 * feedback (no longer shared), kudos messages and prompt answers. The rows stay, so counts in the
 * outcomes stay true. Answers how many rows lost their words.
 */
export async function clearOngoingFeedbackTextsOf(db: Database, orgId: string, personId: string): Promise<number> {
  const requests = await db
    .update(feedbackRequests)
    .set({ question: '' })
    .where(
      and(
        eq(feedbackRequests.orgId, orgId),
        or(eq(feedbackRequests.requesterPersonId, personId), eq(feedbackRequests.askedPersonId, personId)),
      ),
    )
    .returning({ id: feedbackRequests.id });
  const pieces = await db
    .update(ongoingFeedback)
    .set({ text: '', sharedWithGuidesAt: null })
    .where(
      and(
        eq(ongoingFeedback.orgId, orgId),
        or(eq(ongoingFeedback.giverPersonId, personId), eq(ongoingFeedback.aboutPersonId, personId)),
      ),
    )
    .returning({ id: ongoingFeedback.id });
  const praise = await db
    .update(kudos)
    .set({ message: '' })
    .where(and(eq(kudos.orgId, orgId), or(eq(kudos.giverPersonId, personId), eq(kudos.recipientPersonId, personId))))
    .returning({ id: kudos.id });
  const answers = await db
    .update(sessionFeedbackPrompts)
    .set({ answer: null })
    .where(and(eq(sessionFeedbackPrompts.orgId, orgId), eq(sessionFeedbackPrompts.participantPersonId, personId)))
    .returning({ id: sessionFeedbackPrompts.id });
  return requests.length + pieces.length + praise.length + answers.length;
}
