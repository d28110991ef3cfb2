import {
  BooleanField,
  Datagrid,
  List,
  ReferenceInput,
  AutocompleteInput,
  TextField,
  WrapperField,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import {
  activeFilter,
  municipalityFilter,
  regionFilter,
  searchFilter,
  stationFilter,
  useOwnRegionFilter,
} from '../common/filters';
import { LocalizedField } from '../common/LocalizedField';
import { MissingSwedishFlag } from '../common/MissingSwedishFlag';

const filters = [
  searchFilter,
  regionFilter,
  municipalityFilter,
  stationFilter,
  <ReferenceInput key="counsellorId" source="counsellorId" reference="counsellors">
    <AutocompleteInput
      label="tukiverkko.filters.counsellor"
      optionText="name"
      filterToQuery={(q) => ({ q })}
    />
  </ReferenceInput>,
  activeFilter,
];

export const ReceptionList = () => (
  <List
    filters={filters}
    filterDefaultValues={useOwnRegionFilter()}
    sort={{ field: 'station.name.fi', order: 'ASC' }}
  >
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <WrapperField label="resources.receptions.fields.stationId" sortBy="station.name.fi">
        <LocalizedField source="station.name" />
        <MissingSwedishFlag />
      </WrapperField>
      <TextField
        source="counsellor.name"
        label="resources.receptions.fields.counsellorId"
        sortBy="counsellor.name"
      />
      <EnumField source="modes" name="receptionMode" sortable={false} />
      <LocalizedField source="hoursSummary" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
