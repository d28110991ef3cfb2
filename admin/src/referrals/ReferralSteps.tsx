import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import {
  Form,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useFormState } from 'react-hook-form';
import { clientAndConsent } from './ClientInputs';
import { STEP, STEP_DONE, type Step } from './labels';
import type { ReferralDataProvider } from './referralDataProvider';
import { STEP_FORMS } from './StepForms';

/** The order of the buttons: the usual way forward first. */
const ORDER: Step[] = [
  'RECEIVE',
  'CONTACT',
  'COMPLETE',
  'MARK_UNREACHABLE',
  'DECLINE',
  'REDIRECT',
  'ASSIGN',
  'CANCEL',
  'CONVERT',
];
/** The way forward, shown as the main button; closing or handing over is never the default. */
const FORWARD: Step[] = ['RECEIVE', 'CONTACT', 'COMPLETE'];
/** Steps taken with one click; the others ask for an outcome, a reason or a note first. */
const ONE_CLICK: Step[] = ['RECEIVE', 'CONTACT'];

type StepErrors = Record<string, string> | undefined;

/**
 * Takes a step on the referral as read (its version): a referral someone changed meanwhile is
 * refused as CONFLICT, shown as the console's stale-record message. Field errors go back to the
 * form; afterwards the page reads the referral again.
 */
function useTakeStep(record: RaRecord) {
  const dataProvider = useDataProvider<ReferralDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const mutation = useMutation({
    mutationFn: ({ step, input }: { step: Step; input: Record<string, unknown> }) =>
      dataProvider.referralStep(step, { id: record.id, version: record.version, ...input }),
  });
  const take = async (step: Step, input: Record<string, unknown> = {}): Promise<StepErrors> => {
    try {
      await mutation.mutateAsync({ step, input });
      notify(STEP_DONE[step], { type: 'success' });
      refresh();
      return undefined;
    } catch (error) {
      const { message, body, status } = error as {
        message?: string;
        body?: { errors?: Record<string, string> };
        status?: number;
      };
      if (status === 400 && body?.errors) return body.errors;
      notify(message || 'ra.notification.http_error', { type: 'error' });
      // A stale page: show what the referral is now.
      if (status === 409) refresh();
      return undefined;
    }
  };
  return { take, pending: mutation.isPending };
}

/** What a dialog's form sends for each step. */
function inputOf(step: Step, values: Record<string, any>): Record<string, unknown> {
  const note = values.note?.trim() || null;
  switch (step) {
    case 'COMPLETE':
      return { note, outcome: values.outcome };
    case 'DECLINE':
      return { reason: values.reason?.trim() ?? '' };
    case 'REDIRECT':
      return { note, serviceId: values.serviceId };
    case 'ASSIGN':
      return { note, counsellorId: values.counsellorId };
    case 'CONVERT': {
      // Left out, the consultation's message stays; null would erase it.
      const message = values.message?.trim();
      return {
        ...clientAndConsent(values),
        urgency: values.urgency,
        ...(message ? { message } : {}),
      };
    }
    default:
      return { note };
  }
}

const SubmitButton = ({ step }: { step: Step }) => {
  const translate = useTranslate();
  const { isSubmitting } = useFormState();
  return (
    <Button type="submit" variant="contained" disabled={isSubmitting} data-testid="confirm-step">
      {translate(STEP[step])}
    </Button>
  );
};

const StepDialog = ({
  step,
  record,
  onClose,
  take,
}: {
  step: Step;
  record: RaRecord;
  onClose: () => void;
  take: (step: Step, input: Record<string, unknown>) => Promise<StepErrors>;
}) => {
  const translate = useTranslate();
  const titleId = useId();
  const { Inputs, defaults } = STEP_FORMS[step];
  const submit = async (values: Record<string, any>) => {
    const errors = await take(step, inputOf(step, values));
    if (!errors) onClose();
    return errors;
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      {/* A form of its own: the referral's values are not the step's (record would prefill them). */}
      <Form onSubmit={submit} record={{ id: record.id }} defaultValues={defaults(record)}>
        <DialogTitle id={titleId}>{translate(STEP[step])}</DialogTitle>
        <DialogContent>
          <Inputs record={record} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SubmitButton step={step} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** The status actions the server allows this user now (the referral's allowedActions). */
export const ReferralSteps = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState<Step | null>(null);
  const { take, pending } = useTakeStep(record ?? { id: '' });
  if (!record) return null;
  const allowed = ORDER.filter((step) => (record.allowedActions ?? []).includes(step));
  if (!allowed.length) return null;
  return (
    <>
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: 'wrap', mt: 2 }}
        data-testid="referral-steps"
      >
        {allowed.map((step, i) => (
          <Button
            key={step}
            variant={i === 0 && FORWARD.includes(step) ? 'contained' : 'outlined'}
            disabled={pending}
            data-testid={`step-${step}`}
            onClick={() => (ONE_CLICK.includes(step) ? take(step) : setOpen(step))}
          >
            {translate(STEP[step])}
          </Button>
        ))}
      </Stack>
      {open && <StepDialog step={open} record={record} onClose={() => setOpen(null)} take={take} />}
    </>
  );
};
