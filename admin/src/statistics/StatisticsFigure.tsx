import {
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface FigureRow {
  key: string;
  label: string;
  count: number;
}

const BAR_COLOR = '#1565c0';

/**
 * One count as a bar chart and, for screen readers and for anyone who wants the exact numbers,
 * the same figures as a table. The chart is hidden from assistive technology: the table is its
 * text alternative (WCAG 1.1.1).
 */
export const StatisticsFigure = ({
  title,
  rows,
  total,
  horizontal = false,
  testId,
}: {
  title: string;
  rows: FigureRow[];
  /** What shares are of; none: no share column. */
  total?: number;
  /** Bars across (long labels: topics, stations) rather than up. */
  horizontal?: boolean;
  testId: string;
}) => {
  const translate = useTranslate();
  const id = useId();
  const height = horizontal ? Math.max(160, rows.length * 36 + 40) : 240;
  const percent = (count: number) => (total ? `${Math.round((count / total) * 1000) / 10} %` : '');
  return (
    <Card variant="outlined" component="section" aria-labelledby={id} data-testid={testId}>
      <CardContent>
        <Typography id={id} variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        {rows.length === 0 ? (
          <Typography variant="body2">{translate('tukiverkko.statistics.none')}</Typography>
        ) : (
          <>
            <Box aria-hidden sx={{ height, width: '100%' }}>
              <ResponsiveContainer width="100%" height="100%">
                <BarChart
                  data={rows}
                  layout={horizontal ? 'vertical' : 'horizontal'}
                  accessibilityLayer={false}
                  margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
                >
                  <CartesianGrid strokeDasharray="3 3" />
                  {horizontal ? (
                    <>
                      <XAxis type="number" allowDecimals={false} />
                      <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12 }} />
                    </>
                  ) : (
                    <>
                      <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                      <YAxis allowDecimals={false} />
                    </>
                  )}
                  <Tooltip />
                  <Bar
                    dataKey="count"
                    name={translate('tukiverkko.statistics.count')}
                    fill={BAR_COLOR}
                    isAnimationActive={false}
                  />
                </BarChart>
              </ResponsiveContainer>
            </Box>
            <Table size="small" aria-labelledby={id}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('tukiverkko.statistics.item')}</TableCell>
                  <TableCell align="right">{translate('tukiverkko.statistics.count')}</TableCell>
                  {total !== undefined && (
                    <TableCell align="right">{translate('tukiverkko.statistics.share')}</TableCell>
                  )}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.key} data-key={row.key}>
                    <TableCell component="th" scope="row">
                      {row.label}
                    </TableCell>
                    <TableCell align="right">{row.count}</TableCell>
                    {total !== undefined && (
                      <TableCell align="right">{percent(row.count)}</TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </CardContent>
    </Card>
  );
};
