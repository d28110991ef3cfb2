import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, useLocaleState } from 'react-admin';
import { ReferralMenu } from './referrals/ReferralMenu';

/** Keeps <html lang> the console's language, so screen readers pronounce it right (WCAG 3.1.1). */
export function useDocumentLanguage(): void {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}

/** react-admin's layout; its app bar has the language menu. */
export const Layout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  // The menu puts the referral work first and shows the inbox's unread count.
  return <RaLayout menu={ReferralMenu}>{children}</RaLayout>;
};
