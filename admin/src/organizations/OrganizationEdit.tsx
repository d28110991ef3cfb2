import { ResourceCreate, ResourceEdit } from '../common/forms';
import { OrganizationInputs } from './OrganizationInputs';

export const OrganizationEdit = () => (
  <ResourceEdit>
    <OrganizationInputs />
  </ResourceEdit>
);

export const OrganizationCreate = () => (
  <ResourceCreate defaultValues={{ kind: 'NGO' }}>
    <OrganizationInputs />
  </ResourceCreate>
);
