import { MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { useLocalized, type Text } from '../common/localized';
import { PRESETS, presetOf, presetPeriod, type Period, type Preset } from './period';

const PRESET_LABEL: Record<Preset, string> = {
  THIS_YEAR: 'tukiverkko.statistics.preset.THIS_YEAR',
  LAST_YEAR: 'tukiverkko.statistics.preset.LAST_YEAR',
  LAST_12_MONTHS: 'tukiverkko.statistics.preset.LAST_12_MONTHS',
};

/** National administrators: all regions together. */
export const ALL_REGIONS = '';

/**
 * The period of the statistics (a preset with one click, or any dates) and, for national
 * administrators, the region (or all).
 */
export const PeriodPicker = ({
  period,
  onPeriod,
  today,
  regionId,
  onRegion,
}: {
  period: Period;
  onPeriod: (period: Period) => void;
  today: string;
  /** Undefined: no region choice (a region administrator sees their own). */
  regionId?: string;
  onRegion: (regionId: string) => void;
}) => {
  const translate = useTranslate();
  const pick = useLocalized();
  const regions = useGetList<{ id: string; name: Text }>(
    'regions',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'name.fi', order: 'ASC' } },
    { enabled: regionId !== undefined },
  );
  const dateField = (field: 'from' | 'to', label: string) => (
    <TextField
      type="date"
      size="small"
      fullWidth={false}
      sx={{ width: 180 }}
      label={translate(label)}
      value={period[field]}
      onChange={(event) => onPeriod({ ...period, [field]: event.target.value })}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
  return (
    <Stack
      direction="row"
      spacing={2}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}
      role="group"
      aria-label={translate('tukiverkko.statistics.period')}
    >
      <ToggleButtonGroup
        exclusive
        size="small"
        value={presetOf(period, today)}
        onChange={(_event, preset: Preset | null) =>
          preset && onPeriod(presetPeriod(preset, today))
        }
      >
        {PRESETS.map((preset) => (
          <ToggleButton key={preset} value={preset} data-testid={`preset-${preset}`}>
            {translate(PRESET_LABEL[preset])}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {dateField('from', 'tukiverkko.statistics.from')}
      {dateField('to', 'tukiverkko.statistics.to')}
      {regionId !== undefined && (
        <TextField
          select
          size="small"
          fullWidth={false}
          sx={{ minWidth: 220 }}
          label={translate('tukiverkko.statistics.region')}
          value={regionId}
          onChange={(event) => onRegion(event.target.value)}
        >
          <MenuItem value={ALL_REGIONS}>{translate('tukiverkko.statistics.all_regions')}</MenuItem>
          {(regions.data ?? []).map((region) => (
            <MenuItem key={region.id} value={region.id}>
              {pick(region.name)}
            </MenuItem>
          ))}
        </TextField>
      )}
    </Stack>
  );
};
