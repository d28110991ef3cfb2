import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import type { RaRecord } from 'react-admin';
import { ServiceCreate, ServiceEdit } from './ServiceEdit';
import { ServiceList } from './ServiceList';

export const services = {
  list: ServiceList,
  create: ServiceCreate,
  edit: ServiceEdit,
  icon: VolunteerActivismIcon,
  recordRepresentation: (record: RaRecord) => record.name?.fi ?? '',
};
