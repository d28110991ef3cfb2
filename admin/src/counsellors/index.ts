import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import type { RaRecord } from 'react-admin';
import { CounsellorCreate, CounsellorEdit } from './CounsellorEdit';
import { CounsellorList } from './CounsellorList';

export const counsellors = {
  list: CounsellorList,
  create: CounsellorCreate,
  edit: CounsellorEdit,
  icon: SupportAgentIcon,
  recordRepresentation: (record: RaRecord) => record.name ?? '',
};
