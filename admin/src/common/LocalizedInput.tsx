import { Box, Typography } from '@mui/material';
import {
  required as requiredValidator,
  TextInput,
  useResourceContext,
  useTranslate,
  useWrappedSource,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { LANGUAGES } from './localized';

export interface LocalizedInputProps {
  /** The LocalizedText field, e.g. "name"; its languages are `name.fi`, `name.sv`, `name.en`. */
  source: string;
  /** Finnish is required. */
  required?: boolean;
  /** The record's municipality is bilingual or Swedish-speaking: Swedish is expected. */
  swedishExpected?: boolean;
  multiline?: boolean;
  /** Translation key of the group label; default `resources.<resource>.fields.<source>`. */
  label?: string;
  /** Translation key of a short note beside the label, e.g. who sees the text. */
  hint?: string;
  disabled?: boolean;
}

// A dark amber that keeps 4.5:1 contrast on white (WCAG AA), unlike MUI's warning palette.
const WARNING = {
  '& .MuiFormHelperText-root': { color: '#7a4100', fontWeight: 500 },
  '& .MuiFilledInput-root::before': { borderBottomColor: '#7a4100', borderBottomWidth: 2 },
};

/**
 * One localized text edited side by side in Finnish, Swedish and English, so that a translator
 * sees the Finnish text while writing the Swedish one. Missing Swedish where the municipality is
 * bilingual is flagged on the Swedish input (the server refuses it where it is required).
 */
export const LocalizedInput = ({
  source,
  required,
  swedishExpected,
  multiline,
  label,
  hint,
  disabled,
}: LocalizedInputProps) => {
  const translate = useTranslate();
  const resource = useResourceContext();
  const groupLabel = translate(label ?? `resources.${resource}.fields.${source}`);
  // Inside an array input the source is relative to the item: `reason` of `exceptions.0`.
  const path = useWrappedSource(source);
  const finnish = useWatch({ name: `${path}.fi` }) as string | null | undefined;
  const swedish = useWatch({ name: `${path}.sv` }) as string | null | undefined;
  const swedishMissing = !!swedishExpected && !!finnish?.trim() && !swedish?.trim();
  const id = `localized-${path.replace(/\W/g, '-')}`;

  return (
    <Box
      component="fieldset"
      aria-labelledby={id}
      sx={{ border: 0, p: 0, m: 0, mb: 1, width: '100%', minWidth: 0 }}
    >
      <Typography id={id} component="legend" variant="subtitle2" sx={{ mb: 0.5 }}>
        {groupLabel}
        {hint && (
          <Typography component="span" variant="body2" color="text.secondary">
            {` (${translate(hint)})`}
          </Typography>
        )}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' },
          columnGap: 2,
        }}
      >
        {LANGUAGES.map((language) => (
          <TextInput
            key={language}
            source={`${source}.${language}`}
            label={`${groupLabel} (${translate(`tukiverkko.language.${language}`)})`}
            validate={required && language === 'fi' ? requiredValidator() : undefined}
            multiline={multiline}
            minRows={multiline ? 2 : undefined}
            disabled={disabled}
            fullWidth
            helperText={
              language === 'sv' && swedishMissing ? 'tukiverkko.missing_swedish.helper' : false
            }
            sx={language === 'sv' && swedishMissing ? WARNING : undefined}
          />
        ))}
      </Box>
    </Box>
  );
};
