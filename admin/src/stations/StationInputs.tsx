import {
  BooleanInput,
  CheckboxGroupInput,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useGetOne,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { choices, LANGUAGE_CHOICES } from '../common/choices';
import { NameAutocomplete, useOwnRegionFilter } from '../common/filters';
import { Row } from '../common/forms';
import { LocalizedInput } from '../common/LocalizedInput';
import { needsSwedish } from '../common/missingSwedish';
import { HoursSummary } from '../schedule/HoursLink';

/** The language status of the municipality chosen in the form. */
export function useMunicipalityLanguage(municipalityId: string | undefined): string | undefined {
  const { data } = useGetOne(
    'municipalities',
    { id: municipalityId ?? '' },
    { enabled: !!municipalityId },
  );
  return data?.language;
}

export const StationInputs = () => {
  const municipalityId = useWatch({ name: 'municipalityId' });
  const swedishExpected = needsSwedish(useMunicipalityLanguage(municipalityId));
  // A region administrator places stations in their own region's municipalities.
  const ownRegion = useOwnRegionFilter();
  return (
    <>
      <HoursSummary />
      <LocalizedInput source="name" required swedishExpected={swedishExpected} />
      <Row>
        <ReferenceInput source="municipalityId" reference="municipalities" filter={ownRegion}>
          <NameAutocomplete
            label="resources.stations.fields.municipalityId"
            validate={required()}
          />
        </ReferenceInput>
        <SelectInput source="operatorKind" choices={choices('operatorKind')} />
        <ReferenceInput source="operatorId" reference="organizations">
          <NameAutocomplete label="resources.stations.fields.operatorId" />
        </ReferenceInput>
      </Row>
      <Row>
        <TextInput source="streetAddress" />
        <TextInput source="postalCode" />
        <TextInput source="postOffice" />
      </Row>
      <Row>
        <TextInput source="phone" type="tel" />
        <NumberInput source="latitude" step={0.0001} />
        <NumberInput source="longitude" step={0.0001} />
      </Row>
      <CheckboxGroupInput source="languages" choices={LANGUAGE_CHOICES} row />
      <LocalizedInput source="accessibility" multiline swedishExpected={swedishExpected} />
      <Row>
        <BooleanInput source="active" />
        <TextInput source="source" />
      </Row>
    </>
  );
};
