import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { AppError } from '../../http/errors.js';
import {
  findOrganization,
  findOrganizationByName,
  insertOrganization,
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
