import { Card, CardContent, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';

/** The console's landing page: says what the console is for. */
export const Dashboard = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Tukiverkko" />
      <CardContent>
        <Typography variant="h5" component="h2" gutterBottom>
          {translate('tukiverkko.dashboard.title')}
        </Typography>
        <Typography variant="body1" sx={{ mb: 2 }}>
          {translate('tukiverkko.dashboard.intro')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('tukiverkko.dashboard.hint')}
        </Typography>
      </CardContent>
    </Card>
  );
};
