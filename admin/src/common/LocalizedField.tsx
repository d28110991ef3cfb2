import { Typography } from '@mui/material';
import { useRecordContext, type FieldProps } from 'react-admin';
import { useLocalized, type Text } from './localized';

/** A localized text in the console's language, falling back to Finnish (or one language of it). */
export const LocalizedField = ({ source }: FieldProps & { source: string }) => {
  const record = useRecordContext();
  const pick = useLocalized();
  const text = source
    .split('.')
    .reduce<unknown>(
      (value, key) => (value as Record<string, unknown> | null | undefined)?.[key],
      record,
    ) as Text | string;
  return (
    <Typography component="span" variant="body2">
      {typeof text === 'string' ? text : pick(text)}
    </Typography>
  );
};
