import InboxIcon from '@mui/icons-material/MoveToInbox';
import OutboxIcon from '@mui/icons-material/Outbox';
import type { RaRecord } from 'react-admin';
import { ReferCreate } from './ReferCreate';
import { InboxList, SentReferralList } from './ReferralLists';
import { ReferralShow } from './ReferralShow';

/** A referral in titles: the day it was sent (the same in every language). */
const sentOn = (record: RaRecord) => String(record.sentAt ?? '').slice(0, 10);

/** The receiving side: counsellors' inboxes, region administrators' region. */
export const referralInbox = {
  list: InboxList,
  show: ReferralShow,
  icon: InboxIcon,
  recordRepresentation: sentOn,
};

/** A health professional's referrals: the refer view (create) and the ones sent. */
export const sentReferrals = {
  list: SentReferralList,
  create: ReferCreate,
  show: ReferralShow,
  icon: OutboxIcon,
  recordRepresentation: sentOn,
};
