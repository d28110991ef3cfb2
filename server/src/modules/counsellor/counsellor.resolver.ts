import { FieldResolver, Resolver, Root } from 'type-graphql';
import { createCrudResolver } from '../../common/crud.resolver';
import { createListType } from '../../common/list';
import { loadItems } from '../../common/load';
import { Region } from '../region/region.entity';
import { Counsellor } from './counsellor.entity';
import {
  CounsellorFilter,
  CounsellorSort,
  CreateCounsellorInput,
  UpdateCounsellorInput,
} from './counsellor.inputs';
import { CounsellorService } from './counsellor.service';
import { Reception } from './reception.entity';
import { refValue } from '../../common/plain-records';

export const CounsellorList = createListType(Counsellor, 'Counsellor');

@Resolver(() => Counsellor)
export class CounsellorResolver extends createCrudResolver({
  name: 'Counsellor',
  plural: 'counsellors',
  type: Counsellor,
  listType: CounsellorList,
  filterType: CounsellorFilter,
  sortType: CounsellorSort,
  createInput: CreateCounsellorInput,
  updateInput: UpdateCounsellorInput,
  service: (ctx) => new CounsellorService(ctx.em, ctx.user),
}) {
  @FieldResolver(() => Region, { description: 'The welfare region they work for.' })
  region(@Root() counsellor: Counsellor) {
    return refValue(counsellor.region);
  }

  @FieldResolver(() => [Reception], { description: 'Where and how they receive clients.' })
  receptions(@Root() counsellor: Counsellor) {
    return loadItems(counsellor.receptions);
  }
}
