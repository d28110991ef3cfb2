import ChecklistIcon from '@mui/icons-material/Checklist';
import { ContactRecordCreate } from './ContactRecordCreate';
import { ContactRecordList } from './ContactRecordList';

/** Anonymous contact records: the recorder (create) and the list. */
export const contactRecords = {
  list: ContactRecordList,
  create: ContactRecordCreate,
  icon: ChecklistIcon,
  recordRepresentation: 'date',
};
