import SearchIcon from '@mui/icons-material/Search';
import { InputAdornment } from '@mui/material';
import {
  AutocompleteInput,
  NullableBooleanInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  usePermissions,
  type AutocompleteInputProps,
} from 'react-admin';
import type { Permissions } from '../authProvider';
import { useMemo } from 'react';
import { choices, type EnumName } from './choices';
import { useNameOption } from './localized';

/** Free-text search (`q`): a visible label, so that it is announced (WCAG 1.3.1). */
export const searchFilter = (
  <TextInput
    key="q"
    source="q"
    label="ra.action.search"
    alwaysOn
    resettable
    slotProps={{
      input: {
        endAdornment: (
          <InputAdornment position="end">
            <SearchIcon aria-hidden />
          </InputAdornment>
        ),
      },
    }}
  />
);

/** Picks a record of a resource by its localized name; the server searches with `q`. */
export const NameAutocomplete = (props: AutocompleteInputProps & { label: string }) => {
  const nameOf = useNameOption();
  return (
    <AutocompleteInput
      optionText={nameOf}
      filterToQuery={(q) => ({ q })}
      sx={{ minWidth: 240 }}
      {...props}
    />
  );
};

export const referenceFilter = (
  source: string,
  reference: string,
  label: string,
  alwaysOn = true,
) => (
  <ReferenceInput key={source} source={source} reference={reference} alwaysOn={alwaysOn}>
    <NameAutocomplete label={label} />
  </ReferenceInput>
);

export const regionFilter = referenceFilter('regionId', 'regions', 'tukiverkko.filters.region');
export const municipalityFilter = referenceFilter(
  'municipalityId',
  'municipalities',
  'tukiverkko.filters.municipality',
  false,
);
export const categoryFilter = referenceFilter(
  'categoryId',
  'serviceCategories',
  'tukiverkko.filters.category',
  false,
);
export const stationFilter = referenceFilter(
  'stationId',
  'stations',
  'tukiverkko.filters.station',
  false,
);

export const activeFilter = (
  <NullableBooleanInput key="active" source="active" label="tukiverkko.filters.active" alwaysOn />
);

export const enumFilter = (source: string, name: EnumName, label: string) => (
  <SelectInput key={source} source={source} label={label} choices={choices(name)} />
);

/** Region users see their own region first: their lists open filtered to it. */
export function useOwnRegionFilter(): Record<string, string> {
  const { permissions } = usePermissions<Permissions | null>();
  const regionId = permissions?.regionId;
  // The same object while the region is the same: pickers refetch when their filter changes.
  return useMemo((): Record<string, string> => (regionId ? { regionId } : {}), [regionId]);
}
