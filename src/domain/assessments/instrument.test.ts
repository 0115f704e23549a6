import { describe, expect, it } from 'vitest';
import {
  AssessmentInputError,
  checkAnswers,
  instrumentToJson,
  parseInstrument,
  scoreAnswers,
  shippedInstruments,
  type Instrument,
} from './index.js';

/** Two scales of two items each, one reverse-keyed item per scale, and one open question. */
const small: Instrument = {
  key: 'small_check',
  version: 2,
  title: 'Small check',
  kind: 'custom',
  description: 'A test instrument.',
  likert: { points: 5, labels: ['1', '2', '3', '4', '5'] },
  scales: [
    { key: 'listening', label: 'Listening', description: 'Hears people out.', competencyKey: null },
    { key: 'deciding', label: 'Deciding', description: 'Decides in time.', competencyKey: 'decision_making' },
  ],
  items: [
    { kind: 'likert', key: 'hears_out', text: 'Hears people out.', scaleKey: 'listening', isReverseKeyed: false },
    { kind: 'likert', key: 'interrupts', text: 'Interrupts.', scaleKey: 'listening', isReverseKeyed: true },
    { kind: 'likert', key: 'decides', text: 'Decides in time.', scaleKey: 'deciding', isReverseKeyed: false },
    { kind: 'likert', key: 'dithers', text: 'Dithers.', scaleKey: 'deciding', isReverseKeyed: true },
    { kind: 'comment', key: 'keep', text: 'What should they keep doing?' },
  ],
};

/** The paths of the problems `parseInstrument` finds in `json`, or [] when it accepts it. */
function errorPaths(json: unknown): string[] {
  const result = parseInstrument(json);
  return 'errors' in result ? result.errors.map((error) => error.path) : [];
}

function withItem(index: number, change: Record<string, unknown>): unknown {
  return { ...small, items: small.items.map((item, i) => (i === index ? { ...item, ...change } : item)) };
}

