import TranslateIcon from '@mui/icons-material/Translate';
import { Alert, Box, Chip, Tooltip } from '@mui/material';
import { useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { missingSwedish } from './missingSwedish';
import { VISUALLY_HIDDEN } from './visuallyHidden';

/** The missing fields in words, "Nimi, Esteettömyys", rather than as paths ("name.sv"). */
function useMissingFields(): string | null {
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const missing = missingSwedish(record);
  if (missing.length === 0) return null;
  return missing
    .map((path) => {
      const field = path.replace(/\.sv$/, '');
      return translate(`resources.${resource}.fields.${field}`, { _: field });
    })
    .join(', ');
}

/** A small flag in list rows: the record lacks Swedish text its municipality requires. */
export const MissingSwedishFlag = () => {
  const translate = useTranslate();
  const fields = useMissingFields();
  if (!fields) return null;
  const description = translate('tukiverkko.missing_swedish.tooltip', { fields });
  // The tooltip is for the mouse; the hidden text gives screen readers the same (a chip in a
  // list row takes no focus, so a keyboard never opens the tooltip).
  return (
    <Tooltip title={description} describeChild>
      <Chip
        icon={<TranslateIcon aria-hidden />}
        label={
          <>
            {translate('tukiverkko.missing_swedish.flag')}
            <Box component="span" sx={VISUALLY_HIDDEN}>
              {` (${description})`}
            </Box>
          </>
        }
        size="small"
        variant="outlined"
        sx={{
          ml: 1,
          color: '#7a4100',
          borderColor: '#7a4100',
          '& .MuiChip-icon': { color: 'inherit' },
        }}
        data-testid="missing-swedish"
      />
    </Tooltip>
  );
};

/** The same flag at the top of a form, naming the fields. */
export const MissingSwedishNotice = () => {
  const translate = useTranslate();
  const fields = useMissingFields();
  if (!fields) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, width: '100%' }} data-testid="missing-swedish">
      {translate('tukiverkko.missing_swedish.notice', { fields })}
    </Alert>
  );
};
