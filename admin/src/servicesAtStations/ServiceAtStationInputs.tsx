import { BooleanInput, ReferenceInput, required, useGetOne, useRecordContext } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { NameAutocomplete, useOwnRegionFilter } from '../common/filters';
import { Row } from '../common/forms';
import { LocalizedInput } from '../common/LocalizedInput';
import { needsSwedish } from '../common/missingSwedish';
import { HoursSummary } from '../schedule/HoursLink';

/** The language status of the station chosen in the form (its municipality's). */
export function useStationLanguage(stationId: string | undefined): string | undefined {
  const { data } = useGetOne('stations', { id: stationId ?? '' }, { enabled: !!stationId });
  return data?.municipality?.language;
}

export const ServiceAtStationInputs = () => {
  const record = useRecordContext();
  const stationId = useWatch({ name: 'stationId' });
  const swedishExpected = needsSwedish(useStationLanguage(stationId));
  // A region administrator picks among their own region's records (the server refuses others).
  const ownRegion = useOwnRegionFilter();
  // Which service at which station is fixed once created; only the notes and hours change.
  const fixed = !!record?.id;
  return (
    <>
      <HoursSummary />
      <Row>
        <ReferenceInput source="serviceId" reference="services">
          <NameAutocomplete
            label="resources.servicesAtStations.fields.serviceId"
            validate={required()}
            disabled={fixed}
          />
        </ReferenceInput>
        <ReferenceInput source="stationId" reference="stations" filter={ownRegion}>
          <NameAutocomplete
            label="resources.servicesAtStations.fields.stationId"
            validate={required()}
            disabled={fixed}
          />
        </ReferenceInput>
      </Row>
      <LocalizedInput source="notes" multiline swedishExpected={swedishExpected} />
      <BooleanInput source="active" />
    </>
  );
};
