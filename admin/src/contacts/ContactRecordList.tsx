import {
  CreateButton,
  Datagrid,
  DateInput,
  DeleteButton,
  List,
  TopToolbar,
  useResourceDefinition,
} from 'react-admin';
import { stationFilter } from '../common/filters';
import { LocalDateField } from '../common/LocalDateField';
import { LocalizedField } from '../common/LocalizedField';
import { LabelField, TopicsField } from '../referrals/ReferralFields';
import { AGE_GROUP, CHANNEL, SOURCE } from './labels';

const filters = [
  <DateInput key="from" source="from" label="tukiverkko.contacts.from" alwaysOn />,
  <DateInput key="to" source="to" label="tukiverkko.contacts.to" alwaysOn />,
  stationFilter,
];

const Actions = () => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>{hasCreate && <CreateButton label="tukiverkko.contacts.record_new" />}</TopToolbar>
  );
};

/**
 * Contacts recorded: a counsellor's own, a region administrator's region. A contact recorded by
 * mistake can be deleted; there is nothing to edit.
 */
export const ContactRecordList = () => (
  <List
    filters={filters}
    actions={<Actions />}
    exporter={false}
    sort={{ field: 'date', order: 'DESC' }}
    // An empty list still offers the recorder (react-admin's empty page would say "create").
    empty={false}
  >
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <LocalDateField source="date" sortable={false} />
      <LocalizedField
        source="station.name"
        label="resources.contactRecords.fields.stationId"
        sortable={false}
      />
      <LabelField source="channel" labels={CHANNEL} sortable={false} />
      <TopicsField label="resources.contactRecords.fields.topicIds" sortable={false} />
      <LabelField source="ageGroup" labels={AGE_GROUP} sortable={false} />
      <LabelField source="referredBy" labels={SOURCE} sortable={false} />
      <DeleteButton mutationMode="pessimistic" />
    </Datagrid>
  </List>
);
