import { BooleanInput, Datagrid, List, ReferenceInput, TextField } from 'react-admin';
import { NameAutocomplete, searchFilter } from '../common/filters';
import { LocalizedField } from '../common/LocalizedField';

const filters = [
  searchFilter,
  <ReferenceInput key="parentId" source="parentId" reference="serviceCategories">
    <NameAutocomplete label="resources.serviceCategories.fields.parentId" />
  </ReferenceInput>,
  <BooleanInput key="rootsOnly" source="rootsOnly" label="tukiverkko.filters.roots_only" />,
];

export const ServiceCategoryList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="code" />
      <LocalizedField source="name" sortBy="name.fi" />
      <LocalizedField
        source="parent.name"
        label="resources.serviceCategories.fields.parentId"
        sortable={false}
      />
    </Datagrid>
  </List>
);
