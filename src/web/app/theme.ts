import { createTheme } from '@mantine/core';
import type { CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 keeps primary-coloured text at WCAG AA contrast on white.
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
});

/** Mantine's default dimmed grey is 3.3:1 on white; gray.7 passes WCAG AA. */
export const cssVariablesResolver: CSSVariablesResolver = (resolvedTheme) => ({
  variables: {},
  light: { '--mantine-color-dimmed': resolvedTheme.colors.gray[7] ?? '#495057' },
  dark: {},
});
