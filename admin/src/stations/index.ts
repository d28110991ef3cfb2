import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import type { RaRecord } from 'react-admin';
import { StationCreate, StationEdit } from './StationEdit';
import { StationList } from './StationList';

export const stations = {
  list: StationList,
  create: StationCreate,
  edit: StationEdit,
  icon: LocalHospitalIcon,
  recordRepresentation: (record: RaRecord) => record.name?.fi ?? '',
};
