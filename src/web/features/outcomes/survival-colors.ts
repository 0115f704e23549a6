// One colour and line style per curve, in order: distinct on screen, and in black-and-white print
// the dashes still tell them apart.
const palette = [
  { color: 'var(--mantine-color-indigo-7)', isDashed: false },
  { color: 'var(--mantine-color-orange-7)', isDashed: true },
  { color: 'var(--mantine-color-teal-7)', isDashed: false },
  { color: 'var(--mantine-color-grape-7)', isDashed: true },
  { color: 'var(--mantine-color-red-7)', isDashed: false },
] as const;

export function curveStyle(index: number): { color: string; isDashed: boolean } {
  return palette[index % palette.length]!;
}
