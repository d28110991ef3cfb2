import { Datagrid, List, WrapperField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { enumFilter, regionFilter, searchFilter, useOwnRegionFilter } from '../common/filters';
import { LocalizedField } from '../common/LocalizedField';
import { LocalDateField } from '../common/LocalDateField';
import { MissingSwedishFlag } from '../common/MissingSwedishFlag';

const filters = [
  searchFilter,
  regionFilter,
  enumFilter('kind', 'organizationKind', 'resources.organizations.fields.kind'),
];

export const OrganizationList = () => (
  <List
    filters={filters}
    filterDefaultValues={useOwnRegionFilter()}
    sort={{ field: 'name.fi', order: 'ASC' }}
  >
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <WrapperField label="resources.organizations.fields.name" sortBy="name.fi">
        <LocalizedField source="name" />
        <MissingSwedishFlag />
      </WrapperField>
      <EnumField source="kind" name="organizationKind" />
      <LocalizedField
        source="region.name"
        label="resources.organizations.fields.regionId"
        sortable={false}
      />
      <LocalDateField source="verifiedAt" />
    </Datagrid>
  </List>
);
