import type { ErasureRequest, ErasureResult, PersonalDataExport } from '../../../contract/privacy.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { deleteBehaviouralProfileOf } from '../behavioural-profiles/index.js';
import { deletePulseInvitationsOf } from '../team-pulse/index.js';
import { clearOngoingFeedbackTextsOf } from '../ongoing-feedback/index.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../../http/policy.js';
import { clearFeedbackCommentsBy } from '../assessments/index.js';
import { recordAuditEvent } from '../audit/index.js';
import { getPersonRow } from '../people/index.js';
import { endSuccessionOf } from '../succession/index.js';
import { collectPersonalData, withholdPairContent } from './privacy.export.js';
import {
  anonymisePerson,
  clearWeeklyGoalTexts,
  deletePrivateNotesBy,
  disableLoginsOf,
  findPersonForErasure,
} from './privacy.repo.js';
import { listRetentionSettings, removeExpiredSessionContent, type RetentionCounts } from './privacy.retention.js';

export type PrivacyDeps = { db: Database; clock: Clock };

/** A download: the file name and the document. */
export type PersonalDataFile = { fileName: string; data: PersonalDataExport };

/** Reads everything about the person and records who exported it, in one transaction. */
async function exportPerson(
  deps: PrivacyDeps,
  actor: Actor,
  context: RequestContext,
  personId: string,
): Promise<PersonalDataFile> {
  return deps.db.transaction(async (tx) => {
    const person = await getPersonRow(tx, actor.orgId, personId);
    const collected = await collectPersonalData(tx, actor.orgId, person.id, deps.clock.now());
    // Admins never read what a pair keeps between themselves, not even through an export.
    const data = actor.personId === person.id ? collected : withholdPairContent(collected);
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'personalData.exported',
      targetType: 'person',
      targetId: person.id,
      details: {
        isOwn: actor.personId === person.id,
        sessions: data.sessions.length,
        ownPrivateNotes: data.sessions.reduce((total, session) => total + session.myPrivateNotes.length, 0),
      },
    });
    // Employee ids are the organization's own keys; keep only what is safe in a file name.
    return { fileName: `personal-data-${person.employeeId.replace(/[^\w.-]/g, '_')}.json`, data };
  });
}

/** An admin answers a data-subject request: everything about a person of their organization. */
export function exportPersonalData(
  deps: PrivacyDeps,
  actor: Actor,
  context: RequestContext,
  personId: string,
): Promise<PersonalDataFile> {
  return exportPerson(deps, actor, context, personId);
}

/** The signed-in user's own data, through the person their login is linked to. */
export function exportOwnPersonalData(
  deps: PrivacyDeps,
  actor: Actor,
  context: RequestContext,
): Promise<PersonalDataFile> {
  if (actor.personId === null) {
    throw new AppError('NOT_FOUND', {
      message:
        'Your login is not linked to a person of the directory, so Tandem holds no personal record for you beyond the login itself. Ask an administrator if you think it should be.',
    });
  }
  return exportPerson(deps, actor, context, actor.personId);
}

const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Erases a person on request: the row stays as an anonymous tombstone (pairs, sessions and
 * statistics keep pointing at it), their private notes go, their weekly goals lose their words and
 * their logins are disabled. One transaction with its audit event, which names ids only.
 */
export async function erasePerson(
  deps: PrivacyDeps,
  actor: Actor,
  context: RequestContext,
  personId: string,
  request: ErasureRequest,
): Promise<ErasureResult> {
  return deps.db.transaction(async (tx) => {
    const person = await findPersonForErasure(tx, actor.orgId, personId);
    if (!person) throw new AppError('NOT_FOUND', { message: 'No such person.' });
    if (person.erasedAt) {
      throw new AppError('CONFLICT', {
        message: `This person was already erased on ${isoDay(person.erasedAt)}.`,
        field: 'erasedAt',
      });
    }
    if (request.confirmEmployeeId !== person.employeeId) {
      throw new AppError('INVALID', {
        message: "Type the person's employee id to confirm the erasure.",
        field: 'body.confirmEmployeeId',
      });
    }
    if (actor.personId === person.id) {
      // Erasing oneself would disable the login doing it; another admin answers that request.
      throw new AppError('CONFLICT', { message: 'Ask another admin to erase your own record.', field: 'params.id' });
    }
    const now = deps.clock.now();
    await anonymisePerson(tx, actor.orgId, person.id, {
      now,
      exitDate: person.status === 'left' && person.exitDate ? person.exitDate : isoDay(now),
    });
    const privateNotesDeleted = await deletePrivateNotesBy(tx, actor.orgId, person.id);
    const weeklyGoalsCleared = await clearWeeklyGoalTexts(tx, actor.orgId, person.id);
    const feedbackCommentsCleared = await clearFeedbackCommentsBy(tx, actor.orgId, person.id);
    const behaviouralProfilesDeleted = await deleteBehaviouralProfileOf(tx, actor.orgId, person.id);
    const pulseInvitationsDeleted = await deletePulseInvitationsOf(tx, actor.orgId, person.id);
    const benchesLeft = await endSuccessionOf(tx, actor.orgId, person.id, isoDay(now));
    const ongoingFeedbackTextsCleared = await clearOngoingFeedbackTextsOf(tx, actor.orgId, person.id);
    const userIds = await disableLoginsOf(tx, actor.orgId, person.id, now);
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'person.erased',
      targetType: 'person',
      targetId: person.id,
      details: {
        userIds,
        privateNotesDeleted,
        weeklyGoalsCleared,
        feedbackCommentsCleared,
        behaviouralProfilesDeleted,
        pulseInvitationsDeleted,
        benchesLeft,
        ongoingFeedbackTextsCleared,
      },
    });
    return {
      personId: person.id,
      erasedAt: now.toISOString(),
      privateNotesDeleted,
      weeklyGoalsCleared,
      feedbackCommentsCleared,
      behaviouralProfilesDeleted,
      pulseInvitationsDeleted,
      ongoingFeedbackTextsCleared,
      loginsDisabled: userIds.length,
    };
  });
}

/** One organization's result of a retention pass. */
export type RetentionRun = { orgId: string; retentionDays: number } & RetentionCounts;

/**
 * The daily retention pass: in every organization that set a retention, the notes and agendas of
 * sessions of pairs closed longer ago than it are removed; each organization in its own
 * transaction, audited once with the counts (zero counts too, so the log shows the pass ran).
 */
export async function applySessionNoteRetention(deps: PrivacyDeps): Promise<RetentionRun[]> {
  const now = deps.clock.now();
  const runs: RetentionRun[] = [];
  for (const setting of await listRetentionSettings(deps.db)) {
    const counts = await deps.db.transaction(async (tx) => {
      const removed = await removeExpiredSessionContent(tx, setting.orgId, now, setting.days);
      await recordAuditEvent(
        tx,
        deps.clock,
        { ipAddress: null, userAgent: null, requestId: null },
        {
          orgId: setting.orgId,
          actorUserId: null,
          action: 'sessionNotes.retentionApplied',
          targetType: 'organization',
          targetId: setting.orgId,
          details: { retentionDays: setting.days, ...removed },
        },
      );
      return removed;
    });
    runs.push({ orgId: setting.orgId, retentionDays: setting.days, ...counts });
  }
  return runs;
}
