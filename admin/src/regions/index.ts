import MapIcon from '@mui/icons-material/Map';
import type { RaRecord } from 'react-admin';
import { RegionCreate, RegionEdit } from './RegionEdit';
import { RegionList } from './RegionList';

export const regions = {
  list: RegionList,
  create: RegionCreate,
  edit: RegionEdit,
  icon: MapIcon,
  recordRepresentation: (record: RaRecord) => record.name?.fi ?? record.code,
};
