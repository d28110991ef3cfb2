import TranslateIcon from '@mui/icons-material/Translate';
import { Alert, Chip, Tooltip } from '@mui/material';
import { useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { missingSwedish } from './missingSwedish';

/** A small flag in list rows: the record lacks Swedish text its municipality requires. */
export const MissingSwedishFlag = () => {
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const missing = missingSwedish(resource, record);
  if (missing.length === 0) return null;
  return (
    <Tooltip
      title={translate('tukiverkko.missing_swedish.tooltip', { fields: missing.join(', ') })}
    >
      <Chip
        icon={<TranslateIcon />}
        label={translate('tukiverkko.missing_swedish.flag')}
        size="small"
        variant="outlined"
        sx={{ ml: 1, color: '#7a4100', borderColor: '#7a4100' }}
        data-testid="missing-swedish"
      />
    </Tooltip>
  );
};

/** The same flag at the top of a form, naming the fields. */
export const MissingSwedishNotice = () => {
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const missing = missingSwedish(resource, record);
  if (missing.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, width: '100%' }} data-testid="missing-swedish">
      {translate('tukiverkko.missing_swedish.notice', { fields: missing.join(', ') })}
    </Alert>
  );
};
