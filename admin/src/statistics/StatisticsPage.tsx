import {
  Alert,
  Box,
  Card,
  CardContent,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Title,
  useDataProvider,
  useGetList,
  useLocaleState,
  usePermissions,
  useTranslate,
} from 'react-admin';
import type { Permissions } from '../authProvider';
import { useLocalized, type Text } from '../common/localized';
import { AGE_GROUP, CHANNEL, SOURCE } from '../contacts/labels';
import { canSeeStatistics } from '../permissions';
import type { ReferralDataProvider, StatisticsFilter } from '../referrals/referralDataProvider';
import { helsinkiToday } from '../referrals/time';
import { PRESETS, presetOf, presetPeriod, type Period, type Preset } from './period';
import { StatisticsFigure, type FigureRow } from './StatisticsFigure';

const PRESET_LABEL: Record<Preset, string> = {
  THIS_YEAR: 'tukiverkko.statistics.preset.THIS_YEAR',
  LAST_YEAR: 'tukiverkko.statistics.preset.LAST_YEAR',
  LAST_12_MONTHS: 'tukiverkko.statistics.preset.LAST_12_MONTHS',
};
const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
/** National administrators: all regions together. */
const ALL = '';

interface Statistics {
  total: number;
  byTopic: { count: number; topic: { id: string; name: Text } }[];
  byChannel: { channel: keyof typeof CHANNEL; count: number }[];
  byStation: { count: number; station: { id: string; name: Text } }[];
  bySource: { referredBy: keyof typeof SOURCE; count: number }[];
  byAgeGroup: { ageGroup: keyof typeof AGE_GROUP; count: number }[];
  byMonth: { month: string; count: number }[];
  referrals: {
    total: number;
    referrals: number;
    consultations: number;
    closed: number;
    completed: number;
    completedShare: number | null;
    medianHoursToFirstContact: number | null;
  };
}

const Figure = ({ label, value, testId }: { label: string; value: string; testId: string }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ flex: '1 1 200px' }}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {translate(label)}
        </Typography>
        <Typography variant="h5" component="p" data-testid={testId}>
          {value}
        </Typography>
      </CardContent>
    </Card>
  );
};

