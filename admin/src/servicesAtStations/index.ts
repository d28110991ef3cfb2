import StorefrontIcon from '@mui/icons-material/Storefront';
import type { RaRecord } from 'react-admin';
import { ServiceAtStationCreate, ServiceAtStationEdit } from './ServiceAtStationEdit';
import { ServiceAtStationList } from './ServiceAtStationList';

export const servicesAtStations = {
  list: ServiceAtStationList,
  create: ServiceAtStationCreate,
  edit: ServiceAtStationEdit,
  icon: StorefrontIcon,
  recordRepresentation: (record: RaRecord) =>
    `${record.service?.name?.fi ?? ''} – ${record.station?.name?.fi ?? ''}`,
};
