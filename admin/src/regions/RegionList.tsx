import { Datagrid, List, TextField } from 'react-admin';

/** Read-only for now: the welfare regions with their code and Finnish name. */
export const RegionList = () => (
  <List sort={{ field: 'name.fi', order: 'ASC' }}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <TextField source="code" />
      <TextField source="name.fi" />
    </Datagrid>
  </List>
);
