import { BooleanField, Datagrid, List, ReferenceInput, WrapperField } from 'react-admin';
import { activeFilter, NameAutocomplete, searchFilter, stationFilter } from '../common/filters';
import { LocalizedField } from '../common/LocalizedField';
import { MissingSwedishFlag } from '../common/MissingSwedishFlag';

const filters = [
  searchFilter,
  stationFilter,
  <ReferenceInput key="serviceId" source="serviceId" reference="services">
    <NameAutocomplete label="tukiverkko.filters.service" />
  </ReferenceInput>,
  activeFilter,
];

export const ServiceAtStationList = () => (
  <List filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <WrapperField label="resources.servicesAtStations.fields.serviceId" sortable={false}>
        <LocalizedField source="service.name" />
        <MissingSwedishFlag />
      </WrapperField>
      <LocalizedField
        source="station.name"
        label="resources.servicesAtStations.fields.stationId"
        sortable={false}
      />
      <LocalizedField source="hoursSummary" sortable={false} />
      <BooleanField source="active" sortable={false} />
    </Datagrid>
  </List>
);
