import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ForbiddenError } from '../../common/errors';
import { DEFAULT_PAGE_SIZE, type Page, type PageInput } from '../../common/list';
import { UnauthenticatedError } from '../auth/auth.service';
import { Role, type SessionUser } from '../auth/role';
import { AuditEvent } from './audit-event.entity';
import type { AuditEventFilter } from './audit.inputs';

/** Reads the audit trail. Nothing changes it: events are written only by the AuditSubscriber. */
export class AuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly user: SessionUser | null,
  ) {}

  /**
   * Events matching the filter, newest first. A national administrator sees every event; a
   * region administrator those of their region (asking for another region is FORBIDDEN, events
   * of national records are not theirs to see); everyone else is refused.
   */
  async list(filter?: AuditEventFilter | null, page?: PageInput | null): Promise<Page<AuditEvent>> {
    const regionId = this.visibleRegion(filter?.regionId);
    if (filter?.from && filter.to && filter.to < filter.from) {
      throw BadUserInputError.field('to', 'to must not be before from');
    }
    const where: FilterQuery<AuditEvent> = {};
    if (regionId) where.regionId = regionId;
    if (filter?.entityType) where.entityType = filter.entityType;
    if (filter?.entityId) where.entityId = filter.entityId;
    if (filter?.actorId) where.actorId = filter.actorId;
    if (filter?.action) where.action = filter.action;
    if (filter?.from || filter?.to) {
      where.at = {
        ...(filter.from && { $gte: filter.from }),
        ...(filter.to && { $lte: filter.to }),
      };
    }
    const [items, total] = await this.em.findAndCount(AuditEvent, where, {
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      offset: page?.offset ?? 0,
      limit: page?.limit ?? DEFAULT_PAGE_SIZE,
    });
    return { items, total };
  }

  /** The region the user's query is limited to (undefined: all), or why they may not ask. */
  private visibleRegion(asked?: string | null): string | undefined {
    const user = this.user;
    if (!user) throw new UnauthenticatedError();
    if (user.role === Role.NATIONAL_ADMIN) return asked ?? undefined;
    if (user.role === Role.REGION_ADMIN && user.regionId) {
      if (asked && asked !== user.regionId) {
        throw new ForbiddenError(
          "A region administrator sees only their own region's audit events",
        );
      }
      return user.regionId;
    }
    throw new ForbiddenError('Only administrators can read the audit trail');
  }
}
