import { Box, Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { useLocalized, type Text } from '../common/localized';
import { STATUS, type ReferralStatus } from './labels';

/** Dark enough on white for small text (WCAG AA, at least 7:1). */
const STATUS_COLOR: Record<ReferralStatus, string> = {
  SENT: '#0d47a1',
  RECEIVED: '#4a148c',
  CONTACTED: '#004d40',
  COMPLETED: '#1b5e20',
  DECLINED: '#424242',
  REDIRECTED: '#424242',
  CLIENT_UNREACHABLE: '#424242',
  CANCELLED: '#424242',
};

export const StatusChip = ({ status }: { status: ReferralStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      label={translate(STATUS[status])}
      data-testid="referral-status"
      data-status={status}
      sx={{
        color: STATUS_COLOR[status],
        borderColor: STATUS_COLOR[status],
        fontWeight: status === 'SENT' ? 700 : 400,
      }}
    />
  );
};

/** The referral's status; a new (unread) one stands out. */
export const StatusField = (_props: Partial<FieldProps>) => {
  const record = useRecordContext();
  if (!record?.status) return null;
  return <StatusChip status={record.status} />;
};

/** An enum value in words, through a map of message keys (labels.ts). */
export const LabelField = ({
  source,
  labels,
}: FieldProps & { source: string; labels: Record<string, string> }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as string | undefined;
  if (!value) return null;
  return (
    <Typography component="span" variant="body2">
      {labels[value] ? translate(labels[value]) : value}
    </Typography>
  );
};

/** The topics, in the console's language. */
export const TopicsField = (_props: Partial<FieldProps>) => {
  const record = useRecordContext();
  const pick = useLocalized();
  const topics = (record?.topics ?? []) as { id: string; name: Text }[];
  return (
    <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {topics.map((topic) => (
        <Chip key={topic.id} size="small" label={pick(topic.name)} />
      ))}
    </Box>
  );
};

/** Who receives it: a named counsellor, or the region's guidance queue. */
export const ReceiverField = (_props: Partial<FieldProps>) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const pick = useLocalized();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {record.counsellor?.name ??
        translate('tukiverkko.referrals.queue_of', { region: pick(record.region?.name) })}
    </Typography>
  );
};
