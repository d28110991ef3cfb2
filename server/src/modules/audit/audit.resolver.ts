import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { createListType, PageInput } from '../../common/list';
import type { Context } from '../../context';
import { AuditEvent } from './audit-event.entity';
import { AuditEventFilter } from './audit.inputs';
import { AuditService } from './audit.service';

export const AuditEventList = createListType(AuditEvent, 'AuditEvent');

/** The audit trail is read-only: there is deliberately no mutation here. */
@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => AuditEventList, {
    description:
      'The audit trail, newest first. National administrators see every event, region ' +
      'administrators the events of their region; other users are refused.',
  })
  auditEvents(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditEventFilter, {
      nullable: true,
      description: 'Which events; all that the user may see when omitted.',
    })
    filter?: AuditEventFilter,
    @Arg('page', () => PageInput, {
      nullable: true,
      description: 'Which slice; the first 25 when omitted.',
    })
    page?: PageInput,
  ) {
    return new AuditService(ctx.em, ctx.user).list(filter, page);
  }
}
