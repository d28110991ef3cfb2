import { Datagrid, List, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { enumFilter, regionFilter, searchFilter, useOwnRegionFilter } from '../common/filters';
import { LocalizedField } from '../common/LocalizedField';

const filters = [
  searchFilter,
  regionFilter,
  enumFilter('language', 'languageStatus', 'resources.municipalities.fields.language'),
];

/** Read-only: municipalities and their language status come from the official lists. */
export const MunicipalityList = () => (
  <List
    filters={filters}
    filterDefaultValues={useOwnRegionFilter()}
    sort={{ field: 'name.fi', order: 'ASC' }}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <LocalizedField source="name" sortBy="name.fi" />
      <EnumField source="language" name="languageStatus" sortable={false} />
      <LocalizedField
        source="region.name"
        label="resources.municipalities.fields.regionId"
        sortable={false}
      />
    </Datagrid>
  </List>
);
