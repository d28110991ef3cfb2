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
} from 'react-admin';
import { useNameOption } from '../common/localized';
import { ClientInputs } from './ClientInputs';
import { URGENCY, choicesOf, type Step } from './labels';

interface StepForm {
  Inputs: ComponentType<{ record: RaRecord }>;
  defaults: (record: RaRecord) => Record<string, unknown>;
}

const NoteInput = () => (
  <TextInput
    source="note"
    label="tukiverkko.referrals.fields.note"
    multiline
    minRows={2}
    fullWidth
  />
);

const ServicesInput = () => {
  const nameOf = useNameOption();
  return (
    <ReferenceArrayInput source="outcome.serviceIds" reference="services">
      <AutocompleteArrayInput
        label="tukiverkko.referrals.outcome.services"
        optionText={nameOf}
        filterToQuery={(q) => ({ q })}
        fullWidth
      />
    </ReferenceArrayInput>
  );
};

const CompleteInputs = () => (
  <>
    <ServicesInput />
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

const RedirectInputs = () => {
  const nameOf = useNameOption();
  return (
    <>
      <ReferenceInput source="serviceId" reference="services">
        <AutocompleteInput
          label="tukiverkko.referrals.fields.redirectedTo"
          optionText={nameOf}
          filterToQuery={(q) => ({ q })}
          validate={required()}
          fullWidth
        />
      </ReferenceInput>
      <NoteInput />
    </>
  );
};

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
        filterToQuery={(q) => ({ q })}
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
      <TextInput
        source="message"
        label="tukiverkko.referrals.fields.message"
        helperText="tukiverkko.referrals.step_hint.CONVERT_message"
        multiline
        minRows={2}
        fullWidth
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
      <TextInput
        source="reason"
        label="tukiverkko.referrals.fields.reason"
        validate={required()}
        multiline
        minRows={2}
        fullWidth
      />
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
