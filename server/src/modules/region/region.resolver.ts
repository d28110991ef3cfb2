import { FieldResolver, Resolver, Root } from 'type-graphql';
import { createCrudResolver } from '../../common/crud.resolver';
import { createListType } from '../../common/list';
import { loadItems } from '../../common/load';
import { Station } from '../station/station.entity';
import { Municipality } from './municipality.entity';
import { Region } from './region.entity';
import { CreateRegionInput, RegionFilter, RegionSort, UpdateRegionInput } from './region.inputs';
import { RegionService } from './region.service';

export const RegionList = createListType(Region, 'Region');

@Resolver(() => Region)
export class RegionResolver extends createCrudResolver({
  name: 'Region',
  plural: 'regions',
  type: Region,
  listType: RegionList,
  filterType: RegionFilter,
  sortType: RegionSort,
  createInput: CreateRegionInput,
  updateInput: UpdateRegionInput,
  service: (ctx) => new RegionService(ctx.em, ctx.user),
}) {
  @FieldResolver(() => [Municipality], { description: 'Member municipalities.' })
  municipalities(@Root() region: Region) {
    return loadItems(region.municipalities);
  }

  @FieldResolver(() => [Station], { description: 'Health stations in the region.' })
  stations(@Root() region: Region) {
    return loadItems(region.stations);
  }
}
