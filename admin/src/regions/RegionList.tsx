import { Datagrid, List, TextField } from 'react-admin';
import { searchFilter } from '../common/filters';
import { LocalizedField } from '../common/LocalizedField';

export const RegionList = () => (
  <List filters={[searchFilter]} sort={{ field: 'name.fi', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="code" />
      <LocalizedField source="name" sortBy="name.fi" />
    </Datagrid>
  </List>
);
