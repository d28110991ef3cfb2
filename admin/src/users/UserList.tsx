import { BooleanField, Datagrid, DateField, EmailField, List, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import {
  activeFilter,
  enumFilter,
  regionFilter,
  searchFilter,
  useOwnRegionFilter,
} from '../common/filters';
import { LocalizedField } from '../common/LocalizedField';

const filters = [
  searchFilter,
  regionFilter,
  enumFilter('role', 'role', 'resources.users.fields.role'),
  activeFilter,
];

export const UserList = () => (
  <List
    filters={filters}
    filterDefaultValues={useOwnRegionFilter()}
    sort={{ field: 'name', order: 'ASC' }}
  >
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="name" />
      <EmailField source="email" />
      <EnumField source="role" name="role" />
      <LocalizedField
        source="region.name"
        label="resources.users.fields.regionId"
        sortable={false}
      />
      <BooleanField source="active" sortable={false} />
      <DateField source="lastLoginAt" showTime />
    </Datagrid>
  </List>
);
