import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { LocalizedField } from '../common/LocalizedField';

export const MunicipalityShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <LocalizedField source="name.fi" label="tukiverkko.language.fi" />
      <LocalizedField source="name.sv" label="tukiverkko.language.sv" />
      <EnumField source="language" name="languageStatus" />
      <LocalizedField source="region.name" label="resources.municipalities.fields.regionId" />
    </SimpleShowLayout>
  </Show>
);
