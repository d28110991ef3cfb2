import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Reception } from '../counsellor/reception.entity';
import { Organization } from '../organization/organization.entity';
import { ServiceAtStation } from '../service-catalogue/service-at-station.entity';
import { Service } from '../service-catalogue/service.entity';
import { Station } from '../station/station.entity';
import {
  ofOrganization,
  ofReception,
  ofService,
  ofServiceAtStation,
  ofStation,
} from './missing-translations';

const MISSING = {
  description:
    'Field paths (e.g. "name.sv") whose Swedish text is missing although the record serves a ' +
    'bilingual or Swedish-speaking municipality; empty when nothing is missing.',
};

@Resolver(() => Station)
export class StationTranslationsResolver {
  @FieldResolver(() => [String], MISSING)
  missingTranslations(@Root() station: Station) {
    return ofStation(station);
  }
}

@Resolver(() => Service)
export class ServiceTranslationsResolver {
  @FieldResolver(() => [String], MISSING)
  missingTranslations(@Root() service: Service) {
    return ofService(service);
  }
}

@Resolver(() => ServiceAtStation)
export class ServiceAtStationTranslationsResolver {
  @FieldResolver(() => [String], MISSING)
  missingTranslations(@Root() delivery: ServiceAtStation) {
    return ofServiceAtStation(delivery);
  }
}

@Resolver(() => Reception)
export class ReceptionTranslationsResolver {
  @FieldResolver(() => [String], MISSING)
  missingTranslations(@Root() reception: Reception) {
    return ofReception(reception);
  }
}

@Resolver(() => Organization)
export class OrganizationTranslationsResolver {
  @FieldResolver(() => [String], MISSING)
  missingTranslations(@Root() organization: Organization) {
    return ofOrganization(organization);
  }
}

export const TRANSLATION_RESOLVERS = [
  StationTranslationsResolver,
  ServiceTranslationsResolver,
  ServiceAtStationTranslationsResolver,
  ReceptionTranslationsResolver,
  OrganizationTranslationsResolver,
] as const;
