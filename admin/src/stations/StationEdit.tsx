import { ListButton, TopToolbar } from 'react-admin';
import { ResourceCreate, ResourceEdit } from '../common/forms';
import { HoursButton } from '../schedule/HoursLink';
import { StationInputs } from './StationInputs';

export const StationEdit = () => (
  <ResourceEdit
    actions={
      <TopToolbar>
        <HoursButton />
        <ListButton />
      </TopToolbar>
    }
  >
    <StationInputs />
  </ResourceEdit>
);

export const StationCreate = () => (
  <ResourceCreate defaultValues={{ active: true, operatorKind: 'OWN', languages: ['fi'] }}>
    <StationInputs />
  </ResourceCreate>
);
