// Instruments: the shipped ones (in code) and those an organization imports (stored, versioned).
import type { InstrumentDocument, InstrumentList, InstrumentSummary } from '../../../contract/assessments.js';
import { parseInstrument, shippedInstruments, type Instrument } from '../../../domain/assessments/index.js';
import type { Database } from '../../db/client.js';
import type { Clock, RequestContext } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { authorize, type Actor } from '../../http/policy.js';
import { recordAuditEvent } from '../audit/index.js';
import { findStoredInstrument, insertInstrument, listStoredInstruments } from './assessments.repo.js';

export type InstrumentDeps = { db: Database; clock: Clock };

function summaryOf(instrument: Instrument, isShipped: boolean): InstrumentSummary {
  return {
    key: instrument.key,
    version: instrument.version,
    kind: instrument.kind,
    title: instrument.title,
    description: instrument.description,
    scaleCount: instrument.scales.length,
    itemCount: instrument.items.length,
    isShipped,
  };
}

/** A stored definition was checked when imported; parsing again guards against a hand-edited row. */
function storedInstrument(definition: unknown): Instrument {
  const parsed = parseInstrument(definition);
  if ('errors' in parsed) throw new Error('A stored instrument no longer parses.');
  return parsed.instrument;
}

/** The instrument with this key (the latest version when none is named), shipped or imported. */
export async function resolveInstrument(
  db: Database,
  orgId: string,
  key: string,
  version: number | null,
): Promise<Instrument> {
  const shipped = shippedInstruments.find(
    (instrument) => instrument.key === key && (version === null || instrument.version === version),
  );
  if (shipped) return shipped;
  const stored = await findStoredInstrument(db, orgId, key, version);
  if (!stored) {
    throw new AppError('NOT_FOUND', {
      message: `No instrument ${key}${version === null ? '' : ` version ${version}`}.`,
    });
  }
  return storedInstrument(stored.definition);
}

export async function listInstruments(deps: InstrumentDeps, actor: Actor): Promise<InstrumentList> {
  authorize(actor, 'instrument.read');
  const stored = await listStoredInstruments(deps.db, actor.orgId);
  return {
    items: [
      ...shippedInstruments.map((instrument) => summaryOf(instrument, true)),
      ...stored.map((row) => summaryOf(storedInstrument(row.definition), false)),
    ],
  };
}

export async function getInstrumentDocument(
  deps: InstrumentDeps,
  actor: Actor,
  key: string,
  version: number,
): Promise<InstrumentDocument> {
  authorize(actor, 'instrument.read');
  return resolveInstrument(deps.db, actor.orgId, key, version);
}

/**
 * Imports an instrument the organization holds the rights to. A version, once stored, never
 * changes (answers refer to it), so a changed instrument comes in as a new version.
 */
export async function importInstrument(
  deps: InstrumentDeps,
  context: RequestContext,
  actor: Actor,
  json: unknown,
): Promise<InstrumentSummary> {
  authorize(actor, 'instrument.import');
  const parsed = parseInstrument(json);
  if ('errors' in parsed) {
    const [first] = parsed.errors;
    throw new AppError('INVALID', {
      message: `The instrument is not valid: ${parsed.errors.map((error) => `${error.path}: ${error.message}`).join('; ')}`,
      field: `body.${first?.path ?? ''}`.replace(/\.$/, ''),
    });
  }
  const instrument = parsed.instrument;
  if (shippedInstruments.some((shipped) => shipped.key === instrument.key)) {
    throw new AppError('CONFLICT', {
      message: `${instrument.key} is the key of an instrument Tandem ships; choose another key.`,
      field: 'body.key',
    });
  }
  return deps.db.transaction(async (tx) => {
    const existing = await findStoredInstrument(tx, actor.orgId, instrument.key, instrument.version);
    if (existing) {
      throw new AppError('CONFLICT', {
        message: `Version ${instrument.version} of ${instrument.key} exists and never changes; import the change as version ${instrument.version + 1}.`,
        field: 'body.version',
      });
    }
    await insertInstrument(tx, {
      orgId: actor.orgId,
      key: instrument.key,
      version: instrument.version,
      definition: instrument,
      createdAt: deps.clock.now(),
    });
    await recordAuditEvent(tx, deps.clock, context, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'instrument.imported',
      targetType: 'instrument',
      targetId: `${instrument.key}@${instrument.version}`,
    });
    return summaryOf(instrument, false);
  });
}
