import { Alert, Typography } from '@mui/material';
import {
  BooleanInput,
  RadioButtonGroupInput,
  required,
  SelectInput,
  TextInput,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import { LANGUAGE_CHOICES } from '../common/choices';
import { Row } from '../common/forms';
import { CONSENT_METHOD, choicesOf } from './labels';

const mustConsent = (value: unknown) =>
  value === true ? undefined : 'tukiverkko.referrals.consent.required';

/**
 * The client's consent and contact details: only a referral has them. The consent is recorded by
 * the signed-in user at the moment of sending; the server stores who, when and how.
 */
export const ClientInputs = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate('tukiverkko.referrals.consent.title')}
      </Typography>
      <BooleanInput
        source="consentGiven"
        label="tukiverkko.referrals.consent.given"
        validate={mustConsent}
      />
      <RadioButtonGroupInput
        source="consent.method"
        label="tukiverkko.referrals.consent.method"
        choices={choicesOf(CONSENT_METHOD)}
        validate={required()}
      />
      <Alert severity="info" sx={{ mb: 2 }} data-testid="consent-recorded-by">
        {translate('tukiverkko.referrals.consent.recorded_by', {
          name: identity?.fullName ?? '',
        })}
      </Alert>
      <Typography variant="h6" component="h2">
        {translate('tukiverkko.referrals.client.title')}
      </Typography>
      <Row>
        <TextInput
          source="client.name"
          label="tukiverkko.referrals.client.name"
          validate={required()}
          autoComplete="off"
        />
        <TextInput
          source="client.phone"
          label="tukiverkko.referrals.client.phone"
          validate={required()}
          autoComplete="off"
          type="tel"
        />
      </Row>
      <Row>
        <SelectInput
          source="client.language"
          label="tukiverkko.referrals.client.language"
          choices={LANGUAGE_CHOICES}
        />
        <TextInput
          source="client.contactTimes"
          label="tukiverkko.referrals.client.contact_times"
          helperText="tukiverkko.referrals.client.contact_times_hint"
          autoComplete="off"
        />
      </Row>
    </>
  );
};

/** The client and consent of a form, as the API's inputs. */
export function clientAndConsent(data: Record<string, any>) {
  return {
    consent: { method: data.consent?.method },
    client: {
      name: data.client?.name ?? '',
      phone: data.client?.phone ?? '',
      language: data.client?.language || null,
      contactTimes: data.client?.contactTimes || null,
    },
  };
}
