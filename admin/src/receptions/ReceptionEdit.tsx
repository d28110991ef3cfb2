import { ListButton, TopToolbar } from 'react-admin';
import { ResourceCreate, ResourceEdit } from '../common/forms';
import { HoursButton } from '../schedule/HoursLink';
import { ReceptionInputs } from './ReceptionInputs';

export const ReceptionEdit = () => (
  <ResourceEdit
    actions={
      <TopToolbar>
        <HoursButton />
        <ListButton />
      </TopToolbar>
    }
  >
    <ReceptionInputs />
  </ResourceEdit>
);

export const ReceptionCreate = () => (
  <ResourceCreate defaultValues={{ active: true, free: true, modes: ['APPOINTMENT'] }}>
    <ReceptionInputs />
  </ResourceCreate>
);
