import { Admin, CustomRoutes, Resource, type ResourceProps } from 'react-admin';
import { Route } from 'react-router-dom';
import { auditEvents } from './auditEvents';
import { sessionAuthProvider, type Permissions } from './authProvider';
import { contactRecords } from './contacts';
import { counsellors } from './counsellors';
import { Dashboard } from './Dashboard';
import { graphqlDataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './Layout';
import { LoginPage } from './LoginPage';
import { municipalities } from './municipalities';
import { organizations } from './organizations';
import { canSeeResource, canWrite } from './permissions';
import { receptions } from './receptions';
import { referralInbox, sentReferrals } from './referrals';
import { withReferrals } from './referrals/referralDataProvider';
import { regions } from './regions';
import { ScheduleEditPage } from './schedule/ScheduleEditPage';
import { serviceCategories } from './serviceCategories';
import { services } from './services';
import { servicesAtStations } from './servicesAtStations';
import { stations } from './stations';
import { StatisticsPage } from './statistics/StatisticsPage';
import { theme } from './theme';
import { users } from './users';

const dataProvider = withReferrals(graphqlDataProvider());
const authProvider = sessionAuthProvider();

/** Menu order: the daily work first, reference data and administration last. */
const RESOURCES = {
  referralInbox,
  sentReferrals,
  contactRecords,
  stations,
  servicesAtStations,
  receptions,
  counsellors,
  services,
  organizations,
  serviceCategories,
  municipalities,
  regions,
  users,
  auditEvents,
};

type ResourceDefinition = Omit<ResourceProps, 'name'>;

/** Resources follow the role: create only where the role may create (the server still decides). */
function resourcesFor(permissions: Permissions | null) {
  return Object.entries(RESOURCES)
    .filter(([name]) => canSeeResource(permissions, name))
    .map(([name, definition]) => {
      const { create, ...rest } = definition as ResourceDefinition;
      return (
        <Resource
          key={name}
          name={name}
          {...rest}
          create={canWrite(permissions, name) ? create : undefined}
        >
          {['stations', 'servicesAtStations', 'receptions'].includes(name) && (
            <Route path=":id/hours" element={<ScheduleEditPage resource={name} />} />
          )}
        </Resource>
      );
    });
}

export const App = () => (
  <Admin
    title="Tukiverkko"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    loginPage={LoginPage}
    theme={theme}
    requireAuth
    // react-admin otherwise reports usage to its makers; nothing may leave the machine.
    disableTelemetry
  >
    {(permissions: Permissions | null) => [
      ...resourcesFor(permissions),
      <CustomRoutes key="statistics">
        <Route path="/statistics" element={<StatisticsPage />} />
      </CustomRoutes>,
    ]}
  </Admin>
);
