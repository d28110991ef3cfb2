import { Box } from '@mui/material';
import { Datagrid, List, TextField, TextInput, useRecordContext } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { enumFilter } from '../common/filters';
import { LocalDateField } from '../common/LocalDateField';

const filters = [
  <TextInput key="entityType" source="entityType" alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
  enumFilter('action', 'auditAction', 'resources.auditEvents.fields.action'),
];

/** The changed fields, before and after, as the server recorded them. */
const Changes = () => {
  const record = useRecordContext();
  return (
    <Box component="pre" sx={{ m: 0, fontSize: '0.8125rem', whiteSpace: 'pre-wrap' }}>
      {JSON.stringify(record?.changes ?? {}, null, 2)}
    </Box>
  );
};

/** Read-only: the append-only trail of who changed what and when (newest first). */
export const AuditEventList = () => (
  <List filters={filters} exporter={false}>
    <Datagrid rowClick={false} bulkActionButtons={false} expand={<Changes />}>
      <LocalDateField source="at" showTime sortable={false} />
      <TextField source="actorEmail" sortable={false} />
      <EnumField source="action" name="auditAction" sortable={false} />
      <TextField source="entityType" sortable={false} />
      <TextField source="entityId" sortable={false} />
    </Datagrid>
  </List>
);
