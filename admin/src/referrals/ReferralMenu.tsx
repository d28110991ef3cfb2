import BarChartIcon from '@mui/icons-material/BarChart';
import SendIcon from '@mui/icons-material/Send';
import InboxIcon from '@mui/icons-material/MoveToInbox';
import { Badge, Box } from '@mui/material';
import {
  Menu,
  useGetResourceLabel,
  usePermissions,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import type { Permissions } from '../authProvider';
import { VISUALLY_HIDDEN } from '../common/visuallyHidden';
import { canSeeResource, canSeeStatistics } from '../permissions';
import { useUnreadCount } from './unread';

/** Resources of the referral work: first in the menu, the pages that go with them after them. */
const REFERRAL_WORK = ['referralInbox', 'sentReferrals', 'contactRecords'];

/**
 * The inbox's menu item: the number of unread referrals on its icon, and in words in its
 * accessible name (the badge itself is hidden from screen readers).
 */
const InboxItem = () => {
  const getResourceLabel = useGetResourceLabel();
  const translate = useTranslate();
  const unread = useUnreadCount();
  const label = getResourceLabel('referralInbox', 2);
  return (
    <Menu.ResourceItem
      name="referralInbox"
      leftIcon={
        <Badge
          badgeContent={unread}
          max={99}
          slotProps={{
            badge: {
              'aria-hidden': true,
              // @ts-expect-error data attributes are passed on to the element
              'data-testid': 'unread-count',
              style: { backgroundColor: '#b71c1c', color: '#fff', fontWeight: 700 },
            },
          }}
        >
          <InboxIcon />
        </Badge>
      }
      // The count in words after the visible name, for screen readers (no aria-label: a name
      // that differs from the visible text fails WCAG 2.5.3 for speech-input users).
      primaryText={
        <>
          {label}
          {unread > 0 && (
            <Box component="span" sx={VISUALLY_HIDDEN}>
              , {translate('tukiverkko.referrals.unread', { smart_count: unread })}
            </Box>
          )}
        </>
      }
    />
  );
};

/**
 * react-admin's menu, with the referral work first: the refer view for health professionals, the
 * inbox with its unread count, the contact recorder and the statistics page; then the directory.
 */
export const ReferralMenu = () => {
  const resources = useResourceDefinitions();
  const { permissions } = usePermissions<Permissions | null>();
  const listed = Object.keys(resources).filter((name) => resources[name].hasList);
  const item = (name: string) =>
    name === 'referralInbox' ? (
      <InboxItem key={name} />
    ) : (
      <Menu.ResourceItem key={name} name={name} />
    );
  return (
    <Menu>
      <Menu.DashboardItem />
      {canSeeResource(permissions, 'sentReferrals') && (
        <Menu.Item
          to="/sentReferrals/create"
          primaryText="tukiverkko.referrals.refer.menu"
          leftIcon={<SendIcon />}
        />
      )}
      {listed.filter((name) => REFERRAL_WORK.includes(name)).map(item)}
      {canSeeStatistics(permissions) && (
        <Menu.Item
          to="/statistics"
          primaryText="tukiverkko.statistics.menu"
          leftIcon={<BarChartIcon />}
        />
      )}
      {listed.filter((name) => !REFERRAL_WORK.includes(name)).map(item)}
    </Menu>
  );
};
