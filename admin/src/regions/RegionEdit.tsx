import { ResourceCreate, ResourceEdit } from '../common/forms';
import { RegionInputs } from './RegionInputs';

export const RegionEdit = () => (
  <ResourceEdit>
    <RegionInputs />
  </ResourceEdit>
);

export const RegionCreate = () => (
  <ResourceCreate>
    <RegionInputs />
  </ResourceCreate>
);
