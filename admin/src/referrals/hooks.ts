import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useGetList, useLocaleState } from 'react-admin';
import { useLocalized, type Text } from '../common/localized';
import type { ReferralDataProvider } from './referralDataProvider';

/** The main topics (service categories without a parent). */
export function useRootTopics() {
  return useGetList<{ id: string; code: string; name: Text }>('serviceCategories', {
    filter: { rootsOnly: true },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name.fi', order: 'ASC' },
  });
}

/** The main topics as checkbox choices, in the console's language and its alphabetical order. */
export function useTopicChoices(): { id: string; name: string }[] {
  const { data } = useRootTopics();
  const pick = useLocalized();
  const [locale] = useLocaleState();
  return (data ?? [])
    .map((topic) => ({ id: topic.id, name: pick(topic.name) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The active stations of a region, with municipality codes. */
export function useRegionStations(regionId: string | null | undefined) {
  const dataProvider = useDataProvider<ReferralDataProvider>();
  return useQuery({
    queryKey: ['stations', 'ofRegion', regionId],
    queryFn: () => dataProvider.stationsOfRegion(regionId!),
    enabled: !!regionId,
  });
}