/** Contacts and referrals in numbers: the period picker, key figures, and one chart per count. */
const Dashboard = ({ permissions }: { permissions: Permissions }) => {
  const translate = useTranslate();
  const pick = useLocalized();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<ReferralDataProvider>();
  const today = helsinkiToday();
  const national = permissions.role === 'NATIONAL_ADMIN';
  const [period, setPeriod] = useState<Period>(presetPeriod('THIS_YEAR', today));
  const [regionId, setRegionId] = useState<string>(ALL);
  const regions = useGetList<{ id: string; name: Text }>(
    'regions',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'name.fi', order: 'ASC' } },
    { enabled: national },
  );
  const valid = !!period.from && !!period.to && period.from <= period.to;
  const filter: StatisticsFilter = {
    ...period,
    regionId: national ? regionId || null : permissions.regionId,
  };
  const stats = useQuery({
    queryKey: ['statistics', filter],
    queryFn: () => dataProvider.contactStatistics(filter) as Promise<Statistics>,
    enabled: valid,
  });

  const number = new Intl.NumberFormat(LOCALES[locale] ?? 'fi-FI', { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(LOCALES[locale] ?? 'fi-FI', { style: 'percent' });
  const month = new Intl.DateTimeFormat(LOCALES[locale] ?? 'fi-FI', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const data = stats.data;
  // Within the hour in minutes, else in hours.
  const duration = (hours: number) =>
    hours < 1
      ? translate('tukiverkko.statistics.minutes', { minutes: Math.round(hours * 60) })
      : translate('tukiverkko.statistics.hours', { hours: number.format(hours) });
  const labelled = <K extends string>(
    rows: { count: number }[],
    keyOf: (row: any) => K,
    labels: Record<K, string>,
  ): FigureRow[] =>
    rows.map((row) => ({
      key: keyOf(row),
      label: translate(labels[keyOf(row)]),
      count: row.count,
    }));

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="tukiverkko.statistics.title" />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('tukiverkko.statistics.title')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('tukiverkko.statistics.intro')}
      </Typography>
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}
        role="group"
        aria-label={translate('tukiverkko.statistics.period')}
      >
        <ToggleButtonGroup
          exclusive
          size="small"
          value={presetOf(period, today)}
          onChange={(_event, preset: Preset | null) =>
            preset && setPeriod(presetPeriod(preset, today))
          }
        >
          {PRESETS.map((preset) => (
            <ToggleButton key={preset} value={preset} data-testid={`preset-${preset}`}>
              {translate(PRESET_LABEL[preset])}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <TextField
          type="date"
          size="small"
          fullWidth={false}
          sx={{ width: 180 }}
          label={translate('tukiverkko.statistics.from')}
          value={period.from}
          onChange={(event) => setPeriod({ ...period, from: event.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          type="date"
          size="small"
          fullWidth={false}
          sx={{ width: 180 }}
          label={translate('tukiverkko.statistics.to')}
          value={period.to}
          onChange={(event) => setPeriod({ ...period, to: event.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        {national && (
          <TextField
            select
            size="small"
            fullWidth={false}
            sx={{ minWidth: 220 }}
            label={translate('tukiverkko.statistics.region')}
            value={regionId}
            onChange={(event) => setRegionId(event.target.value)}
          >
            <MenuItem value={ALL}>{translate('tukiverkko.statistics.all_regions')}</MenuItem>
            {(regions.data ?? []).map((region) => (
              <MenuItem key={region.id} value={region.id}>
                {pick(region.name)}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Stack>
      {!valid && (
        <Alert severity="warning">{translate('tukiverkko.statistics.invalid_period')}</Alert>
      )}
      {stats.isError && <Alert severity="error">{(stats.error as Error).message}</Alert>}
      {data && (
        <Box data-testid="statistics">
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
            <Figure
              label="tukiverkko.statistics.contacts_total"
              value={number.format(data.total)}
              testId="contacts-total"
            />
            <Figure
              label="tukiverkko.statistics.referrals_total"
              value={translate('tukiverkko.statistics.referrals_value', {
                total: data.referrals.total,
                referrals: data.referrals.referrals,
                consultations: data.referrals.consultations,
              })}
              testId="referrals-total"
            />
            <Figure
              label="tukiverkko.statistics.median_first_contact"
              value={
                data.referrals.medianHoursToFirstContact == null
                  ? '–'
                  : duration(data.referrals.medianHoursToFirstContact)
              }
              testId="median-first-contact"
            />
            <Figure
              label="tukiverkko.statistics.completed_share"
              value={
                data.referrals.completedShare == null
                  ? '–'
                  : translate('tukiverkko.statistics.completed_value', {
                      share: percent.format(data.referrals.completedShare),
                      completed: data.referrals.completed,
                      closed: data.referrals.closed,
                    })
              }
              testId="completed-share"
            />
          </Stack>
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' },
            }}
          >
            <StatisticsFigure
              title="tukiverkko.statistics.by_topic"
              testId="by-topic"
              horizontal
              rows={data.byTopic.map((row) => ({
                key: row.topic.id,
                label: pick(row.topic.name),
                count: row.count,
              }))}
            />
            <StatisticsFigure
              title="tukiverkko.statistics.by_month"
              testId="by-month"
              rows={data.byMonth.map((row) => ({
                key: row.month,
                label: month.format(new Date(`${row.month}-01T00:00:00Z`)),
                count: row.count,
              }))}
            />
            <StatisticsFigure
              title="tukiverkko.statistics.by_channel"
              testId="by-channel"
              horizontal
              total={data.total}
              rows={labelled(data.byChannel, (row) => row.channel, CHANNEL)}
            />
            <StatisticsFigure
              title="tukiverkko.statistics.by_source"
              testId="by-source"
              horizontal
              total={data.total}
              rows={labelled(data.bySource, (row) => row.referredBy, SOURCE)}
            />
            <StatisticsFigure
              title="tukiverkko.statistics.by_station"
              testId="by-station"
              horizontal
              total={data.total}
              rows={data.byStation.map((row) => ({
                key: row.station.id,
                label: pick(row.station.name),
                count: row.count,
              }))}
            />
            <StatisticsFigure
              title="tukiverkko.statistics.by_age_group"
              testId="by-age-group"
              horizontal
              total={data.total}
              rows={labelled(data.byAgeGroup, (row) => row.ageGroup, AGE_GROUP)}
            />
          </Box>
        </Box>
      )}
    </Box>
  );
};

/** The statistics page: administrators only (the server refuses others anyway). */
export const StatisticsPage = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Permissions | null>();
  if (isPending) return null;
  if (!permissions || !canSeeStatistics(permissions)) {
    return (
      <Alert severity="info" sx={{ mt: 2 }}>
        {translate('tukiverkko.statistics.not_available')}
      </Alert>
    );
  }
  return <Dashboard permissions={permissions} />;
};
