import ScheduleIcon from '@mui/icons-material/Schedule';
import { Box, Button, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { useLocalized } from '../common/localized';

export const hoursPath = (resource: string, id: string | number) => `/${resource}/${id}/hours`;

/** Opens the schedule editor of the current record. */
export const HoursButton = () => {
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button
      component={Link}
      to={hoursPath(resource, record.id)}
      startIcon={<ScheduleIcon />}
      size="small"
      data-testid="edit-hours"
    >
      {translate('tukiverkko.schedule.edit_hours')}
    </Button>
  );
};

/** The hours in one line at the top of a form, with the way to change them. */
export const HoursSummary = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const pick = useLocalized();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2, flexWrap: 'wrap' }}>
      <Typography variant="body2">
        {translate('tukiverkko.schedule.summary')}:{' '}
        <strong>{pick(record.hoursSummary) || translate('tukiverkko.schedule.no_hours')}</strong>
      </Typography>
      <HoursButton />
    </Box>
  );
};
