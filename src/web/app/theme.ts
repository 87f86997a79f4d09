import {
  type CSSVariablesResolver,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Mantine's "light" variant (badges, light buttons, the active navigation link) writes shade 9 on
 * shade 1, which is under 4,5:1 for teal, green, orange and others: the text is darkened by a
 * quarter, which brings every palette colour above 4,5:1 except yellow (avoided for text).
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return colors;
  const text = darken(input.theme.colors[parsed.color]![9], 0.25);
  return { ...colors, color: text, hoverColor: text };
};

/**
 * Mantine's defaults, adjusted for WCAG 2.1 AA contrast (checked by tests/e2e/contrast.spec.ts):
 * the primary colour at shade 8 (5,0:1 for white text on buttons; shade 6 is 3,6:1), dimmed text
 * at gray 7 (8,2:1; gray 6 is 3,3:1) and errors at red 9 (5,5:1).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  cursorType: 'pointer',
  variantColorResolver,
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
