import BusinessIcon from '@mui/icons-material/Business';
import type { RaRecord } from 'react-admin';
import { OrganizationCreate, OrganizationEdit } from './OrganizationEdit';
import { OrganizationList } from './OrganizationList';

export const organizations = {
  list: OrganizationList,
  create: OrganizationCreate,
  edit: OrganizationEdit,
  icon: BusinessIcon,
  recordRepresentation: (record: RaRecord) => record.name?.fi ?? '',
};
