import { Typography } from '@mui/material';
import { useEffect } from 'react';
import {
  CheckboxGroupInput,
  Create,
  DateInput,
  RadioButtonGroupInput,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  Toolbar,
  useNotify,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Permissions } from '../authProvider';
import { Row } from '../common/forms';
import { useLocalized } from '../common/localized';
import { choicesOf } from '../referrals/labels';
import { useRegionStations, useTopicChoices } from '../referrals/hooks';
import { helsinkiToday } from '../referrals/time';
import { AGE_GROUP, CHANNEL, SOURCE } from './labels';

/** The station the counsellor last recorded at, remembered in this browser. */
const STATION_KEY = 'tukiverkko-contact-station';

const notInFuture = (value: unknown) =>
  typeof value === 'string' && value > helsinkiToday()
    ? 'tukiverkko.contacts.not_in_future'
    : undefined;

/** Saves, then clears the form for the next contact, keeping the day and the station. */
const RecordToolbar = () => {
  const { reset, getValues } = useFormContext();
  const notify = useNotify();
  return (
    <Toolbar>
      <SaveButton
        label="tukiverkko.contacts.record"
        type="button"
        data-testid="record-contact"
        mutationOptions={{
          onSuccess: () => {
            notify('tukiverkko.contacts.recorded', { type: 'success' });
            const { date, stationId } = getValues();
            localStorage.setItem(STATION_KEY, stationId);
            reset({ date, stationId, topicIds: [] });
          },
        }}
      />
    </Toolbar>
  );
};

const RememberStation = () => {
  const stationId = useWatch({ name: 'stationId' });
  useEffect(() => {
    if (stationId) localStorage.setItem(STATION_KEY, stationId);
  }, [stationId]);
  return null;
};

/** A required one-of-a-few field of the contact, its options named by `labels`. */
const ChoiceInput = ({ source, labels }: { source: string; labels: Record<string, string> }) => (
  <RadioButtonGroupInput
    source={source}
    label={`resources.contactRecords.fields.${source}`}
    choices={choicesOf(labels)}
    validate={required()}
  />
);

/**
 * The contact recorder: one anonymous contact in a few clicks. The day defaults to today and the
 * station to the last one used; nothing identifies the client.
 */
export const ContactRecordCreate = () => {
  const translate = useTranslate();
  const pick = useLocalized();
  const { permissions } = usePermissions<Permissions | null>();
  const stations = useRegionStations(permissions?.regionId);
  const topicChoices = useTopicChoices();
  if (!stations.isSuccess) return null;
  const remembered = localStorage.getItem(STATION_KEY);
  const defaults = {
    date: helsinkiToday(),
    stationId: stations.data.some((s) => s.id === remembered) ? remembered : undefined,
    topicIds: [],
  };
  return (
    <Create resource="contactRecords" redirect={false} title="tukiverkko.contacts.title">
      <SimpleForm defaultValues={defaults} toolbar={<RecordToolbar />}>
        <RememberStation />
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('tukiverkko.contacts.intro')}
        </Typography>
        <Row>
          <DateInput
            source="date"
            label="resources.contactRecords.fields.date"
            validate={[required(), notInFuture]}
          />
          <SelectInput
            source="stationId"
            label="resources.contactRecords.fields.stationId"
            choices={stations.data.map((s) => ({ id: s.id, name: pick(s.name) }))}
            validate={required()}
          />
        </Row>
        <ChoiceInput source="channel" labels={CHANNEL} />
        <CheckboxGroupInput
          source="topicIds"
          label="resources.contactRecords.fields.topicIds"
          choices={topicChoices}
          validate={required('tukiverkko.contacts.topics_required')}
        />
        <ChoiceInput source="ageGroup" labels={AGE_GROUP} />
        <ChoiceInput source="referredBy" labels={SOURCE} />
      </SimpleForm>
    </Create>
  );
};
