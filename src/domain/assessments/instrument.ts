/**
 * The instrument engine: what a questionnaire is, how its definition and its answers are checked,
 * and how answers become one score per scale. Shipped and admin-defined instruments go through
 * the same code, so an imported JSON file gets exactly the checks a shipped one passes.
 */
import { z } from 'zod';
import { competencyKeyPattern } from '../competencies/index.js';
import { AssessmentInputError, type InputProblem } from './errors.js';

export const instrumentKinds = ['leadership_360', 'behavioural_profile', 'engagement_pulse', 'custom'] as const;
export type InstrumentKind = (typeof instrumentKinds)[number];

/** What one score measures. For the 360 the scales are the competencies, and `competencyKey` says which. */
export type InstrumentScale = { key: string; label: string; description: string; competencyKey: string | null };

/** A rated statement (`likert`) or an open question (`comment`). */
export type InstrumentItem =
  | { kind: 'likert'; key: string; text: string; scaleKey: string; isReverseKeyed: boolean }
  | { kind: 'comment'; key: string; text: string };

export type LikertItem = Extract<InstrumentItem, { kind: 'likert' }>;
export type CommentItem = Extract<InstrumentItem, { kind: 'comment' }>;

export type Instrument = {
  key: string;
  /** Answers are stored against a key and version: a changed wording or scale needs a new version. */
  version: number;
  title: string;
  kind: InstrumentKind;
  description: string;
  /** The answer points, 1 to `points`, with one label each from low to high. */
  likert: { points: number; labels: string[] };
  scales: InstrumentScale[];
  /** In the order raters see them. */
  items: InstrumentItem[];
};

/** Item key → Likert point (1..points), comment text, or null when skipped. A missing key is also skipped. */
export type Answers = Record<string, number | string | null>;

export type ScaleScore = { mean: number | null; answered: number };

/** Keys end up in stored answers and report columns, so they stay plain lower snake case. */
export const instrumentKeyPattern = /^[a-z][a-z0-9_]*$/;

export const instrumentLimits = {
  keyLength: 60,
  titleLength: 200,
  descriptionLength: 2_000,
  labelLength: 120,
  pointLabelLength: 60,
  itemTextLength: 500,
  minPoints: 4,
  maxPoints: 10,
  scales: 50,
  items: 300,
  /** Counted in characters (code points), as PostgreSQL counts them. */
  commentLength: 2_000,
} as const;

/** Zod's message for a wrong or missing value: missing fields say so instead of naming a type. */
const expected =
  (what: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'is required' : `must be ${what}`;

const text = (maxLength: number) =>
  z
    .string({ error: expected('text') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(maxLength, { error: `must be at most ${maxLength} characters` });

const key = z
  .string({ error: expected('text') })
  .max(instrumentLimits.keyLength, { error: `must be at most ${instrumentLimits.keyLength} characters` })
  .regex(instrumentKeyPattern, { error: 'must be lower snake case starting with a letter, e.g. listens_fully' });

const ScaleSchema = z.strictObject(
  {
    key,
    label: text(instrumentLimits.labelLength),
    description: text(instrumentLimits.descriptionLength),
    competencyKey: z
      .string({ error: expected('a competency key or null') })
      .regex(competencyKeyPattern, { error: 'must be a competency key (lower snake case, 2 to 60 characters) or null' })
      .nullable(),
  },
  { error: expected('an object') },
);

const ItemSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('likert'),
      key,
      text: text(instrumentLimits.itemTextLength),
      scaleKey: key,
      isReverseKeyed: z.boolean({ error: expected('true or false') }),
    }),
    z.strictObject({ kind: z.literal('comment'), key, text: text(instrumentLimits.itemTextLength) }),
  ],
  { error: "must have kind 'likert' or 'comment'" },
);

