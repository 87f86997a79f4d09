import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/**
 * Mantine's defaults, adjusted for WCAG 2.1 AA contrast on white: the primary colour at shade 8
 * (5,0:1 for white text on buttons; shade 6 is 3,6:1), dimmed text at gray 7 (8,2:1; gray 6 is
 * 3,3:1) and errors at red 9 (5,5:1).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  cursorType: 'pointer',
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});
