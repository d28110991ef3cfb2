import PeopleIcon from '@mui/icons-material/People';
import type { RaRecord } from 'react-admin';
import { UserCreate, UserEdit } from './UserEdit';
import { UserList } from './UserList';

/** Administrators only (the menu hides it from other roles; the server refuses them). */
export const users = {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  icon: PeopleIcon,
  recordRepresentation: (record: RaRecord) => record.name || record.email,
};
