import type { RaRecord } from 'react-admin';
import { ResourceCreate, ResourceEdit } from '../common/forms';
import { UserInputs } from './UserInputs';

/** Inputs the role hides are not sent: a national administrator has no region, only a
 * counsellor a counsellor record. */
const byRole = (data: RaRecord): RaRecord => ({
  ...data,
  regionId: data.role === 'NATIONAL_ADMIN' ? null : data.regionId,
  counsellorId: data.role === 'COUNSELLOR' ? data.counsellorId : null,
});

// Users are deactivated, not deleted: the audit trail keeps naming them.
export const UserEdit = () => (
  <ResourceEdit canDelete={false} transform={byRole}>
    <UserInputs />
  </ResourceEdit>
);

export const UserCreate = () => (
  <ResourceCreate defaultValues={{ active: true, role: 'PROFESSIONAL' }} transform={byRole}>
    <UserInputs />
  </ResourceCreate>
);
