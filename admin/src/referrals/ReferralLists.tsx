import SendIcon from '@mui/icons-material/Send';
import {
  BooleanInput,
  CreateButton,
  Datagrid,
  List,
  NullableBooleanInput,
  SelectInput,
  TopToolbar,
  usePermissions,
  WrapperField,
} from 'react-admin';
import type { Permissions } from '../authProvider';
import { LocalDateField } from '../common/LocalDateField';
import { LocalizedField } from '../common/LocalizedField';
import { KIND, STATUS, URGENCY, choicesOf } from './labels';
import { LabelField, ReceiverField, StatusField, TopicsField } from './ReferralFields';

const commonFilters = [
  <SelectInput
    key="status"
    source="status"
    label="tukiverkko.referrals.fields.status"
    choices={choicesOf(STATUS)}
    alwaysOn
  />,
  <SelectInput
    key="kind"
    source="kind"
    label="tukiverkko.referrals.fields.kind"
    choices={choicesOf(KIND)}
    alwaysOn
  />,
  <NullableBooleanInput
    key="open"
    source="open"
    label="tukiverkko.referrals.filters.open"
    alwaysOn
  />,
];

const queueFilter = (
  <BooleanInput
    key="queueOnly"
    source="queueOnly"
    label="tukiverkko.referrals.filters.queue_only"
    alwaysOn
  />
);

/**
 * The receiving side's list: a counsellor's own inbox; a region administrator's whole region, or
 * only its guidance queue (no counsellor named). Only anonymous fields: the list query reads no
 * personal data, so opening the list writes nothing to the access log.
 */
export const InboxList = () => {
  const { permissions } = usePermissions<Permissions | null>();
  const admin = permissions?.role === 'REGION_ADMIN';
  return (
    <List
      filter={admin ? { regionId: permissions?.regionId } : { box: 'INBOX' }}
      filters={admin ? [...commonFilters, queueFilter] : commonFilters}
      sort={{ field: 'sentAt', order: 'DESC' }}
      exporter={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <LocalDateField source="sentAt" label="tukiverkko.referrals.fields.sentAt" showTime />
        <StatusField source="status" label="tukiverkko.referrals.fields.status" />
        <LabelField source="urgency" labels={URGENCY} label="tukiverkko.referrals.fields.urgency" />
        <LabelField
          source="kind"
          labels={KIND}
          label="tukiverkko.referrals.fields.kind"
          sortable={false}
        />
        <TopicsField label="tukiverkko.referrals.fields.topics" sortable={false} />
        <LocalizedField
          source="sendingStation.name"
          label="tukiverkko.referrals.fields.sendingStation"
          sortable={false}
        />
        {admin && (
          <WrapperField label="tukiverkko.referrals.fields.receiver" sortable={false}>
            <ReceiverField />
          </WrapperField>
        )}
      </Datagrid>
    </List>
  );
};

const SentActions = () => (
  <TopToolbar>
    <CreateButton label="tukiverkko.referrals.refer.menu" icon={<SendIcon />} />
  </TopToolbar>
);

/** The referrals and consultations the professional sent, and where each one is now. */
export const SentReferralList = () => (
  <List
    filter={{ box: 'SENT' }}
    filters={commonFilters}
    sort={{ field: 'sentAt', order: 'DESC' }}
    actions={<SentActions />}
    exporter={false}
    // An empty list still offers the refer view (react-admin's empty page would say "create").
    empty={false}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <LocalDateField source="sentAt" label="tukiverkko.referrals.fields.sentAt" showTime />
      <LabelField
        source="kind"
        labels={KIND}
        label="tukiverkko.referrals.fields.kind"
        sortable={false}
      />
      <StatusField source="status" label="tukiverkko.referrals.fields.status" />
      <LabelField source="urgency" labels={URGENCY} label="tukiverkko.referrals.fields.urgency" />
      <TopicsField label="tukiverkko.referrals.fields.topics" sortable={false} />
      <WrapperField label="tukiverkko.referrals.fields.receiver" sortable={false}>
        <ReceiverField />
      </WrapperField>
    </Datagrid>
  </List>
);
