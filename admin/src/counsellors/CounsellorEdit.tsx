import { ResourceCreate, ResourceEdit } from '../common/forms';
import { CounsellorInputs } from './CounsellorInputs';

export const CounsellorEdit = () => (
  <ResourceEdit>
    <CounsellorInputs />
  </ResourceEdit>
);

export const CounsellorCreate = () => (
  <ResourceCreate defaultValues={{ active: true, languages: ['fi'] }}>
    <CounsellorInputs />
  </ResourceCreate>
);
