import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';

const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export interface ReferralFigures {
  total: number;
  referrals: number;
  consultations: number;
  closed: number;
  completed: number;
  completedShare: number | null;
  medianHoursToFirstContact: number | null;
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

/** The period in four numbers: contacts, referrals sent, time to first contact, share completed. */
export const KeyFigures = ({
  contacts,
  referrals,
}: {
  contacts: number;
  referrals: ReferralFigures;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const number = new Intl.NumberFormat(LOCALES[locale] ?? 'fi-FI', { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(LOCALES[locale] ?? 'fi-FI', { style: 'percent' });
  // Within the hour in minutes, else in hours.
  const duration = (hours: number) =>
    hours < 1
      ? translate('tukiverkko.statistics.minutes', { minutes: Math.round(hours * 60) })
      : translate('tukiverkko.statistics.hours', { hours: number.format(hours) });
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
      <Figure
        label="tukiverkko.statistics.contacts_total"
        value={number.format(contacts)}
        testId="contacts-total"
      />
      <Figure
        label="tukiverkko.statistics.referrals_total"
        value={translate('tukiverkko.statistics.referrals_value', {
          total: referrals.total,
          referrals: referrals.referrals,
          consultations: referrals.consultations,
        })}
        testId="referrals-total"
      />
      <Figure
        label="tukiverkko.statistics.median_first_contact"
        value={
          referrals.medianHoursToFirstContact == null
            ? '–'
            : duration(referrals.medianHoursToFirstContact)
        }
        testId="median-first-contact"
      />
      <Figure
        label="tukiverkko.statistics.completed_share"
        value={
          referrals.completedShare == null
            ? '–'
            : translate('tukiverkko.statistics.completed_value', {
                share: percent.format(referrals.completedShare),
                completed: referrals.completed,
                closed: referrals.closed,
              })
        }
        testId="completed-share"
      />
    </Stack>
  );
};
