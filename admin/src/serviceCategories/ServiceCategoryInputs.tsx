import { ReferenceInput, required, TextInput } from 'react-admin';
import { NameAutocomplete } from '../common/filters';
import { LocalizedInput } from '../common/LocalizedInput';

export const ServiceCategoryInputs = () => (
  <>
    <TextInput source="code" validate={required()} helperText="tukiverkko.help.category_code" />
    <LocalizedInput source="name" required swedishExpected />
    <LocalizedInput source="description" multiline />
    <ReferenceInput source="parentId" reference="serviceCategories">
      <NameAutocomplete label="resources.serviceCategories.fields.parentId" />
    </ReferenceInput>
  </>
);
