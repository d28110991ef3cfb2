import { Alert, Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { RadioButtonGroupInput, useDataProvider, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { useLocalized, type Text } from '../common/localized';
import { lastAnswerAbout, type HelpQuestion } from './lastAnswer';
import type { ReferralDataProvider, StationChoice } from './referralDataProvider';
import { useTimeFormat } from './time';

export const QUEUE = 'QUEUE';

interface HelpOption {
  kind: 'RECEPTION' | 'SERVICE_AT_STATION' | 'SERVICE';
  nextTimes: { start: string; end: string }[];
  station: { id: string; name: Text } | null;
  reception: {
    id: string;
    modes: string[];
    bookingInstructions: Text;
    counsellor: { id: string; name: string; title: Text; phone: string | null };
  } | null;
  service: {
    id: string;
    name: Text;
    phone: string | null;
    website: string | null;
    organization: { name: Text } | null;
  } | null;
}

/** Services shown for the topics picked: the best few, each once. */
const SERVICE_LIMIT = 8;

/**
 * findHelp, as the refer view asks it: by the station's municipality and the topics picked.
 * While the answer to other topics loads, the last answer stays (lastAnswerAbout): emptied lists
 * above the form made it jump under the user's pointer at every topic ticked.
 */
function useFindHelp(input: Record<string, unknown> | null) {
  const dataProvider = useDataProvider<ReferralDataProvider>();
  return useQuery({
    queryKey: ['sentReferrals', 'findHelp', input],
    queryFn: () => dataProvider.findHelp(input!),
    enabled: input !== null,
    placeholderData: (previous, previousQuery) =>
      lastAnswerAbout(input, previousQuery?.queryKey[2] as HelpQuestion | null, previous),
  });
}

/**
 * What the directory offers for the topics picked: the next counsellor receptions at the
 * professional's station (one of which receives the referral, or the region's guidance queue),
 * and the matching services near it. The answer is the public directory's (findHelp).
 */
export const HelpAtStation = ({
  stations,
  topicCodes,
}: {
  stations: StationChoice[];
  topicCodes: Record<string, string>;
}) => {
  const translate = useTranslate();
  const pick = useLocalized();
  const format = useTimeFormat();
  const stationId = useWatch({ name: 'sendingStationId' }) as string | undefined;
  const topicIds = (useWatch({ name: 'topicIds' }) ?? []) as string[];
  const station = stations.find((s) => s.id === stationId);
  const topics = topicIds
    .map((id) => topicCodes[id])
    .filter(Boolean)
    .sort();
  const where = station ? { municipalityCode: station.municipality.code } : null;

  const receptions = useFindHelp(
    where
      ? { kinds: ['RECEPTION'], where, limit: 100, ...(topics.length ? { topics } : {}) }
      : null,
  );
  const services = useFindHelp(
    where && topics.length
      ? { kinds: ['SERVICE_AT_STATION', 'SERVICE'], where, topics, limit: 50 }
      : null,
  );

  const atStation = useMemo(
    () =>
      ((receptions.data?.options ?? []) as HelpOption[]).filter(
        (option) => option.reception && option.station?.id === stationId,
      ),
    [receptions.data, stationId],
  );
  const receiverChoices = useMemo(() => {
    const seen = new Set<string>();
    const counsellors = atStation
      .map((option) => option.reception!.counsellor)
      .filter((c) => !seen.has(c.id) && seen.add(c.id));
    return [
      ...counsellors.map((c) => ({ id: c.id, name: `${c.name}, ${pick(c.title)}` })),
      { id: QUEUE, name: translate('tukiverkko.referrals.refer.queue') },
    ];
  }, [atStation, pick, translate]);
  useDefaultReceiver(receiverChoices, receptions.isFetching);

  if (!station) {
    return <Alert severity="info">{translate('tukiverkko.referrals.refer.pick_station')}</Alert>;
  }
  return (
    <Box data-testid="help-at-station">
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate('tukiverkko.referrals.refer.receptions', { station: pick(station.name) })}
      </Typography>
      {/* Not for the last answer shown while the next loads (another station's, perhaps). */}
      {receptions.isSuccess && !receptions.isPlaceholderData && atStation.length === 0 && (
        <Typography variant="body2">
          {translate('tukiverkko.referrals.refer.no_receptions')}
        </Typography>
      )}
      <List dense disablePadding data-testid="receptions" aria-busy={receptions.isPlaceholderData}>
        {atStation.map((option) => {
          const r = option.reception!;
          return (
            <ListItem key={r.id} disableGutters>
              <ListItemText
                primary={`${r.counsellor.name}, ${pick(r.counsellor.title)}`}
                secondary={
                  option.nextTimes.length
                    ? translate('tukiverkko.referrals.refer.next_times', {
                        times: option.nextTimes
                          .slice(0, 3)
                          .map((t) => format.interval(t.start, t.end))
                          .join(', '),
                      })
                    : translate('tukiverkko.referrals.refer.no_times')
                }
              />
            </ListItem>
          );
        })}
      </List>
      <RadioButtonGroupInput
        source="receiver"
        label="tukiverkko.referrals.refer.receiver"
        choices={receiverChoices}
        row={false}
      />
      <Typography variant="h6" component="h2">
        {translate('tukiverkko.referrals.refer.services')}
      </Typography>
      {!topics.length ? (
        <Typography variant="body2">
          {translate('tukiverkko.referrals.refer.pick_topics')}
        </Typography>
      ) : (
        <List dense disablePadding data-testid="services" aria-busy={services.isPlaceholderData}>
          {uniqueServices(services.data?.options ?? [], stationId).map((option) => {
            const s = option.service!;
            const where = option.station
              ? translate('tukiverkko.referrals.refer.at_station', {
                  station: pick(option.station.name),
                })
              : pick(s.organization?.name);
            const next = option.nextTimes[0];
            return (
              <ListItem key={`${option.kind}-${s.id}-${option.station?.id ?? ''}`} disableGutters>
                <ListItemText
                  primary={pick(s.name)}
                  secondary={[
                    where,
                    next && format.interval(next.start, next.end),
                    s.phone,
                    s.website,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </ListItem>
            );
          })}
          {services.isSuccess &&
            !services.isPlaceholderData &&
            services.data.options.length === 0 && (
              <Typography variant="body2">
                {translate('tukiverkko.referrals.refer.no_services')}
              </Typography>
            )}
        </List>
      )}
    </Box>
  );
};

/**
 * Offers the first counsellor at the station (the queue when there is none) until the user picks
 * one; a pick stays while it is still offered.
 */
function useDefaultReceiver(choices: { id: string }[], loading: boolean) {
  const { setValue, getValues, getFieldState } = useFormContext();
  useEffect(() => {
    if (loading) return;
    const current = getValues('receiver');
    const offered = choices.some((choice) => choice.id === current);
    if (!offered || !getFieldState('receiver').isDirty) setValue('receiver', choices[0].id);
  }, [choices, loading, getValues, getFieldState, setValue]);
}

/** Each service once, where it is nearest: at the station itself first. */
function uniqueServices(options: HelpOption[], stationId: string | undefined): HelpOption[] {
  const sorted = [...options].sort(
    (a, b) => Number(b.station?.id === stationId) - Number(a.station?.id === stationId),
  );
  const seen = new Set<string>();
  const unique = sorted.filter(
    (o) => o.service && !seen.has(o.service.id) && seen.add(o.service.id),
  );
  // Back in the directory's ranking.
  return options.filter((o) => unique.includes(o)).slice(0, SERVICE_LIMIT);
}
