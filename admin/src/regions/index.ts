import MapIcon from '@mui/icons-material/Map';
import type { RaRecord } from 'react-admin';
import { RegionList } from './RegionList';

export const regions = {
  list: RegionList,
  icon: MapIcon,
  recordRepresentation: (record: RaRecord) => record.name?.fi ?? record.code,
};
