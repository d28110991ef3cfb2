import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { EVENT, STATUS } from './labels';
import { useTimeFormat } from './time';

interface ReferralEvent {
  id: string;
  action: keyof typeof EVENT;
  at: string;
  fromStatus: keyof typeof STATUS | null;
  toStatus: keyof typeof STATUS;
  note: string | null;
  actor: { name: string; email: string } | null;
}

/** The referral's history, oldest first: who did what, when, and the note or reason. */
export const ReferralHistory = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useTimeFormat();
  const events = (record?.events ?? []) as ReferralEvent[];
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mt: 3 }} id="referral-history">
        {translate('tukiverkko.referrals.history.title')}
      </Typography>
      <Table size="small" aria-labelledby="referral-history" data-testid="referral-history">
        <TableHead>
          <TableRow>
            <TableCell>{translate('tukiverkko.referrals.history.at')}</TableCell>
            <TableCell>{translate('tukiverkko.referrals.history.action')}</TableCell>
            <TableCell>{translate('tukiverkko.referrals.history.actor')}</TableCell>
            <TableCell>{translate('tukiverkko.referrals.history.status')}</TableCell>
            <TableCell>{translate('tukiverkko.referrals.history.note')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.id}>
              <TableCell>{format.dateTime(event.at)}</TableCell>
              <TableCell>{translate(EVENT[event.action])}</TableCell>
              <TableCell>
                {event.actor?.name ?? translate('tukiverkko.referrals.history.system')}
              </TableCell>
              <TableCell>
                {event.fromStatus ? `${translate(STATUS[event.fromStatus])} → ` : ''}
                {translate(STATUS[event.toStatus])}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{event.note ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