/** The shape of an instrument and every rule that spans its fields; `parseInstrument` reports its problems. */
export const InstrumentSchema = z
  .strictObject(
    {
      key,
      version: z
        .int({ error: expected('a whole number') })
        .min(1, { error: 'must be at least 1' })
        .max(1_000_000, { error: 'must be at most 1000000' }),
      title: text(instrumentLimits.titleLength),
      kind: z.enum(instrumentKinds, { error: expected(`one of ${instrumentKinds.join(', ')}`) }),
      description: text(instrumentLimits.descriptionLength),
      likert: z.strictObject(
        {
          points: z
            .int({ error: expected('a whole number') })
            .min(instrumentLimits.minPoints, { error: `must be at least ${instrumentLimits.minPoints}` })
            .max(instrumentLimits.maxPoints, { error: `must be at most ${instrumentLimits.maxPoints}` }),
          labels: z.array(text(instrumentLimits.pointLabelLength), { error: expected('a list of labels') }),
        },
        { error: expected('an object') },
      ),
      scales: z
        .array(ScaleSchema, { error: expected('a list of scales') })
        .min(1, { error: 'must hold at least one scale' })
        .max(instrumentLimits.scales, { error: `must hold at most ${instrumentLimits.scales} scales` }),
      items: z
        .array(ItemSchema, { error: expected('a list of items') })
        .min(1, { error: 'must hold at least one item' })
        .max(instrumentLimits.items, { error: `must hold at most ${instrumentLimits.items} items` }),
    },
    { error: 'must be an object' },
  )
  .superRefine((instrument, context) => {
    for (const problem of crossFieldProblems(instrument)) {
      // Indices go back as numbers, as in zod's own issues.
      const path = problem.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      context.addIssue({ code: 'custom', path, message: problem.message });
    }
  });

// The rules zod cannot express field by field. Zod runs this only when every field has the right
// type, though a length or pattern may still be wrong: the checks below rely on types alone.
function crossFieldProblems(instrument: Instrument): InputProblem[] {
  const problems: InputProblem[] = [];
  const { points, labels } = instrument.likert;
  if (labels.length !== points) {
    problems.push({
      path: 'likert.labels',
      message: `must hold one label per point: ${points} labels, not ${labels.length}`,
    });
  }
  const scaleIndex = new Map<string, number>();
  instrument.scales.forEach((scale, index) => {
    const first = scaleIndex.get(scale.key);
    if (first === undefined) scaleIndex.set(scale.key, index);
    else problems.push({ path: `scales.${index}.key`, message: `repeats the key of scales.${first} (${scale.key})` });
  });
  const itemIndex = new Map<string, number>();
  const scored = new Set<string>();
  instrument.items.forEach((item, index) => {
    const first = itemIndex.get(item.key);
    if (first === undefined) itemIndex.set(item.key, index);
    else problems.push({ path: `items.${index}.key`, message: `repeats the key of items.${first} (${item.key})` });
    if (item.kind !== 'likert') return;
    scored.add(item.scaleKey);
    if (!scaleIndex.has(item.scaleKey)) {
      problems.push({
        path: `items.${index}.scaleKey`,
        message: `names no scale of this instrument (${item.scaleKey})`,
      });
    }
  });
  instrument.scales.forEach((scale, index) => {
    if (!scored.has(scale.key)) problems.push({ path: `scales.${index}`, message: 'has no likert item' });
  });
  return problems;
}

/**
 * Checks untrusted JSON as an instrument and returns a clean copy (texts trimmed), or every problem
 * found, each naming its path.
 * @example parseInstrument({ ...instrument, version: 0 }) // { errors: [{ path: 'version', message: 'must be at least 1' }] }
 */
export function parseInstrument(json: unknown): { instrument: Instrument } | { errors: InputProblem[] } {
  const result = InstrumentSchema.safeParse(json);
  if (result.success) return { instrument: result.data };
  return {
    errors: result.error.issues.flatMap((issue): InputProblem[] =>
      // An unknown field is named by its own path, so the message can say what is wrong with it.
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((field) => ({ path: pathText([...issue.path, field]), message: 'is not a known field' }))
        : [{ path: pathText(issue.path), message: issue.message }],
    ),
  };
}

function pathText(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(instrument)' : path.map(String).join('.');
}

