import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { EnumName } from './choices';

/** An enum value (or a list of them) in words. */
export const EnumField = ({ source, name }: FieldProps & { source: string; name: EnumName }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as string | string[] | null | undefined;
  if (value == null) return null;
  const values = Array.isArray(value) ? value : [value];
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {values.map((v) => (
        <Chip key={v} size="small" label={translate(`tukiverkko.enums.${name}.${v}`)} />
      ))}
    </Stack>
  );
};
