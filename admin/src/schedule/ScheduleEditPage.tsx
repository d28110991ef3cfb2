import AddIcon from '@mui/icons-material/Add';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Button as MuiButton, Card, CardContent, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  ArrayInput,
  BooleanInput,
  Form,
  Loading,
  RadioButtonGroupInput,
  RemoveItemButton,
  ResourceContextProvider,
  SaveButton,
  SimpleFormIterator,
  Title,
  useCreatePath,
  useDataProvider,
  useGetOne,
  useGetRecordRepresentation,
  useLogoutIfAccessDenied,
  useNotify,
  useSimpleFormIterator,
  useSimpleFormIteratorItem,
  usePermissions,
  useTranslate,
  type HttpError,
} from 'react-admin';
import type { Permissions } from '../authProvider';
import { choices } from '../common/choices';
import { READ_ONLY_FIELDSET } from '../common/forms';
import { useLocalized } from '../common/localized';
import type { ScheduleRecord, TukiverkkoDataProvider } from '../dataProvider';
import { scheduleAccess } from '../permissions';
import { ExceptionInputs, RuleInputs } from './ScheduleInputs';
import { SchedulePreview } from './SchedulePreview';
import {
  NEW_EXCEPTION,
  NEW_RULE,
  toFormValues,
  toScheduleInput,
  type ScheduleFormValues,
} from './scheduleForm';

type Problem = { kind: 'conflict' } | { kind: 'invalid'; messages: [string, string][] };

/**
 * The opening hours of a station, a service at a station or a reception: weekly rules,
 * exceptions, holiday policy, saved with `set<Owner>Schedule` and the owner's version, beside a
 * preview of the next four weeks that the server computes from what was saved.
 */
