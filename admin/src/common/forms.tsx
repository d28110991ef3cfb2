import { Alert, Box } from '@mui/material';
import type { ReactNode } from 'react';
import {
  Create,
  DeleteButton,
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useCanWrite } from '../permissions';
import { MissingSwedishNotice } from './MissingSwedishFlag';

/**
 * A fieldset that may be disabled as a whole (read-only records): the browser then refuses every
 * input inside, and this makes them look it, hiding the buttons that add or remove items.
 */
export const READ_ONLY_FIELDSET = {
  border: 0,
  p: 0,
  m: 0,
  minWidth: 0,
  '&:disabled': {
    '& .MuiInputBase-root, & .MuiFormControlLabel-label, & .MuiInputBase-input': {
      color: 'text.disabled',
      WebkitTextFillColor: 'currentColor',
    },
    '& .MuiFilledInput-root::before': { borderBottomStyle: 'dotted' },
    '& .button-remove, & .button-add, & .MuiAutocomplete-endAdornment': { display: 'none' },
  },
} as const;

const FormToolbar = ({ canDelete }: { canDelete: boolean }) => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    {canDelete && <DeleteButton mutationMode="pessimistic" />}
  </Toolbar>
);

/**
 * The form of an editable record. Users who may not change this record (another region's, or a
 * role that only reads) see it read-only with a note why; the server refuses such writes anyway.
 */
const GuardedForm = ({
  children,
  canDelete = true,
}: {
  children: ReactNode;
  canDelete?: boolean;
}) => {
  const canWrite = useCanWrite();
  const translate = useTranslate();
  return (
    <SimpleForm
      toolbar={canWrite ? <FormToolbar canDelete={canDelete} /> : false}
      warnWhenUnsavedChanges
    >
      {!canWrite && (
        <Alert severity="info" sx={{ mb: 2, width: '100%' }} data-testid="read-only">
          {translate('tukiverkko.read_only.notice')}
        </Alert>
      )}
      <MissingSwedishNotice />
      <Box component="fieldset" disabled={!canWrite} sx={{ ...READ_ONLY_FIELDSET, width: '100%' }}>
        {children}
      </Box>
    </SimpleForm>
  );
};

/**
 * Edit pages save pessimistically: the write is done (or refused, e.g. as stale) before the page
 * moves on, so closing the tab never loses it, and a refused form keeps what was typed.
 */
export const ResourceEdit = ({
  children,
  actions,
  canDelete,
  transform,
}: {
  children: ReactNode;
  actions?: ReactNode;
  canDelete?: boolean;
  transform?: (data: RaRecord) => RaRecord;
}) => (
  <Edit mutationMode="pessimistic" redirect={false} actions={actions} transform={transform}>
    <GuardedForm canDelete={canDelete}>{children}</GuardedForm>
  </Edit>
);

export const ResourceCreate = ({
  children,
  defaultValues,
  transform,
}: {
  children: ReactNode;
  defaultValues?: Record<string, unknown>;
  transform?: (data: RaRecord) => RaRecord;
}) => (
  <Create redirect="edit" transform={transform}>
    <SimpleForm defaultValues={defaultValues}>{children}</SimpleForm>
  </Create>
);

/** Inputs side by side on wide screens, stacked on narrow ones. */
export const Row = ({ children }: { children: ReactNode }) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', md: 'repeat(auto-fit, minmax(200px, 1fr))' },
      columnGap: 2,
      width: '100%',
    }}
  >
    {children}
  </Box>
);
