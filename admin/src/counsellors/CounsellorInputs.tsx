import {
  BooleanInput,
  CheckboxGroupInput,
  email,
  ReferenceInput,
  required,
  TextInput,
} from 'react-admin';
import { choices, LANGUAGE_CHOICES } from '../common/choices';
import { NameAutocomplete } from '../common/filters';
import { Row } from '../common/forms';
import { LocalizedInput } from '../common/LocalizedInput';

export const CounsellorInputs = () => (
  <>
    <Row>
      <TextInput source="name" validate={required()} />
      <ReferenceInput source="regionId" reference="regions">
        <NameAutocomplete label="resources.counsellors.fields.regionId" validate={required()} />
      </ReferenceInput>
    </Row>
    <LocalizedInput source="title" required />
    <Row>
      <TextInput source="phone" type="tel" />
      <TextInput source="email" type="email" validate={email()} />
    </Row>
    <CheckboxGroupInput source="languages" choices={LANGUAGE_CHOICES} row />
    <CheckboxGroupInput
      source="consultationChannels"
      choices={choices('consultationChannel')}
      row
    />
    <Row>
      <BooleanInput source="active" />
      <TextInput source="source" />
    </Row>
  </>
);
