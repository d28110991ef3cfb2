import { Datagrid, List, ReferenceInput, WrapperField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import {
  categoryFilter,
  enumFilter,
  municipalityFilter,
  NameAutocomplete,
  regionFilter,
  searchFilter,
  useOwnRegionFilter,
} from '../common/filters';
import { LocalizedField } from '../common/LocalizedField';
import { MissingSwedishFlag } from '../common/MissingSwedishFlag';
import { LocalDateField } from '../common/LocalDateField';

const filters = [
  searchFilter,
  regionFilter,
  municipalityFilter,
  categoryFilter,
  <ReferenceInput key="organizationId" source="organizationId" reference="organizations">
    <NameAutocomplete label="tukiverkko.filters.organization" />
  </ReferenceInput>,
  enumFilter('status', 'serviceStatus', 'resources.services.fields.status'),
  enumFilter('sector', 'serviceSector', 'resources.services.fields.sector'),
];

export const ServiceList = () => (
  <List
    filters={filters}
    filterDefaultValues={useOwnRegionFilter()}
    sort={{ field: 'name.fi', order: 'ASC' }}
  >
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <WrapperField label="resources.services.fields.name" sortBy="name.fi">
        <LocalizedField source="name" />
        <MissingSwedishFlag />
      </WrapperField>
      <LocalizedField
        source="organization.name"
        label="resources.services.fields.organizationId"
        sortable={false}
      />
      <EnumField source="sector" name="serviceSector" sortable={false} />
      <EnumField source="status" name="serviceStatus" sortable={false} />
      <LocalDateField source="lastVerified" />
    </Datagrid>
  </List>
);
