import { required, TextInput } from 'react-admin';
import { LocalizedInput } from '../common/LocalizedInput';

export const RegionInputs = () => (
  <>
    <TextInput source="code" validate={required()} />
    {/* A region's name is shown in both national languages. */}
    <LocalizedInput source="name" required swedishExpected />
  </>
);
