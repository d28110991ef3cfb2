import { DateInput, email, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { choices } from '../common/choices';
import { NameAutocomplete } from '../common/filters';
import { Row } from '../common/forms';
import { LocalizedInput } from '../common/LocalizedInput';

export const OrganizationInputs = () => (
  <>
    <LocalizedInput source="name" required />
    <Row>
      <SelectInput source="kind" choices={choices('organizationKind')} validate={required()} />
      <ReferenceInput source="regionId" reference="regions">
        <NameAutocomplete
          label="resources.organizations.fields.regionId"
          helperText="tukiverkko.help.national_if_empty"
        />
      </ReferenceInput>
    </Row>
    <LocalizedInput source="description" multiline />
    <Row>
      <TextInput source="phone" type="tel" />
      <TextInput source="email" type="email" validate={email()} />
      <TextInput source="website" type="url" />
    </Row>
    <Row>
      <DateInput source="verifiedAt" />
      <TextInput source="source" />
    </Row>
  </>
);
