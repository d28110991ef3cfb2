import { ResourceCreate, ResourceEdit } from '../common/forms';
import { UserInputs } from './UserInputs';

// Users are deactivated, not deleted: the audit trail keeps naming them.
export const UserEdit = () => (
  <ResourceEdit canDelete={false}>
    <UserInputs />
  </ResourceEdit>
);

export const UserCreate = () => (
  <ResourceCreate defaultValues={{ active: true, role: 'PROFESSIONAL' }}>
    <UserInputs />
  </ResourceCreate>
);
