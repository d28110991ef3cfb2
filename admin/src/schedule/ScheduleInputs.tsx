import { Alert, Box } from '@mui/material';
import { type ReactNode } from 'react';
import {
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  NumberInput,
  SelectInput,
  TextInput,
  useWrappedSource,
  type Validator,
} from 'react-admin';
import { useFormState, useWatch } from 'react-hook-form';
import { LocalizedInput } from '../common/LocalizedInput';
import { TIME_PATTERN } from './scheduleForm';

const Row = ({ children }: { children: ReactNode }) => (
  <Box
    sx={{
      display: 'flex',
      flexWrap: 'wrap',
      columnGap: 2,
      alignItems: 'flex-start',
      '& > *': { flex: '1 1 160px', maxWidth: 260 },
    }}
  >
    {children}
  </Box>
);

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7].map((id) => ({
  id,
  name: `tukiverkko.weekdays.long.${id}`,
}));

const REPEATS = ['WEEKLY', 'EVERY_N_WEEKS', 'NTH_OF_MONTH'].map((id) => ({
  id,
  name: `tukiverkko.schedule.repeat.${id}`,
}));

const NTHS = [1, 2, 3, 4, 5, -1].map((id) => ({
  id,
  name: `tukiverkko.schedule.nth.${id === -1 ? 'last' : id}`,
}));

const time: Validator = (value) =>
  value && !TIME_PATTERN.test(String(value).trim())
    ? 'tukiverkko.schedule.errors.time_format'
    : undefined;
const requiredTime: Validator = (value, values, props) =>
  value ? time(value, values, props) : 'ra.validation.required';
const someWeekday: Validator = (value) =>
  Array.isArray(value) && value.length > 0 ? undefined : 'tukiverkko.schedule.errors.weekdays';

/** Messages the server gave for a whole rule or exception (e.g. overlapping rules). */
const ItemError = () => {
  const path = useWrappedSource('');
  const { errors } = useFormState({ name: path });
  const error = path.split('.').reduce<any>((node, key) => node?.[key], errors) as
    { message?: string } | undefined;
  if (!error?.message) return null;
  return (
    <Alert severity="error" sx={{ mb: 1 }}>
      {error.message}
    </Alert>
  );
};

const TimeInput = ({
  source,
  label,
  required,
}: {
  source: string;
  label: string;
  required?: boolean;
}) => (
  <TextInput
    source={source}
    label={label}
    validate={required ? requiredTime : time}
    helperText="tukiverkko.schedule.time_hint"
    slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
  />
);

/** One weekly rule: which days, what hours, how often, from when to when. */
export const RuleInputs = () => {
  const repeat = useWatch({ name: useWrappedSource('repeat') });
  return (
    <Box sx={{ width: '100%' }}>
      <ItemError />
      <CheckboxGroupInput
        source="weekdays"
        label="tukiverkko.schedule.weekdays"
        choices={WEEKDAYS}
        validate={someWeekday}
        row
      />
      <Row>
        <TimeInput source="opens" label="tukiverkko.schedule.opens" required />
        <TimeInput source="closes" label="tukiverkko.schedule.closes" required />
        <BooleanInput
          source="overMidnight"
          label="tukiverkko.schedule.over_midnight"
          helperText={false}
        />
      </Row>
      <Row>
        <SelectInput
          source="repeat"
          label="tukiverkko.schedule.repeat.label"
          choices={REPEATS}
          defaultValue="WEEKLY"
          validate={(v) => (v ? undefined : 'ra.validation.required')}
        />
        {repeat === 'EVERY_N_WEEKS' && (
          <NumberInput
            source="interval"
            label="tukiverkko.schedule.interval"
            min={2}
            max={52}
            step={1}
            helperText="tukiverkko.schedule.interval_hint"
          />
        )}
        {repeat === 'EVERY_N_WEEKS' && (
          <DateInput
            source="anchorDate"
            label="tukiverkko.schedule.anchor_date"
            helperText="tukiverkko.schedule.anchor_date_hint"
          />
        )}
        {repeat === 'NTH_OF_MONTH' && (
          <SelectInput
            source="nthOfMonth"
            label="tukiverkko.schedule.nth_of_month"
            choices={NTHS}
            helperText="tukiverkko.schedule.nth_of_month_hint"
          />
        )}
      </Row>
      <Row>
        <DateInput source="validFrom" label="tukiverkko.schedule.valid_from" helperText={false} />
        <DateInput source="validTo" label="tukiverkko.schedule.valid_to" helperText={false} />
      </Row>
    </Box>
  );
};

/** One exception: closed, or special hours, on a date or a range of dates, with a reason. */
export const ExceptionInputs = () => {
  const closed = useWatch({ name: useWrappedSource('closed') });
  return (
    <Box sx={{ width: '100%' }}>
      <ItemError />
      <Row>
        <DateInput
          source="startDate"
          label="tukiverkko.schedule.start_date"
          validate={(v) => (v ? undefined : 'ra.validation.required')}
          helperText={false}
        />
        <DateInput
          source="endDate"
          label="tukiverkko.schedule.end_date"
          helperText="tukiverkko.schedule.end_date_hint"
        />
        <BooleanInput source="closed" label="tukiverkko.schedule.closed" helperText={false} />
      </Row>
      {!closed && (
        <Row>
          <TimeInput source="opens" label="tukiverkko.schedule.opens" required />
          <TimeInput source="closes" label="tukiverkko.schedule.closes" required />
          <BooleanInput
            source="overMidnight"
            label="tukiverkko.schedule.over_midnight"
            helperText={false}
          />
        </Row>
      )}
      <LocalizedInput
        source="reason"
        label="tukiverkko.schedule.reason"
        hint="tukiverkko.schedule.reason_hint"
      />
    </Box>
  );
};