describe('parseInstrument', () => {
  it('accepts a valid instrument and returns it with texts trimmed', () => {
    const result = parseInstrument({ ...small, title: '  Small check  ' });
    expect(result).toEqual({ instrument: small });
  });

  it('round-trips every instrument through instrumentToJson and JSON text', () => {
    for (const instrument of [small, ...shippedInstruments]) {
      const json: unknown = JSON.parse(JSON.stringify(instrumentToJson(instrument)));
      expect(parseInstrument(json), instrument.key).toEqual({ instrument });
    }
  });

  it('leaves anything extra on the object out of the export', () => {
    const row = { ...small, id: 'row-17', scales: small.scales.map((scale) => ({ ...scale, orgId: 'o1' })) };
    const json = instrumentToJson(row);
    expect(json).not.toHaveProperty('id');
    expect(json.scales[0]).not.toHaveProperty('orgId');
    expect(parseInstrument(json)).toEqual({ instrument: small });
  });

  it('refuses a repeated item key, naming the repeat', () => {
    const result = parseInstrument(withItem(3, { key: 'decides' }));
    expect(result).toEqual({ errors: [{ path: 'items.3.key', message: 'repeats the key of items.2 (decides)' }] });
  });

  it('refuses a repeated scale key', () => {
    const scales = [small.scales[0], { ...small.scales[1], key: 'listening' }];
    expect(errorPaths({ ...small, scales })).toContain('scales.1.key');
  });

  it('refuses a likert item whose scale does not exist', () => {
    const result = parseInstrument(withItem(3, { scaleKey: 'decidng' }));
    expect(result).toEqual({
      errors: [{ path: 'items.3.scaleKey', message: 'names no scale of this instrument (decidng)' }],
    });
  });

  it('refuses a scale with no likert item', () => {
    const scales = [...small.scales, { key: 'empty', label: 'Empty', description: 'Nothing.', competencyKey: null }];
    expect(parseInstrument({ ...small, scales })).toEqual({
      errors: [{ path: 'scales.2', message: 'has no likert item' }],
    });
  });

  it('wants exactly one label per point', () => {
    const result = parseInstrument({ ...small, likert: { points: 5, labels: ['1', '2', '3', '4'] } });
    expect(result).toEqual({
      errors: [{ path: 'likert.labels', message: 'must hold one label per point: 5 labels, not 4' }],
    });
  });

  it('allows 4 to 10 points only', () => {
    const labels = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);
    expect(errorPaths({ ...small, likert: { points: 4, labels: labels(4) } })).toEqual([]);
    expect(errorPaths({ ...small, likert: { points: 10, labels: labels(10) } })).toEqual([]);
    expect(errorPaths({ ...small, likert: { points: 3, labels: labels(3) } })).toEqual(['likert.points']);
    expect(errorPaths({ ...small, likert: { points: 11, labels: labels(11) } })).toEqual(['likert.points']);
    expect(errorPaths({ ...small, likert: { points: 4.5, labels: labels(4) } })).toEqual(['likert.points']);
  });

  it('wants keys in lower snake case starting with a letter', () => {
    expect(errorPaths({ ...small, key: 'Small-check' })).toEqual(['key']);
    expect(errorPaths({ ...small, key: '_small' })).toEqual(['key']);
    expect(errorPaths(withItem(0, { key: '1st' }))).toEqual(['items.0.key']);
    expect(errorPaths(withItem(0, { key: 'a'.repeat(61) }))).toEqual(['items.0.key']);
    expect(errorPaths(withItem(0, { key: 'a'.repeat(60) }))).toEqual([]);
    expect(errorPaths(withItem(0, { key: 'x' }))).toEqual([]);
  });

  it('wants a whole version of at least 1', () => {
    expect(parseInstrument({ ...small, version: 0 })).toEqual({
      errors: [{ path: 'version', message: 'must be at least 1' }],
    });
    expect(errorPaths({ ...small, version: 1.5 })).toEqual(['version']);
    expect(errorPaths({ ...small, version: '2' })).toEqual(['version']);
  });

  it('refuses empty and blank texts', () => {
    expect(parseInstrument({ ...small, title: '   ' })).toEqual({
      errors: [{ path: 'title', message: 'must not be empty' }],
    });
    expect(errorPaths(withItem(4, { text: '' }))).toEqual(['items.4.text']);
    expect(errorPaths({ ...small, likert: { points: 5, labels: ['1', '2', ' ', '4', '5'] } })).toEqual([
      'likert.labels.2',
    ]);
  });

  it('refuses texts over their maximum length', () => {
    expect(errorPaths(withItem(0, { text: 'x'.repeat(500) }))).toEqual([]);
    expect(parseInstrument(withItem(0, { text: 'x'.repeat(501) }))).toEqual({
      errors: [{ path: 'items.0.text', message: 'must be at most 500 characters' }],
    });
    expect(errorPaths({ ...small, title: 'x'.repeat(201) })).toEqual(['title']);
  });

  it('names missing fields, unknown fields and a wrong kind', () => {
    const withoutDescription: Partial<Instrument> = { ...small };
    delete withoutDescription.description;
    expect(parseInstrument(withoutDescription)).toEqual({ errors: [{ path: 'description', message: 'is required' }] });
    expect(parseInstrument({ ...small, colour: 'blue' })).toEqual({
      errors: [{ path: 'colour', message: 'is not a known field' }],
    });
    expect(errorPaths(withItem(4, { scaleKey: 'listening' }))).toEqual(['items.4.scaleKey']);
    expect(errorPaths(withItem(1, { kind: 'slider' }))).toEqual(['items.1.kind']);
    expect(errorPaths({ ...small, kind: 'disc' })).toEqual(['kind']);
  });

  it('checks competency keys on scales', () => {
    const scales = [{ ...small.scales[0], competencyKey: 'Decision Making' }, small.scales[1]];
    expect(errorPaths({ ...small, scales })).toEqual(['scales.0.competencyKey']);
  });

  it('refuses something that is not an instrument at all', () => {
    expect(parseInstrument(null)).toEqual({ errors: [{ path: '(instrument)', message: 'must be an object' }] });
    expect(errorPaths([])).toEqual(['(instrument)']);
    // With no items at all, every scale is also left without one.
    expect(errorPaths({ ...small, items: [] })).toEqual(['items', 'scales.0', 'scales.1']);
  });

  it('lists every problem, not just the first', () => {
    expect(errorPaths({ ...small, key: 'Bad', version: 0, title: '' })).toEqual(['key', 'version', 'title']);
  });
});

