import {
  AutocompleteArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  email,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextArrayInput,
  TextInput,
  useGetMany,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { choices, LANGUAGE_CHOICES } from '../common/choices';
import { NameAutocomplete } from '../common/filters';
import { Row } from '../common/forms';
import { useNameOption } from '../common/localized';
import { LocalizedInput } from '../common/LocalizedInput';
import { needsSwedish } from '../common/missingSwedish';

/** Swedish is expected when any municipality the service serves is bilingual. */
function useSwedishExpected(municipalityIds: string[] | undefined): boolean {
  const { data } = useGetMany('municipalities', { ids: municipalityIds ?? [] });
  return (data ?? []).some((m) => needsSwedish(m.language));
}

export const ServiceInputs = () => {
  const nameOf = useNameOption();
  const area = useWatch({ name: 'area' });
  const municipalityIds = useWatch({ name: 'municipalityIds' });
  const swedishExpected = useSwedishExpected(municipalityIds);
  return (
    <>
      <LocalizedInput source="name" required swedishExpected={swedishExpected} />
      <Row>
        <ReferenceInput source="organizationId" reference="organizations">
          <NameAutocomplete
            label="resources.services.fields.organizationId"
            validate={required()}
          />
        </ReferenceInput>
        <SelectInput source="sector" choices={choices('serviceSector')} validate={required()} />
        <SelectInput source="status" choices={choices('serviceStatus')} />
      </Row>
      <ReferenceArrayInput source="categoryIds" reference="serviceCategories" perPage={100}>
        <AutocompleteArrayInput
          label="resources.services.fields.categoryIds"
          optionText={nameOf}
          filterToQuery={(q) => ({ q })}
        />
      </ReferenceArrayInput>
      <Row>
        <SelectInput source="area" choices={choices('serviceArea')} />
        <ReferenceInput source="regionId" reference="regions">
          <NameAutocomplete label="resources.services.fields.regionId" />
        </ReferenceInput>
      </Row>
      {area === 'MUNICIPALITIES' && (
        <ReferenceArrayInput source="municipalityIds" reference="municipalities">
          <AutocompleteArrayInput
            label="resources.services.fields.municipalityIds"
            optionText={nameOf}
            filterToQuery={(q) => ({ q })}
          />
        </ReferenceArrayInput>
      )}
      <LocalizedInput source="description" multiline swedishExpected={swedishExpected} />
      <LocalizedInput source="cost" swedishExpected={swedishExpected} />
      <Row>
        <BooleanInput source="free" />
        <NumberInput source="minAge" min={0} max={120} />
        <NumberInput source="maxAge" min={0} max={120} />
      </Row>
      <CheckboxGroupInput source="accessModes" choices={choices('accessMode')} row />
      <TextArrayInput source="targetGroups" helperText="tukiverkko.help.target_groups" />
      <CheckboxGroupInput source="languages" choices={LANGUAGE_CHOICES} row />
      <Row>
        <TextInput source="phone" type="tel" />
        <TextInput source="email" type="email" validate={email()} />
        <TextInput source="website" type="url" />
      </Row>
      <Row>
        <DateInput source="lastVerified" />
        <TextInput source="source" />
      </Row>
    </>
  );
};
