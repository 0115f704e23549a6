import { describe, expect, it } from 'vitest';
import { toSafeRedirect } from './session';

describe('toSafeRedirect', () => {
  it('keeps local paths with their query', () => {
    expect(toSafeRedirect('/people?tier=executive')).toBe('/people?tier=executive');
  });

  it.each(['https://evil.example', '//evil.example', '/\\evil.example', 'people', '/login', '/login?redirect=/x', 42])(
    'drops %s',
    (value) => {
      expect(toSafeRedirect(value)).toBeUndefined();
    },
  );
});
