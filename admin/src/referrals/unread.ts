import { useQuery } from '@tanstack/react-query';
import { useDataProvider, usePermissions } from 'react-admin';
import type { Permissions } from '../authProvider';
import { canSeeResource } from '../permissions';
import type { ReferralDataProvider } from './referralDataProvider';

/** How often the count is asked again while the console is open. */
const POLL_MS = 60_000;

/**
 * Referrals in the user's inbox that nobody has received yet. Asked again every minute, when the
 * window regains focus, and after every action (react-admin's refresh invalidates all queries).
 */
export function useUnreadCount(): number {
  const dataProvider = useDataProvider<ReferralDataProvider>();
  const { permissions } = usePermissions<Permissions | null>();
  const { data } = useQuery({
    queryKey: ['referralInbox', 'unreadCount'],
    queryFn: () => dataProvider.referralUnreadCount(),
    enabled: canSeeResource(permissions, 'referralInbox'),
    refetchInterval: POLL_MS,
  });
  return data ?? 0;
}
