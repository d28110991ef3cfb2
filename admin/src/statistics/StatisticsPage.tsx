import { Alert, Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../authProvider';
import { useLocalized, type Text } from '../common/localized';
import { AGE_GROUP, CHANNEL, SOURCE } from '../contacts/labels';
import { canSeeStatistics } from '../permissions';
import type { ReferralDataProvider, StatisticsFilter } from '../referrals/referralDataProvider';
import { helsinkiToday } from '../referrals/time';
import { KeyFigures, type ReferralFigures } from './KeyFigures';
import { presetPeriod, type Period } from './period';
import { ALL_REGIONS, PeriodPicker } from './PeriodPicker';
import { StatisticsFigure, type FigureRow } from './StatisticsFigure';

const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

interface Statistics {
  total: number;
  byTopic: { count: number; topic: { id: string; name: Text } }[];
  byChannel: { channel: keyof typeof CHANNEL; count: number }[];
  byStation: { count: number; station: { id: string; name: Text } }[];
  bySource: { referredBy: keyof typeof SOURCE; count: number }[];
  byAgeGroup: { ageGroup: keyof typeof AGE_GROUP; count: number }[];
  byMonth: { month: string; count: number }[];
  referrals: ReferralFigures;
}

/** Contacts and referrals in numbers: the period picker, key figures, and one chart per count. */
const Dashboard = ({ permissions }: { permissions: Permissions }) => {
  const translate = useTranslate();
  const pick = useLocalized();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<ReferralDataProvider>();
  const today = helsinkiToday();
  const national = permissions.role === 'NATIONAL_ADMIN';
  const [period, setPeriod] = useState<Period>(presetPeriod('THIS_YEAR', today));
  const [regionId, setRegionId] = useState<string>(ALL_REGIONS);
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

  const month = new Intl.DateTimeFormat(LOCALES[locale] ?? 'fi-FI', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const data = stats.data;
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
  const named = <R extends { count: number }>(
    rows: R[],
    itemOf: (row: R) => { id: string; name: Text },
  ): FigureRow[] =>
    rows.map((row) => ({ key: itemOf(row).id, label: pick(itemOf(row).name), count: row.count }));

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="tukiverkko.statistics.title" />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('tukiverkko.statistics.title')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('tukiverkko.statistics.intro')}
      </Typography>
      <PeriodPicker
        period={period}
        onPeriod={setPeriod}
        today={today}
        regionId={national ? regionId : undefined}
        onRegion={setRegionId}
      />
      {!valid && (
        <Alert severity="warning">{translate('tukiverkko.statistics.invalid_period')}</Alert>
      )}
      {stats.isError && <Alert severity="error">{(stats.error as Error).message}</Alert>}
      {data && (
        <Box data-testid="statistics">
          <KeyFigures contacts={data.total} referrals={data.referrals} />
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
              rows={named(data.byTopic, (row) => row.topic)}
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
              rows={named(data.byStation, (row) => row.station)}
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
