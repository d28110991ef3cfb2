import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  ReferenceInput,
  required,
  TextArrayInput,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { choices } from '../common/choices';
import { NameAutocomplete, useOwnRegionFilter } from '../common/filters';
import { Row } from '../common/forms';
import { LocalizedInput } from '../common/LocalizedInput';
import { needsSwedish } from '../common/missingSwedish';
import { HoursSummary } from '../schedule/HoursLink';
import { useStationLanguage } from '../servicesAtStations/ServiceAtStationInputs';

export const ReceptionInputs = () => {
  const stationId = useWatch({ name: 'stationId' });
  const swedishExpected = needsSwedish(useStationLanguage(stationId));
  // A region administrator picks among their own region's records (the server refuses others).
  const ownRegion = useOwnRegionFilter();
  return (
    <>
      <HoursSummary />
      <Row>
        <ReferenceInput source="counsellorId" reference="counsellors" filter={ownRegion}>
          <AutocompleteInput
            label="resources.receptions.fields.counsellorId"
            optionText="name"
            filterToQuery={(q) => ({ q })}
            validate={required()}
          />
        </ReferenceInput>
        <ReferenceInput source="stationId" reference="stations" filter={ownRegion}>
          <NameAutocomplete label="resources.receptions.fields.stationId" validate={required()} />
        </ReferenceInput>
      </Row>
      <CheckboxGroupInput
        source="modes"
        choices={choices('receptionMode')}
        row
        validate={required()}
      />
      <TextArrayInput source="targetGroups" helperText="tukiverkko.help.target_groups" />
      <LocalizedInput source="bookingInstructions" multiline swedishExpected={swedishExpected} />
      <LocalizedInput source="notes" multiline swedishExpected={swedishExpected} />
      <Row>
        <BooleanInput source="free" />
        <BooleanInput source="active" />
        <TextInput source="source" />
      </Row>
    </>
  );
};
