import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { Identifier } from 'react-admin';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { TukiverkkoDataProvider } from '../dataProvider';
import { localized } from '../common/localized';
import { addDays, clockTime, helsinkiToday, isoWeekday } from './scheduleForm';
import type { OpeningDay } from './scheduleTypes';

export const PREVIEW_DAYS = 28;

/**
 * The next four weeks as the server computes them from the saved schedule (holidays and
 * exceptions included): exactly what the public directory will show.
 */
export const SchedulePreview = ({ resource, id }: { resource: string; id: Identifier }) => {
  const dataProvider = useDataProvider<TukiverkkoDataProvider>();
  const translate = useTranslate();
  const from = helsinkiToday();
  const to = addDays(from, PREVIEW_DAYS - 1);
  const { data, isPending, error } = useQuery({
    queryKey: [resource, 'openingHours', { id, from, to }],
    queryFn: () => dataProvider.getOpeningHours(resource, { id, from, to }).then((r) => r.data),
  });

  return (
    <Box
      component="section"
      aria-labelledby="schedule-preview-title"
      data-testid="schedule-preview"
    >
      <Typography id="schedule-preview-title" variant="h6" component="h2">
        {translate('tukiverkko.schedule.preview.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('tukiverkko.schedule.preview.hint')}
      </Typography>
      {isPending && <CircularProgress size={24} aria-label={translate('ra.page.loading')} />}
      {error && <Alert severity="error">{translate('tukiverkko.schedule.preview.error')}</Alert>}
      {data && <Calendar days={data} from={from} />}
    </Box>
  );
};

const cell = {
  border: '1px solid',
  borderColor: 'divider',
  p: 0.75,
  verticalAlign: 'top',
  width: `${100 / 7}%`,
  fontSize: '0.8125rem',
  // A long reason ("Itsenäisyyspäivä") wraps inside its day instead of running into the next.
  overflowWrap: 'anywhere',
  hyphens: 'auto',
} as const;

/** A month-like table, Monday first: the days before today and after the range stay empty. */
const Calendar = ({ days, from }: { days: OpeningDay[]; from: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const leading = isoWeekday(from) - 1;
  const slots: (OpeningDay | null)[] = [...Array(leading).fill(null), ...days];
  while (slots.length % 7) slots.push(null);
  const weeks = Array.from({ length: slots.length / 7 }, (_, w) => slots.slice(w * 7, w * 7 + 7));

  return (
    <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' }}>
      <caption style={{ captionSide: 'top', textAlign: 'left' }}>
        <Typography variant="caption" color="text.secondary">
          {translate('tukiverkko.schedule.preview.caption', {
            from: shortDate(days[0]?.date ?? from),
            to: shortDate(days[days.length - 1]?.date ?? from),
          })}
        </Typography>
      </caption>
      <thead>
        <tr>
          {[1, 2, 3, 4, 5, 6, 7].map((d) => (
            <Box component="th" scope="col" key={d} sx={{ ...cell, fontWeight: 600 }}>
              <abbr title={translate(`tukiverkko.weekdays.long.${d}`)}>
                {translate(`tukiverkko.weekdays.short.${d}`)}
              </abbr>
            </Box>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, w) => (
          <tr key={w}>
            {week.map((day, d) =>
              day ? (
                <Box
                  component="td"
                  key={day.date}
                  data-date={day.date}
                  sx={{ ...cell, bgcolor: day.closed ? 'action.hover' : 'background.paper' }}
                >
                  <Box sx={{ fontWeight: 600 }}>{shortDate(day.date)}</Box>
                  {day.intervals.map((i) => (
                    <Box key={i.start} data-testid="preview-interval">
                      {clockTime(i.start, locale)}–{clockTime(i.end, locale)}
                    </Box>
                  ))}
                  {day.closed && (
                    <Box sx={{ color: 'text.secondary' }}>
                      {translate('tukiverkko.schedule.preview.closed')}
                    </Box>
                  )}
                  {day.closedReason && (
                    <Box sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
                      {localized(day.closedReason.text, locale)}
                    </Box>
                  )}
                </Box>
              ) : (
                <Box
                  component="td"
                  key={`empty-${w}-${d}`}
                  sx={{ ...cell, bgcolor: 'transparent' }}
                />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </Box>
  );
};

/** "6.7." as written in Finland and Sweden alike. */
function shortDate(date: string): string {
  const [, month, day] = date.split('-');
  return `${Number(day)}.${Number(month)}.`;
}
