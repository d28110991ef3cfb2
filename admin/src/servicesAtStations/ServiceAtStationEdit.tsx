import { ListButton, TopToolbar } from 'react-admin';
import { ResourceCreate, ResourceEdit } from '../common/forms';
import { HoursButton } from '../schedule/HoursLink';
import { ServiceAtStationInputs } from './ServiceAtStationInputs';

export const ServiceAtStationEdit = () => (
  <ResourceEdit
    actions={
      <TopToolbar>
        <HoursButton />
        <ListButton />
      </TopToolbar>
    }
  >
    <ServiceAtStationInputs />
  </ResourceEdit>
);

export const ServiceAtStationCreate = () => (
  <ResourceCreate defaultValues={{ active: true }}>
    <ServiceAtStationInputs />
  </ResourceCreate>
);
