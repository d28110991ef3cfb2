import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import type { RaRecord } from 'react-admin';
import { ReceptionCreate, ReceptionEdit } from './ReceptionEdit';
import { ReceptionList } from './ReceptionList';

export const receptions = {
  list: ReceptionList,
  create: ReceptionCreate,
  edit: ReceptionEdit,
  icon: EventAvailableIcon,
  recordRepresentation: (record: RaRecord) =>
    `${record.counsellor?.name ?? ''} – ${record.station?.name?.fi ?? ''}`,
};
