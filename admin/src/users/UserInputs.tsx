import {
  AutocompleteInput,
  BooleanInput,
  email,
  minLength,
  PasswordInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Permissions } from '../authProvider';
import { choices } from '../common/choices';
import { NameAutocomplete } from '../common/filters';
import { Row } from '../common/forms';

/** Region administrators manage the users of their own region, never national ones. */
function roleChoices(permissions: Permissions | null | undefined) {
  const all = choices('role');
  return permissions?.role === 'NATIONAL_ADMIN'
    ? all
    : all.filter((c) => c.id !== 'NATIONAL_ADMIN');
}

export const UserInputs = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions<Permissions | null>();
  const role = useWatch({ name: 'role' });
  const creating = !record?.id;
  return (
    <>
      <Row>
        <TextInput source="email" type="email" validate={[required(), email()]} />
        <TextInput source="name" validate={required()} />
      </Row>
      <Row>
        <SelectInput source="role" choices={roleChoices(permissions)} validate={required()} />
        {role !== 'NATIONAL_ADMIN' && (
          <ReferenceInput source="regionId" reference="regions">
            <NameAutocomplete label="resources.users.fields.regionId" validate={required()} />
          </ReferenceInput>
        )}
        {role === 'COUNSELLOR' && (
          <ReferenceInput source="counsellorId" reference="counsellors">
            <AutocompleteInput
              label="resources.users.fields.counsellorId"
              optionText="name"
              filterToQuery={(q) => ({ q })}
            />
          </ReferenceInput>
        )}
      </Row>
      <PasswordInput
        source="password"
        autoComplete="new-password"
        validate={creating ? [required(), minLength(12)] : minLength(12)}
        helperText={creating ? 'tukiverkko.help.password_new' : 'tukiverkko.help.password_change'}
      />
      <BooleanInput source="active" />
    </>
  );
};
