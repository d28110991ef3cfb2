import { ResourceCreate, ResourceEdit } from '../common/forms';
import { ServiceCategoryInputs } from './ServiceCategoryInputs';

export const ServiceCategoryEdit = () => (
  <ResourceEdit>
    <ServiceCategoryInputs />
  </ResourceEdit>
);

export const ServiceCategoryCreate = () => (
  <ResourceCreate>
    <ServiceCategoryInputs />
  </ResourceCreate>
);
