import { z } from 'zod';
import type { OrganizationSettings } from '../../../contract/privacy.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import {
  findOrganization,
  findOrganizationByName,
  insertOrganization,
  updateSessionNoteRetention,
  type OrganizationRow,
} from './organizations.repo.js';

export const OrganizationName = z.string().trim().min(1, 'is required').max(200, 'is longer than 200 characters');

export async function createOrganization(db: Database, input: { name: string }): Promise<OrganizationRow> {
  const parsed = OrganizationName.safeParse(input.name);
  if (!parsed.success) {
    throw new AppError('INVALID', { message: `name ${parsed.error.issues[0]!.message}`, field: 'name' });
  }
  if (await findOrganizationByName(db, parsed.data)) {
    throw new AppError('CONFLICT', {
      message: `An organization named "${parsed.data}" already exists.`,
      field: 'name',
    });
  }
  return insertOrganization(db, parsed.data);
}

export async function getOrganizationByName(db: Database, name: string): Promise<OrganizationRow> {
  const organization = await findOrganizationByName(db, name.trim());
  if (!organization) throw new AppError('NOT_FOUND', { message: `No organization named "${name}".`, field: 'org' });
  return organization;
}

export async function getOrganization(db: Database, orgId: string): Promise<OrganizationRow> {
  const organization = await findOrganization(db, orgId);
  if (!organization) throw new AppError('NOT_FOUND', { message: 'Organization not found.' });
  return organization;
}

/** The organization's settings, as its admins change them. */
export async function getOrganizationSettings(db: Database, actor: Actor): Promise<OrganizationSettings> {
  const organization = await getOrganization(db, actor.orgId);
  return { sessionNoteRetentionDays: organization.sessionNoteRetentionDays };
}

/** Changes the settings and records the change (old and new value) in the audit log. */
export async function changeOrganizationSettings(
  deps: { db: Database; clock: Clock },
  actor: Actor,
  context: RequestContext,
  settings: OrganizationSettings,
): Promise<OrganizationSettings> {
  return deps.db.transaction(async (tx) => {
    const before = await getOrganization(tx, actor.orgId);
    await updateSessionNoteRetention(tx, actor.orgId, settings.sessionNoteRetentionDays);
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'organization.settings.changed',
      targetType: 'organization',
      targetId: actor.orgId,
      details: {
        sessionNoteRetentionDays: { from: before.sessionNoteRetentionDays, to: settings.sessionNoteRetentionDays },
      },
    });
    return { sessionNoteRetentionDays: settings.sessionNoteRetentionDays };
  });
}
