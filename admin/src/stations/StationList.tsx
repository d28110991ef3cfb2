import { BooleanField, Datagrid, List, WrapperField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import {
  activeFilter,
  enumFilter,
  municipalityFilter,
  regionFilter,
  searchFilter,
  useOwnRegionFilter,
} from '../common/filters';
import { LocalizedField } from '../common/LocalizedField';
import { MissingSwedishFlag } from '../common/MissingSwedishFlag';

const filters = [
  searchFilter,
  regionFilter,
  municipalityFilter,
  activeFilter,
  enumFilter('operatorKind', 'operatorKind', 'resources.stations.fields.operatorKind'),
];

export const StationList = () => (
  <List
    filters={filters}
    filterDefaultValues={useOwnRegionFilter()}
    sort={{ field: 'name.fi', order: 'ASC' }}
  >
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <WrapperField label="resources.stations.fields.name" sortBy="name.fi">
        <LocalizedField source="name" />
        <MissingSwedishFlag />
      </WrapperField>
      <LocalizedField
        source="municipality.name"
        label="resources.stations.fields.municipalityId"
        sortBy="municipality.name.fi"
      />
      <LocalizedField
        source="region.name"
        label="resources.stations.fields.regionId"
        sortable={false}
      />
      <LocalizedField source="hoursSummary" sortable={false} />
      <EnumField source="operatorKind" name="operatorKind" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
