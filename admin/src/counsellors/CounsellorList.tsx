import { BooleanField, Datagrid, EmailField, List, TextField } from 'react-admin';
import {
  activeFilter,
  regionFilter,
  searchFilter,
  stationFilter,
  useOwnRegionFilter,
} from '../common/filters';
import { LocalizedField } from '../common/LocalizedField';

const filters = [searchFilter, regionFilter, stationFilter, activeFilter];

export const CounsellorList = () => (
  <List
    filters={filters}
    filterDefaultValues={useOwnRegionFilter()}
    sort={{ field: 'name', order: 'ASC' }}
  >
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="name" />
      <LocalizedField source="title" sortable={false} />
      <LocalizedField
        source="region.name"
        label="resources.counsellors.fields.regionId"
        sortable={false}
      />
      <TextField source="phone" sortable={false} />
      <EmailField source="email" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