export const ScheduleEditPage = ({ resource }: { resource: string }) => {
  const { id = '' } = useParams();
  const dataProvider = useDataProvider<TukiverkkoDataProvider>();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const createPath = useCreatePath();
  const representation = useGetRecordRepresentation(resource);
  const pick = useLocalized();
  const { permissions } = usePermissions<Permissions | null>();
  const { data: record } = useGetOne(resource, { id });
  const [problem, setProblem] = useState<Problem | null>(null);

  const scheduleKey = [resource, 'schedule', { id }];
  const { data: current, isPending } = useQuery({
    queryKey: scheduleKey,
    queryFn: () => dataProvider.getSchedule(resource, { id }).then((r) => r.data),
  });
  // A new object only when the saved schedule changes: the form resets to it then, not on render.
  const defaultValues = useMemo(() => toFormValues(current?.schedule ?? null), [current]);

  const access = scheduleAccess(permissions, resource, record);

  async function save(values: object) {
    if (!current) return;
    setProblem(null);
    try {
      const { data } = await dataProvider.setSchedule(resource, {
        id,
        version: current.version,
        schedule: toScheduleInput(values as ScheduleFormValues),
      });
      queryClient.setQueryData<ScheduleRecord>(scheduleKey, data);
      // The owner's version moved: its edit page and lists must read it again.
      await queryClient.invalidateQueries({ queryKey: [resource] });
      notify('tukiverkko.schedule.saved', { type: 'success' });
      return undefined;
    } catch (error) {
      const http = error as HttpError;
      if (http.status === 409) {
        setProblem({ kind: 'conflict' });
        return undefined;
      }
      if (http.status === 400 && http.body?.errors) {
        const fields = http.body.errors as Record<string, string>;
        setProblem({ kind: 'invalid', messages: Object.entries(fields) });
        return fields;
      }
      if (await logoutIfAccessDenied(error)) return undefined;
      notify(http.message || 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
  }

  async function reload() {
    setProblem(null);
    await queryClient.invalidateQueries({ queryKey: [resource] });
  }

  if (isPending || !current) return <Loading />;
  const name = record ? String(representation(record)) : '';
  const editPath = createPath({ resource, id, type: 'edit' });

  return (
    <ResourceContextProvider value={resource}>
      <Title title={translate('tukiverkko.schedule.title', { name })} />
      {/* The title is the page's heading in the app bar, as on every page. */}
      <Box sx={{ my: 1 }}>
        <MuiButton component={Link} to={editPath} startIcon={<ArrowBackIcon />}>
          {translate('tukiverkko.schedule.back')}
        </MuiButton>
      </Box>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(320px, 2fr)' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Card>
          <CardContent>
            <Typography variant="body2" sx={{ mb: 2 }} data-testid="hours-summary">
              {translate('tukiverkko.schedule.summary')}:{' '}
              <strong>
                {pick(current.hoursSummary) || translate('tukiverkko.schedule.no_hours')}
              </strong>
            </Typography>
            {access !== 'all' && (
              <Alert severity="info" sx={{ mb: 2 }} data-testid="read-only">
                {translate(
                  access === 'exceptions'
                    ? 'tukiverkko.schedule.exceptions_only'
                    : 'tukiverkko.read_only.notice',
                )}
              </Alert>
            )}
            <ProblemNotice problem={problem} onReload={reload} />
            <Form defaultValues={defaultValues} onSubmit={save} warnWhenUnsavedChanges noValidate>
              <ScheduleFields access={access} />
              {access !== 'none' && (
                <Box sx={{ mt: 2 }}>
                  <SaveButton />
                </Box>
              )}
            </Form>
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <SchedulePreview resource={resource} id={id} />
          </CardContent>
        </Card>
      </Box>
    </ResourceContextProvider>
  );
};

const ScheduleFields = ({ access }: { access: 'all' | 'exceptions' | 'none' }) => {
  const translate = useTranslate();
  return (
    <>
      <Box component="fieldset" disabled={access !== 'all'} sx={FIELDSET}>
        <Typography component="legend" variant="h6">
          {translate('tukiverkko.schedule.general')}
        </Typography>
        <BooleanInput source="schedule.alwaysOpen" label="tukiverkko.schedule.always_open" />
        <RadioButtonGroupInput
          source="schedule.holidayPolicy"
          label="tukiverkko.schedule.holiday_policy"
          choices={choices('holidayPolicy')}
          row={false}
        />
      </Box>
      <Box component="fieldset" disabled={access !== 'all'} sx={FIELDSET} data-testid="rules">
        <Typography component="legend" variant="h6">
          {translate('tukiverkko.schedule.rules')}
        </Typography>
        <ArrayInput source="schedule.rules" label={false}>
          <SimpleFormIterator
            disableReordering
            disableClear
            getItemLabel={(index) => translate('tukiverkko.schedule.rule_n', { n: index + 1 })}
            removeButton={<RemoveButton item="tukiverkko.schedule.rule_n" />}
            addButton={
              <AddButton
                label="tukiverkko.schedule.add_rule"
                testId="add-rule"
                item={NEW_RULE}
                hidden={access !== 'all'}
              />
            }
            sx={ITERATOR}
          >
            <RuleInputs />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
      <Box component="fieldset" disabled={access === 'none'} sx={FIELDSET} data-testid="exceptions">
        <Typography component="legend" variant="h6">
          {translate('tukiverkko.schedule.exceptions')}
        </Typography>
        <ArrayInput source="schedule.exceptions" label={false}>
          <SimpleFormIterator
            disableReordering
            disableClear
            getItemLabel={(index) => translate('tukiverkko.schedule.exception_n', { n: index + 1 })}
            removeButton={<RemoveButton item="tukiverkko.schedule.exception_n" />}
            addButton={
              <AddButton
                label="tukiverkko.schedule.add_exception"
                testId="add-exception"
                item={NEW_EXCEPTION}
                hidden={access === 'none'}
              />
            }
            sx={ITERATOR}
          >
            <ExceptionInputs />
          </SimpleFormIterator>
        </ArrayInput>
      </Box>
    </>
  );
};

const FIELDSET = { ...READ_ONLY_FIELDSET, mb: 3 } as const;
const ITERATOR = {
  '& .RaSimpleFormIterator-line': { borderBottom: 0, mb: 2 },
  '& .RaSimpleFormIterator-index': { fontWeight: 600, minWidth: '7em' },
  // react-admin shows the remove button only while the mouse is over the item, which leaves it
  // out of the keyboard's reach (a hidden button takes no focus): always show it.
  '& .RaSimpleFormIterator-action': { visibility: 'visible' },
} as const;

/** Removes a rule or an exception; its name says which ("Poista: Sääntö 2"), not only "Poista". */
const RemoveButton = ({ item }: { item: string }) => {
  const translate = useTranslate();
  const { index } = useSimpleFormIteratorItem();
  const label = `${translate('ra.action.remove')}: ${translate(item, { n: index + 1 })}`;
  return <RemoveItemButton label={label} />;
};

/** An add button that says what it adds, and adds it with sensible empty values. */
const AddButton = ({
  label,
  testId,
  item,
  hidden,
}: {
  label: string;
  testId: string;
  item: object;
  hidden: boolean;
}) => {
  const translate = useTranslate();
  const { add } = useSimpleFormIterator();
  if (hidden) return null;
  return (
    <MuiButton
      variant="outlined"
      size="small"
      startIcon={<AddIcon />}
      onClick={() => add(structuredClone(item))}
      data-testid={testId}
    >
      {translate(label)}
    </MuiButton>
  );
};

const ProblemNotice = ({
  problem,
  onReload,
}: {
  problem: Problem | null;
  onReload: () => void;
}) => {
  const translate = useTranslate();
  if (!problem) return null;
  if (problem.kind === 'conflict') {
    return (
      <Alert
        severity="error"
        role="alert"
        sx={{ mb: 2 }}
        data-testid="conflict"
        action={
          <MuiButton color="inherit" size="small" onClick={onReload}>
            {translate('tukiverkko.schedule.reload')}
          </MuiButton>
        }
      >
        {translate('tukiverkko.errors.stale_version')}
      </Alert>
    );
  }
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="invalid">
      {translate('tukiverkko.schedule.errors.summary')}
      <ul style={{ margin: 0, paddingLeft: '1.25em' }}>
        {problem.messages.map(([field, message]) => (
          <li key={field}>
            <FieldName path={field} />: {message}
          </li>
        ))}
      </ul>
    </Alert>
  );
};

const FIELD_LABELS: Record<string, string> = {
  weekdays: 'tukiverkko.schedule.weekdays',
  opens: 'tukiverkko.schedule.opens',
  closes: 'tukiverkko.schedule.closes',
  interval: 'tukiverkko.schedule.interval',
  anchorDate: 'tukiverkko.schedule.anchor_date',
  nthOfMonth: 'tukiverkko.schedule.nth_of_month',
  validFrom: 'tukiverkko.schedule.valid_from',
  validTo: 'tukiverkko.schedule.valid_to',
  startDate: 'tukiverkko.schedule.start_date',
  endDate: 'tukiverkko.schedule.end_date',
  reason: 'tukiverkko.schedule.reason',
};

/** `schedule.rules.0.closes` in words: "Rule 1: Closes". */
const FieldName = ({ path }: { path: string }) => {
  const translate = useTranslate();
  const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  const [, list, index, field] = parts;
  const words: string[] = [];
  if (list === 'rules' || list === 'exceptions') {
    const key = list === 'rules' ? 'rule_n' : 'exception_n';
    words.push(translate(`tukiverkko.schedule.${key}`, { n: Number(index) + 1 }));
  }
  if (field && FIELD_LABELS[field]) words.push(translate(FIELD_LABELS[field]));
  return <>{words.length ? words.join(' · ') : path}</>;
};
