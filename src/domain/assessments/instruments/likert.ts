/** Answer labels shared by the shipped instruments, low to high. Each instrument takes its own copy. */
export const agreementLabels = [
  'Strongly disagree',
  'Disagree',
  'Neither agree nor disagree',
  'Agree',
  'Strongly agree',
];

export const likenessLabels = ['Very unlike me', 'Unlike me', 'Neither like nor unlike me', 'Like me', 'Very like me'];

/** A statement about the rated person: [item key, text, isReverseKeyed]. */
export type ItemSpec = readonly [key: string, text: string, isReverseKeyed: boolean];

/**
 * Items of several scales in round-robin order (first item of each scale, then the second...),
 * so no scale's items sit together: raters judge each statement instead of a run of similar ones.
 */
export function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, index) =>
    lists.flatMap((list) => (index < list.length ? [list[index] as T] : [])),
  ).flat();
}
