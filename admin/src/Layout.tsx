import { ThemeProvider, type Theme } from '@mui/material';
import { useCallback, useEffect, type ReactNode } from 'react';
import {
  AppBar as RaAppBar,
  AppBarClasses,
  Layout as RaLayout,
  TitlePortal,
  useGetIdentity,
  useLocaleState,
  UserMenu,
  useTranslate,
  type AppBarProps,
} from 'react-admin';
import { ReferralMenu } from './referrals/ReferralMenu';

/** Keeps <html lang> the console's language, so screen readers pronounce it right (WCAG 3.1.1). */
export function useDocumentLanguage(): void {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}

/**
 * Keeps the browser tab's title the page's (WCAG 2.4.2): every page puts its title in the app bar
 * (react-admin's <Title>), and this copies it, so that tabs and screen readers tell pages apart.
 */
function useDocumentTitle(): void {
  useEffect(() => {
    const heading = document.getElementById('react-admin-title');
    if (!heading) return;
    const update = () => {
      const text = heading.textContent?.trim();
      document.title = text && text !== 'Tukiverkko' ? `${text} – Tukiverkko` : 'Tukiverkko';
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(heading, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
}

/**
 * react-admin's user menu shows the user's name but is named only "Profile": a speech-input user
 * who says what they see would miss it. Its name starts with the visible text (WCAG 2.5.3).
 */
const NamedUserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const menu = translate('ra.auth.user_menu');
  return <UserMenu label={identity?.fullName ? `${identity.fullName} (${menu})` : menu} />;
};

/** The page's title is its one top-level heading, in the app bar as on every page. */
const AppBar = (props: AppBarProps) => {
  useDocumentTitle();
  return (
    <RaAppBar {...props} userMenu={<NamedUserMenu />}>
      <TitlePortal component="h1" className={AppBarClasses.title} />
    </RaAppBar>
  );
};

/**
 * Every spinner (MUI's CircularProgress: react-admin's in the app bar, in a saving button, in a
 * loading input) is a progress bar that needs a name (WCAG 4.1.2); react-admin gives them none.
 * This names them "Ladataan" in the console's language unless they have a name of their own.
 */
const NamedSpinners = ({ children }: { children: ReactNode }) => {
  const label = useTranslate()('ra.page.loading');
  const withLabel = useCallback(
    (outer: Theme): Theme => ({
      ...outer,
      components: {
        ...outer.components,
        MuiCircularProgress: {
          ...outer.components?.MuiCircularProgress,
          defaultProps: {
            ...outer.components?.MuiCircularProgress?.defaultProps,
            'aria-label': label,
          },
        },
      },
    }),
    [label],
  );
  return <ThemeProvider theme={withLabel}>{children}</ThemeProvider>;
};

/** react-admin's layout; its app bar has the language menu. */
export const Layout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  // The menu puts the referral work first and shows the inbox's unread count.
  return (
    <NamedSpinners>
      <RaLayout appBar={AppBar} menu={ReferralMenu}>
        {children}
      </RaLayout>
    </NamedSpinners>
  );
};