/** The instrument as plain JSON for export; `parseInstrument` accepts it back unchanged. */
export function instrumentToJson(instrument: Instrument): Instrument {
  // Fields are picked one by one so that anything extra on the object (a row id, say) stays out
  // of the file: the strict schema would refuse it on the way back in.
  return {
    key: instrument.key,
    version: instrument.version,
    title: instrument.title,
    kind: instrument.kind,
    description: instrument.description,
    likert: { points: instrument.likert.points, labels: [...instrument.likert.labels] },
    scales: instrument.scales.map(({ key, label, description, competencyKey }) => ({
      key,
      label,
      description,
      competencyKey,
    })),
    items: instrument.items.map((item) =>
      item.kind === 'likert'
        ? {
            kind: 'likert',
            key: item.key,
            text: item.text,
            scaleKey: item.scaleKey,
            isReverseKeyed: item.isReverseKeyed,
          }
        : { kind: 'comment', key: item.key, text: item.text },
    ),
  };
}

/**
 * Every problem with one rater's answers: unknown item keys, Likert values that are not a whole
 * point of the scale, text on a rated item, a number on an open question, comments that are too long.
 * Paths are item keys. Missing items and nulls are skips, never problems.
 */
export function checkAnswers(instrument: Instrument, answers: Answers): InputProblem[] {
  const items = itemsByKey(instrument);
  const { points } = instrument.likert;
  const problems: InputProblem[] = [];
  for (const [itemKey, value] of Object.entries(answers) as [string, unknown][]) {
    const item = items.get(itemKey);
    if (item === undefined) {
      problems.push({ path: itemKey, message: 'is not an item of this instrument' });
    } else if (value === null) {
      continue;
    } else if (item.kind === 'likert') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > points) {
        const got = typeof value === 'string' ? 'text' : typeof value === 'number' ? String(value) : typeof value;
        problems.push({ path: itemKey, message: `must be a whole number from 1 to ${points}, not ${got}` });
      }
    } else if (typeof value !== 'string') {
      problems.push({
        path: itemKey,
        message: `must be text, not ${typeof value === 'number' ? 'a number' : typeof value}`,
      });
    } else if (characterCount(value) > instrumentLimits.commentLength) {
      problems.push({ path: itemKey, message: `must be at most ${instrumentLimits.commentLength} characters` });
    }
  }
  return problems;
}

/**
 * The mean point per scale over the items answered, with reverse-keyed items turned round
 * (points + 1 − value). Throws `AssessmentInputError` on answers `checkAnswers` would refuse.
 * @example scoreAnswers(fivePoint, { calm: 4, snaps_when_pressed: 2 }).stability // { mean: 4, answered: 2 } when the second is reverse-keyed
 */
export function scoreAnswers(instrument: Instrument, answers: Answers): Record<string, ScaleScore> {
  const problem = checkAnswers(instrument, answers)[0];
  if (problem !== undefined) throw new AssessmentInputError(problem.path, problem.message);
  const sums = new Map<string, { total: number; answered: number }>(
    instrument.scales.map((scale) => [scale.key, { total: 0, answered: 0 }]),
  );
  for (const item of instrument.items) {
    if (item.kind !== 'likert') continue;
    const value = answerOf(answers, item.key);
    const sum = sums.get(item.scaleKey);
    if (typeof value !== 'number' || sum === undefined) continue;
    sum.total += item.isReverseKeyed ? instrument.likert.points + 1 - value : value;
    sum.answered += 1;
  }
  const scores: Record<string, ScaleScore> = {};
  for (const [scaleKey, { total, answered }] of sums) {
    scores[scaleKey] = { mean: answered === 0 ? null : total / answered, answered };
  }
  return scores;
}

/** The answer to one item, or undefined. Own keys only: an item may be called `constructor`. */
export function answerOf(answers: Answers, itemKey: string): number | string | null | undefined {
  return Object.hasOwn(answers, itemKey) ? answers[itemKey] : undefined;
}

function itemsByKey(instrument: Instrument): Map<string, InstrumentItem> {
  return new Map(instrument.items.map((item) => [item.key, item]));
}

function characterCount(value: string): number {
  return [...value].length;
}
