import { ResourceCreate, ResourceEdit } from '../common/forms';
import { ServiceInputs } from './ServiceInputs';

export const ServiceEdit = () => (
  <ResourceEdit>
    <ServiceInputs />
  </ResourceEdit>
);

export const ServiceCreate = () => (
  <ResourceCreate
    defaultValues={{
      sector: 'PUBLIC',
      status: 'DRAFT',
      area: 'REGION',
      free: true,
      languages: ['fi'],
    }}
  >
    <ServiceInputs />
  </ResourceCreate>
);
