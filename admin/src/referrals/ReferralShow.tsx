import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Show, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { LANGUAGE_CHOICES } from '../common/choices';
import { useLocalized, type Text } from '../common/localized';
import { CONSENT_METHOD, KIND, URGENCY } from './labels';
import { ReferralHistory } from './ReferralHistory';
import { ReferralSteps } from './ReferralSteps';
import { ReceiverField, StatusField, TopicsField } from './ReferralFields';
import { useTimeFormat } from './time';

/** A term and its description in a definition list. */
const Detail = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 1 }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0 }}>
        {children ?? '–'}
      </Typography>
    </Box>
  );
};

/** A card of details: a definition list of Details, or (list false) any content. */
const Section = ({
  title,
  children,
  list = true,
}: {
  title: string;
  children: ReactNode;
  list?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ flex: '1 1 320px' }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        {list ? (
          <Box component="dl" sx={{ m: 0 }}>
            {children}
          </Box>
        ) : (
          children
        )}
      </CardContent>
    </Card>
  );
};

const yesNo = (value: boolean) => (value ? 'ra.boolean.true' : 'ra.boolean.false');

/** The client, the consent and the message: personal data, read (and logged) only here. */
const PersonalData = ({ record }: { record: RaRecord }) => {
  const translate = useTranslate();
  const format = useTimeFormat();
  if (record.personalDataErasedAt) {
    return (
      <Alert severity="info" sx={{ width: '100%' }} data-testid="erased">
        {translate('tukiverkko.referrals.show.erased', {
          at: format.dateTime(record.personalDataErasedAt),
        })}
      </Alert>
    );
  }
  const language = LANGUAGE_CHOICES.find((choice) => choice.id === record.client?.language);
  return (
    <>
      {record.kind === 'REFERRAL' && (
        <Section title="tukiverkko.referrals.client.title">
          <Detail label="tukiverkko.referrals.client.name">
            <span data-testid="client-name">{record.client?.name}</span>
          </Detail>
          <Detail label="tukiverkko.referrals.client.phone">{record.client?.phone}</Detail>
          <Detail label="tukiverkko.referrals.client.language">
            {language ? translate(language.name) : record.client?.language}
          </Detail>
          <Detail label="tukiverkko.referrals.client.contact_times">
            {record.client?.contactTimes}
          </Detail>
          {record.consent && (
            <Detail label="tukiverkko.referrals.consent.title">
              {translate('tukiverkko.referrals.show.consent', {
                method: translate(
                  CONSENT_METHOD[record.consent.method as keyof typeof CONSENT_METHOD],
                ),
                name: record.consent.recordedBy?.name ?? '–',
                at: format.dateTime(record.consent.recordedAt),
              })}
            </Detail>
          )}
        </Section>
      )}
      <Section title="tukiverkko.referrals.fields.message" list={false}>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid="message">
          {record.message ?? '–'}
        </Typography>
      </Section>
    </>
  );
};

const Outcome = ({ record }: { record: RaRecord }) => {
  const translate = useTranslate();
  const pick = useLocalized();
  if (!record.outcome && !record.redirectedTo) return null;
  return (
    <Section title="tukiverkko.referrals.show.outcome">
      {record.outcome && (
        <>
          <Detail label="tukiverkko.referrals.outcome.services">
            {record.outcome.services.length
              ? record.outcome.services.map((s: { name: Text }) => pick(s.name)).join(', ')
              : null}
          </Detail>
          <Detail label="tukiverkko.referrals.outcome.jointReception">
            {translate(yesNo(record.outcome.jointReception))}
          </Detail>
          <Detail label="tukiverkko.referrals.outcome.homeVisit">
            {translate(yesNo(record.outcome.homeVisit))}
          </Detail>
          <Detail label="tukiverkko.referrals.outcome.networkMeeting">
            {translate(yesNo(record.outcome.networkMeeting))}
          </Detail>
        </>
      )}
      {record.redirectedTo && (
        <Detail label="tukiverkko.referrals.fields.redirectedTo">
          {pick(record.redirectedTo.name)}
        </Detail>
      )}
    </Section>
  );
};

const ReferralDetails = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const pick = useLocalized();
  const format = useTimeFormat();
  if (!record) return null;
  const when = (iso: string | null) => (iso ? format.dateTime(iso) : null);
  return (
    <Box sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {translate(KIND[record.kind as keyof typeof KIND])}
        </Typography>
        <StatusField />
        <Typography variant="body2">
          {translate(URGENCY[record.urgency as keyof typeof URGENCY])}
        </Typography>
      </Stack>
      <ReferralSteps />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mt: 2 }}>
        <Section title="tukiverkko.referrals.show.case">
          <Detail label="tukiverkko.referrals.fields.topics">
            <TopicsField />
          </Detail>
          <Detail label="tukiverkko.referrals.fields.sender">
            {record.sender ? `${record.sender.name} (${record.sender.email})` : null}
          </Detail>
          <Detail label="tukiverkko.referrals.fields.sendingStation">
            {pick(record.sendingStation?.name)}
          </Detail>
          <Detail label="tukiverkko.referrals.fields.receiver">
            <ReceiverField />
          </Detail>
          <Detail label="tukiverkko.referrals.fields.receivingStation">
            {record.receivingStation ? pick(record.receivingStation.name) : null}
          </Detail>
          <Detail label="tukiverkko.referrals.fields.sentAt">{when(record.sentAt)}</Detail>
          <Detail label="tukiverkko.referrals.fields.firstContactAt">
            {when(record.firstContactAt)}
          </Detail>
          <Detail label="tukiverkko.referrals.fields.closedAt">{when(record.closedAt)}</Detail>
        </Section>
        <PersonalData record={record} />
        <Outcome record={record} />
      </Stack>
      <ReferralHistory />
    </Box>
  );
};

/**
 * One referral with everything its parties may see. Its query is named after the view
 * (ReferralInboxShow, SentReferralShow): the access log records that as the reason for reading
 * the personal fields.
 */
export const ReferralShow = () => (
  <Show
    // The menu leads back to the list; the status actions are in the page itself.
    actions={false}
    // Every read of the personal fields is logged: read them when the page opens or an action
    // changed the referral, not whenever the window regains focus.
    queryOptions={{ refetchOnWindowFocus: false }}
  >
    <ReferralDetails />
  </Show>
);
