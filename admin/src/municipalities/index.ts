import LocationCityIcon from '@mui/icons-material/LocationCity';
import type { RaRecord } from 'react-admin';
import { MunicipalityList } from './MunicipalityList';
import { MunicipalityShow } from './MunicipalityShow';

/** Read-only in the console. */
export const municipalities = {
  list: MunicipalityList,
  show: MunicipalityShow,
  icon: LocationCityIcon,
  recordRepresentation: (record: RaRecord) => record.name?.fi ?? record.code,
};
