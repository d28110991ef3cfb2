import { Typography } from '@mui/material';
import type { ComponentType } from 'react';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  TextInput,
  useTranslate,
  type RaRecord,
  type TextInputProps,
  type Validator,
} from 'react-admin';
import { useNameOption } from '../common/localized';
import { ClientInputs } from './ClientInputs';
import { URGENCY, choicesOf, type Step } from './labels';

interface StepForm {
  Inputs: ComponentType<{ record: RaRecord }>;
  defaults: (record: RaRecord) => Record<string, unknown>;
}

/** A few lines of free text. */
const TextArea = (props: TextInputProps) => (
  <TextInput multiline minRows={2} fullWidth {...props} />
);

const NoteInput = () => <TextArea source="note" label="tukiverkko.referrals.fields.note" />;

/** The autocompletes search by what is typed. */
const searchFor = (q: string) => ({ q });

/** A search among the services by name in the console's language: one service, or several. */
const ServiceInput = ({
  source,
  label,
  multiple = false,
  validate,
}: {
  source: string;
  label: string;
  multiple?: boolean;
  validate?: Validator;
}) => {
  const nameOf = useNameOption();
  const autocomplete = {
    label,
    optionText: nameOf,
    filterToQuery: searchFor,
    validate,
    fullWidth: true,
  };
  return multiple ? (
    <ReferenceArrayInput source={source} reference="services">
      <AutocompleteArrayInput {...autocomplete} />
    </ReferenceArrayInput>
  ) : (
    <ReferenceInput source={source} reference="services">
      <AutocompleteInput {...autocomplete} />
    </ReferenceInput>
  );
};

const CompleteInputs = () => (
  <>
    <ServiceInput
      source="outcome.serviceIds"
      label="tukiverkko.referrals.outcome.services"
      multiple
    />
    <BooleanInput
      source="outcome.jointReception"
      label="tukiverkko.referrals.outcome.jointReception"
    />
    <BooleanInput source="outcome.homeVisit" label="tukiverkko.referrals.outcome.homeVisit" />
    <BooleanInput
      source="outcome.networkMeeting"
      label="tukiverkko.referrals.outcome.networkMeeting"
    />
    <NoteInput />
  </>
);

const RedirectInputs = () => (
  <>
    <ServiceInput
      source="serviceId"
      label="tukiverkko.referrals.fields.redirectedTo"
      validate={required()}
    />
    <NoteInput />
  </>
);

const AssignInputs = ({ record }: { record: RaRecord }) => (
  <>
    <ReferenceInput
      source="counsellorId"
      reference="counsellors"
      filter={{ regionId: record.region?.id, active: true }}
    >
      <AutocompleteInput
        label="tukiverkko.referrals.fields.receiver"
        optionText="name"
        filterToQuery={searchFor}
        validate={required()}
        fullWidth
      />
    </ReferenceInput>
    <NoteInput />
  </>
);

const CancelInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('tukiverkko.referrals.step_hint.CANCEL')}
      </Typography>
      <NoteInput />
    </>
  );
};

const ConvertInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="body2">{translate('tukiverkko.referrals.step_hint.CONVERT')}</Typography>
      <ClientInputs />
      <RadioButtonGroupInput
        source="urgency"
        label="tukiverkko.referrals.fields.urgency"
        choices={choicesOf(URGENCY)}
      />
      <TextArea
        source="message"
        label="tukiverkko.referrals.fields.message"
        helperText="tukiverkko.referrals.step_hint.CONVERT_message"
      />
    </>
  );
};

const none = () => ({});

/** The form of each step that asks for more than a click. */
export const STEP_FORMS: Record<Step, StepForm> = {
  RECEIVE: { Inputs: NoteInput, defaults: none },
  CONTACT: { Inputs: NoteInput, defaults: none },
  COMPLETE: {
    Inputs: CompleteInputs,
    defaults: () => ({
      outcome: { serviceIds: [], jointReception: false, homeVisit: false, networkMeeting: false },
    }),
  },
  DECLINE: {
    Inputs: () => (
      <TextArea source="reason" label="tukiverkko.referrals.fields.reason" validate={required()} />
    ),
    defaults: none,
  },
  REDIRECT: { Inputs: RedirectInputs, defaults: none },
  MARK_UNREACHABLE: { Inputs: NoteInput, defaults: none },
  CANCEL: { Inputs: CancelInputs, defaults: none },
  ASSIGN: { Inputs: AssignInputs, defaults: none },
  CONVERT: {
    Inputs: ConvertInputs,
    defaults: (record) => ({ urgency: record.urgency, client: { language: 'fi' } }),
  },
};
