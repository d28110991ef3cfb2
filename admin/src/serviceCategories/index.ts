import CategoryIcon from '@mui/icons-material/Category';
import type { RaRecord } from 'react-admin';
import { ServiceCategoryCreate, ServiceCategoryEdit } from './ServiceCategoryEdit';
import { ServiceCategoryList } from './ServiceCategoryList';

export const serviceCategories = {
  list: ServiceCategoryList,
  create: ServiceCategoryCreate,
  edit: ServiceCategoryEdit,
  icon: CategoryIcon,
  recordRepresentation: (record: RaRecord) => record.name?.fi ?? record.code,
};
