import { FieldResolver, Resolver, Root } from 'type-graphql';
import { createCrudResolver } from '../../common/crud.resolver';
import { createListType } from '../../common/list';
import { Station } from '../station/station.entity';
import { Counsellor } from './counsellor.entity';
import { Reception } from './reception.entity';
import {
  CreateReceptionInput,
  ReceptionFilter,
  ReceptionSort,
  UpdateReceptionInput,
} from './reception.inputs';
import { ReceptionService } from './reception.service';
import { refValue } from '../../common/plain-records';

export const ReceptionList = createListType(Reception, 'Reception');

@Resolver(() => Reception)
export class ReceptionResolver extends createCrudResolver({
  name: 'Reception',
  plural: 'receptions',
  type: Reception,
  listType: ReceptionList,
  filterType: ReceptionFilter,
  sortType: ReceptionSort,
  createInput: CreateReceptionInput,
  updateInput: UpdateReceptionInput,
  service: (ctx) => new ReceptionService(ctx.em, ctx.user),
}) {
  @FieldResolver(() => Counsellor, { description: 'Who receives.' })
  counsellor(@Root() reception: Reception) {
    return refValue(reception.counsellor);
  }

  @FieldResolver(() => Station, { description: 'Where the reception is held.' })
  station(@Root() reception: Reception) {
    return refValue(reception.station);
  }
}
