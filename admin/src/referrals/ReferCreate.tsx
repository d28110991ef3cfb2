import SendIcon from '@mui/icons-material/Send';
import { Alert, Typography } from '@mui/material';
import { useEffect, useMemo } from 'react';
import {
  CheckboxGroupInput,
  Create,
  RadioButtonGroupInput,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useNotify,
  usePermissions,
  useRedirect,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Permissions } from '../authProvider';
import { useLocalized } from '../common/localized';
import { Row } from '../common/forms';
import { clientAndConsent, ClientInputs } from './ClientInputs';
import { HelpAtStation, QUEUE } from './HelpAtStation';
import { KIND, URGENCY, choicesOf } from './labels';
import { useRegionStations, useRootTopics, useTopicChoices } from './hooks';

/** The station the professional last sent from: their own station, remembered in this browser. */
const STATION_KEY = 'tukiverkko-refer-station';

/** The form as the API's SendReferralInput: a consultation carries no personal fields at all. */
function toSendInput(data: RaRecord) {
  const toCounsellor = data.receiver && data.receiver !== QUEUE;
  return {
    kind: data.kind,
    sendingStationId: data.sendingStationId,
    receivingStationId: data.sendingStationId,
    counsellorId: toCounsellor ? data.receiver : null,
    topicIds: data.topicIds,
    urgency: data.urgency,
    message: data.message?.trim() || null,
    ...(data.kind === 'REFERRAL' ? clientAndConsent(data) : {}),
  };
}

const SendToolbar = () => {
  const kind = useWatch({ name: 'kind' });
  return (
    <Toolbar>
      <SaveButton
        icon={<SendIcon />}
        label={
          kind === 'CONSULTATION'
            ? 'tukiverkko.referrals.refer.send_consultation'
            : 'tukiverkko.referrals.refer.send_referral'
        }
        data-testid="send-referral"
      />
    </Toolbar>
  );
};

/** Remembers the station chosen, so that the next referral starts from it. */
const RememberStation = () => {
  const stationId = useWatch({ name: 'sendingStationId' });
  useEffect(() => {
    if (stationId) localStorage.setItem(STATION_KEY, stationId);
  }, [stationId]);
  return null;
};

const ReferralOnly = () => {
  const kind = useWatch({ name: 'kind' });
  const translate = useTranslate();
  // Unmounted inputs send nothing: a consultation form has no personal fields to fill in.
  if (kind !== 'REFERRAL') {
    return (
      <Alert severity="info" sx={{ my: 2 }} data-testid="consultation-notice">
        {translate('tukiverkko.referrals.refer.consultation_notice')}
      </Alert>
    );
  }
  return <ClientInputs />;
};

const MessageInput = () => {
  const kind = useWatch({ name: 'kind' });
  return (
    <TextInput
      source="message"
      label="tukiverkko.referrals.fields.message"
      helperText={
        kind === 'CONSULTATION'
          ? 'tukiverkko.referrals.refer.message_hint_consultation'
          : 'tukiverkko.referrals.refer.message_hint'
      }
      multiline
      minRows={3}
      fullWidth
    />
  );
};

/**
 * The health professional's refer view: their station and the topics, what the directory offers
 * there (the next counsellor receptions and matching services), and the referral (with the
 * client's consent and contact details) or an anonymous consultation.
 */
export const ReferCreate = () => {
  const translate = useTranslate();
  const pick = useLocalized();
  const notify = useNotify();
  const redirect = useRedirect();
  const { permissions } = usePermissions<Permissions | null>();
  const stations = useRegionStations(permissions?.regionId);
  const topics = useRootTopics();
  const topicChoices = useTopicChoices();
  const topicCodes = useMemo(
    () => Object.fromEntries((topics.data ?? []).map((t) => [t.id, t.code])),
    [topics.data],
  );
  const stationChoices = (stations.data ?? []).map((s) => ({ id: s.id, name: pick(s.name) }));
  const remembered = localStorage.getItem(STATION_KEY);
  const defaults = {
    kind: 'REFERRAL',
    urgency: 'NON_URGENT',
    topicIds: [],
    client: { language: 'fi' },
    sendingStationId: stationChoices.some((s) => s.id === remembered) ? remembered : undefined,
  };
  if (!stations.isSuccess) return null;

  return (
    <Create
      resource="sentReferrals"
      title="tukiverkko.referrals.refer.title"
      transform={toSendInput}
      mutationOptions={{
        onSuccess: (data: RaRecord) => {
          notify(
            data.kind === 'CONSULTATION'
              ? 'tukiverkko.referrals.refer.sent_consultation'
              : 'tukiverkko.referrals.refer.sent_referral',
            { type: 'success' },
          );
          redirect('show', 'sentReferrals', data.id);
        },
      }}
    >
      <SimpleForm defaultValues={defaults} toolbar={<SendToolbar />}>
        <RememberStation />
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('tukiverkko.referrals.refer.intro')}
        </Typography>
        <SelectInput
          source="sendingStationId"
          label="tukiverkko.referrals.fields.sendingStation"
          choices={stationChoices}
          validate={required()}
        />
        <CheckboxGroupInput
          source="topicIds"
          label="tukiverkko.referrals.fields.topics"
          choices={topicChoices}
          validate={required('tukiverkko.referrals.refer.topics_required')}
          data-testid="topics"
        />
        <HelpAtStation stations={stations.data} topicCodes={topicCodes} />
        <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
          {translate('tukiverkko.referrals.refer.what')}
        </Typography>
        <Row>
          <RadioButtonGroupInput
            source="kind"
            label="tukiverkko.referrals.fields.kind"
            choices={choicesOf(KIND)}
          />
          <RadioButtonGroupInput
            source="urgency"
            label="tukiverkko.referrals.fields.urgency"
            choices={choicesOf(URGENCY)}
            helperText="tukiverkko.referrals.refer.urgency_hint"
          />
        </Row>
        <ReferralOnly />
        <MessageInput />
      </SimpleForm>
    </Create>
  );
};
