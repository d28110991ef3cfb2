import { Admin, Resource } from 'react-admin';
import { Dashboard } from './Dashboard';
import { graphqlDataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { regions } from './regions';

const dataProvider = graphqlDataProvider();

export const App = () => (
  <Admin
    title="Tukiverkko"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    // react-admin otherwise reports usage to its makers; nothing may leave the machine.
    disableTelemetry
  >
    <Resource name="regions" {...regions} />
  </Admin>
);
