import { BooleanField, Datagrid, EmailField, List, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import {
  activeFilter,
  enumFilter,
  regionFilter,
  searchFilter,
  useOwnRegionFilter,
} from '../common/filters';
import { LocalizedField } from '../common/LocalizedField';
import { LocalDateField } from '../common/LocalDateField';

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
      <LocalDateField source="lastLoginAt" showTime />
    </Datagrid>
  </List>
);