describe('checkAnswers', () => {
  it('accepts points in range, text on open questions, nulls and skipped items', () => {
    expect(checkAnswers(small, { hears_out: 1, interrupts: 5, decides: null, keep: 'Her questions.' })).toEqual([]);
    expect(checkAnswers(small, {})).toEqual([]);
  });

  it('refuses unknown item keys, including names of built-in object properties', () => {
    expect(checkAnswers(small, { hears_out: 3, listens: 4, constructor: 2 })).toEqual([
      { path: 'listens', message: 'is not an item of this instrument' },
      { path: 'constructor', message: 'is not an item of this instrument' },
    ]);
  });

  it('refuses Likert values that are not a whole point of the scale', () => {
    for (const value of [0, 6, 2.5, Number.NaN, -1]) {
      expect(checkAnswers(small, { hears_out: value }), String(value)).toEqual([
        { path: 'hears_out', message: `must be a whole number from 1 to 5, not ${value}` },
      ]);
    }
  });

  it('refuses text on a likert item and a number on a comment item', () => {
    expect(checkAnswers(small, { hears_out: '4' })).toEqual([
      { path: 'hears_out', message: 'must be a whole number from 1 to 5, not text' },
    ]);
    expect(checkAnswers(small, { keep: 4 })).toEqual([{ path: 'keep', message: 'must be text, not a number' }]);
  });

  it('refuses comments over 2,000 characters, counting characters rather than UTF-16 units', () => {
    expect(checkAnswers(small, { keep: 'x'.repeat(2000) })).toEqual([]);
    expect(checkAnswers(small, { keep: '👍'.repeat(2000) })).toEqual([]);
    expect(checkAnswers(small, { keep: 'x'.repeat(2001) })).toEqual([
      { path: 'keep', message: 'must be at most 2000 characters' },
    ]);
  });

  it('refuses values of other types sent as JSON', () => {
    const answers = { hears_out: true, keep: { text: 'hi' } } as unknown as Record<string, number>;
    expect(checkAnswers(small, answers).map((problem) => problem.path)).toEqual(['hears_out', 'keep']);
  });
});

describe('scoreAnswers', () => {
  it('turns reverse-keyed items round and averages the answered items of each scale', () => {
    const scores = scoreAnswers(small, { hears_out: 4, interrupts: 2, decides: 5 });
    expect(scores.listening).toEqual({ mean: 4, answered: 2 });
    expect(scores.deciding).toEqual({ mean: 5, answered: 1 });
  });

  it('scores a reverse-keyed item as points + 1 − value on any scale length', () => {
    const sevenPoint = { ...small, likert: { points: 7, labels: ['1', '2', '3', '4', '5', '6', '7'] } };
    expect(scoreAnswers(sevenPoint, { interrupts: 1 }).listening?.mean).toBe(7);
    expect(scoreAnswers(sevenPoint, { interrupts: 7 }).listening?.mean).toBe(1);
    expect(scoreAnswers(sevenPoint, { interrupts: 3, hears_out: 6 }).listening?.mean).toBe(5.5);
  });

  it('gives a null mean to a scale with no answered item', () => {
    const scores = scoreAnswers(small, { hears_out: 3, decides: null, keep: 'Nothing to add.' });
    expect(scores.deciding).toEqual({ mean: null, answered: 0 });
    expect(Object.keys(scores)).toEqual(['listening', 'deciding']);
  });

  it('finds an item called constructor only when it was answered', () => {
    const tricky = withItem(0, { key: 'constructor' }) as Instrument;
    expect(scoreAnswers(tricky, { interrupts: 4 }).listening).toEqual({ mean: 2, answered: 1 });
    expect(scoreAnswers(tricky, { constructor: 5 }).listening).toEqual({ mean: 5, answered: 1 });
  });

  it('throws on answers checkAnswers refuses, naming the item', () => {
    expect(() => scoreAnswers(small, { decides: 9 })).toThrow(AssessmentInputError);
    expect(() => scoreAnswers(small, { decides: 9 })).toThrow('decides: must be a whole number from 1 to 5, not 9');
  });
});
