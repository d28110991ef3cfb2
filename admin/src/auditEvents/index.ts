import HistoryIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import { AuditEventList } from './AuditEventList';

/** Read-only. */
export const auditEvents = {
  list: AuditEventList,
  icon: HistoryIcon,
  recordRepresentation: (record: RaRecord) => `${record.action} ${record.entityType}`,
};
