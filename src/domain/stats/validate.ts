// Input checks shared by the statistics. Every failure is a RangeError whose message starts with
// the argument's name, so a caller (or an API error mapper) can point at the offending field.

/** Throws unless `confidence` lies strictly between 0 and 1. */
export function checkConfidence(confidence: number): void {
  if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence: must be strictly between 0 and 1, got ${String(confidence)}`);
  }
}

/** Throws unless `values` is an array of at least two finite numbers. */
export function checkSample(name: string, values: readonly number[]): void {
  if (!Array.isArray(values)) throw new RangeError(`${name}: must be an array of numbers`);
  // Two is the floor everywhere: one value has no spread, no interval and no curve worth drawing.
  if (values.length < 2) throw new RangeError(`${name}: needs at least 2 values, got ${values.length}`);
  values.forEach((value, index) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RangeError(`${name}[${index}]: must be a finite number, got ${String(value)}`);
    }
  });
}

/** Throws unless `values` has as many entries as `reference` (paired data). */
export function checkSameLength(
  name: string,
  values: readonly unknown[],
  referenceName: string,
  reference: readonly unknown[],
): void {
  if (values.length !== reference.length) {
    throw new RangeError(
      `${name}: must have the same length as ${referenceName} (${reference.length}), got ${values.length}`,
    );
  }
}

/** Throws unless every entry of `events` is 0 (censored) or 1 (event). */
export function checkEvents(name: string, events: readonly number[]): void {
  if (!Array.isArray(events)) throw new RangeError(`${name}: must be an array of 0 and 1`);
  events.forEach((event, index) => {
    if (event !== 0 && event !== 1) throw new RangeError(`${name}[${index}]: must be 0 or 1, got ${String(event)}`);
  });
}
