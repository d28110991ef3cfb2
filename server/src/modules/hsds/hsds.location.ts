import type { Station } from '../station/station.entity';
import { derivedId, languages, optional, phone } from './hsds.fields';
import { Language, localized } from './hsds.language';
import { scheduleData, toHsdsSchedules } from './hsds.schedule';
import type * as H from './hsds.types';

/** A station as an HSDS location; `locationBase` is what a list shows of it. */
export function locationBase(station: Station, l: Language): H.HsdsLocationBase {
  const coordinates =
    typeof station.latitude === 'number' && typeof station.longitude === 'number'
      ? { latitude: station.latitude, longitude: station.longitude }
      : {};
  return {
    id: station.id,
    location_type: 'physical',
    ...optional('organization_id', station.operator?.id),
    name: localized(station.name, l) ?? '',
    ...coordinates,
  };
}

/** A station with its address, languages, accessibility, phone and opening hours. */
export function location(station: Station, l: Language): H.HsdsLocation {
  const accessibility = localized(station.accessibility, l);
  const schedule = station.schedule?.getEntity();
  return {
    ...locationBase(station, l),
    languages: languages(station.languages, { location_id: station.id }, l),
    addresses: address(station, l),
    accessibility: accessibility
      ? [
          {
            id: derivedId('accessibility', station.id),
            location_id: station.id,
            description: accessibility,
          },
        ]
      : [],
    phones: phone({ location_id: station.id }, station.phone),
    schedules: toHsdsSchedules(
      schedule ? scheduleData(schedule) : null,
      { location_id: station.id },
      l,
    ),
  };
}

/** The postal address, when the station has a street address and postal code (HSDS needs both). */
function address(station: Station, l: Language): H.HsdsAddress[] {
  const street = station.streetAddress?.trim();
  if (!street || !station.postalCode) return [];
  return [
    {
      id: derivedId('address', station.id),
      location_id: station.id,
      address_1: street,
      city: station.postOffice?.trim() || localized(station.municipality.getEntity().name, l) || '',
      // The welfare region: the Finnish level between municipality and state.
      state_province: localized(station.region.getEntity().name, l) ?? '',
      postal_code: station.postalCode,
      country: 'FI',
      address_type: 'physical',
    },
  ];
}
