import { FieldResolver, Resolver, Root } from 'type-graphql';
import { createCrudResolver } from '../../common/crud.resolver';
import { createListType } from '../../common/list';
import { loadItems } from '../../common/load';
import { Station } from '../station/station.entity';
import { Municipality } from './municipality.entity';
import {
  CreateMunicipalityInput,
  MunicipalityFilter,
  MunicipalitySort,
  UpdateMunicipalityInput,
} from './municipality.inputs';
import { MunicipalityService } from './municipality.service';
import { Region } from './region.entity';
import { refValue } from '../../common/plain-records';

export const MunicipalityList = createListType(Municipality, 'Municipality');

@Resolver(() => Municipality)
export class MunicipalityResolver extends createCrudResolver({
  name: 'Municipality',
  plural: 'municipalities',
  type: Municipality,
  listType: MunicipalityList,
  filterType: MunicipalityFilter,
  sortType: MunicipalitySort,
  createInput: CreateMunicipalityInput,
  updateInput: UpdateMunicipalityInput,
  service: (ctx) => new MunicipalityService(ctx.em, ctx.user),
}) {
  @FieldResolver(() => Region, { description: 'The welfare region the municipality belongs to.' })
  region(@Root() municipality: Municipality) {
    return refValue(municipality.region);
  }

  @FieldResolver(() => [Station], { description: 'Health stations in the municipality.' })
  stations(@Root() municipality: Municipality) {
    return loadItems(municipality.stations);
  }
}
