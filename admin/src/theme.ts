import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's theme with the system's own fonts: no web font is fetched from anywhere (MUI
 * names Roboto but loads nothing; this makes the console look the same without it).
 */
const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Liberation Sans", Arial, sans-serif';

/**
 * Colours with at least 4.5:1 contrast wherever the console puts text in them or on them (WCAG
 * 2.1 AA, 1.4.3), checked by test/browser/accessibility.test.ts. MUI's and react-admin's defaults
 * fall short: the blue app bar (#2196f3) has 3.1:1 with its white text, the primary blue (#1976d2)
 * 4.4:1 on the page background and 4.0:1 as the label of a focused input, the error red (#d32f2f)
 * 3.8:1 on the form toolbar.
 */
const palette = {
  ...(defaultTheme.palette as object),
  // 5.8:1 on white, 5.0:1 on a focused filled input, 5.5:1 on the page background.
  primary: { main: '#1565c0', light: '#5e92f3', dark: '#003c8f', contrastText: '#fff' },
  // The app bar: 8.6:1 with its white text.
  secondary: { main: '#0d47a1', light: '#5472d3', dark: '#002171', contrastText: '#fff' },
  // 5.6:1 on white, 5.2:1 on the form toolbar below.
  error: { main: '#c62828', light: '#ff5f52', dark: '#8e0000', contrastText: '#fff' },
};

/**
 * Someone who asks their system for less motion gets none: no fades, no growing menus, no ripples
 * (WCAG 2.3.3). Browser tests ask for it too, so that axe measures colours at rest, never halfway
 * through a snackbar's fade.
 */
const prefersReducedMotion =
  typeof window !== 'undefined' &&
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

const withoutMotion: Pick<RaThemeOptions, 'transitions'> = prefersReducedMotion
  ? { transitions: { create: () => 'none' } }
  : {};

export const theme: RaThemeOptions = {
  ...defaultTheme,
  ...withoutMotion,
  palette,
  typography: { ...(defaultTheme.typography as object), fontFamily: SYSTEM_FONTS },
  components: {
    ...defaultTheme.components,
    ...(prefersReducedMotion && { MuiButtonBase: { defaultProps: { disableRipple: true } } }),
    // The form toolbar in a lighter grey (react-admin's #e0e0e0 leaves red text at 4.3:1).
    RaToolbar: { styleOverrides: { root: { backgroundColor: '#f5f5f5' } } },
    // "No stations yet" is information, not a disabled control: the secondary text colour (5.7:1)
    // rather than react-admin's disabled grey (2.6:1).
    RaEmpty: {
      styleOverrides: { root: { '& .RaEmpty-message': { color: 'rgba(0, 0, 0, 0.6)' } } },
    },
  },
};
