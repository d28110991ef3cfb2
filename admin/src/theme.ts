import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's theme with the system's own fonts: no web font is fetched from anywhere (MUI
 * names Roboto but loads nothing; this makes the console look the same without it).
 */
const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", "Noto Sans", "Liberation Sans", Arial, sans-serif';

export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: { ...(defaultTheme.typography as object), fontFamily: SYSTEM_FONTS },
};
