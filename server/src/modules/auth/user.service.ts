import { QueryOrder, ref, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { throwIfAny } from '../../common/crud.service';
import {
  ForbiddenError,
  NotFoundError,
  StaleVersionError,
  type FieldErrors,
} from '../../common/errors';
import { isUuid, likePattern } from '../../common/filter';
import {
  DEFAULT_PAGE_SIZE,
  type Page,
  type PageInput,
  type SortLike,
  SortOrder,
} from '../../common/list';
import { Counsellor } from '../counsellor/counsellor.entity';
import { Region } from '../region/region.entity';
import { hashPassword, UnauthenticatedError } from './auth.service';
import { Role, type SessionUser } from './role';
import { UserSession } from './user-session.entity';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput, UserFilter, UserSortField } from './user.inputs';

/** The roles a regional administrator may give, always within their own region. */
const REGIONAL_ROLES: readonly Role[] = [Role.REGION_ADMIN, Role.COUNSELLOR, Role.PROFESSIONAL];
/** Update fields that always hold a value: null is refused (omit them to keep the value). */
const REQUIRED = ['email', 'name', 'role', 'active', 'password'] as const;

/**
 * User administration. National administrators manage every user; regional administrators the
 * users of their own region, with regional roles only; everyone else nothing. A user outside the
 * administrator's reach does not exist for them (null, NOT_FOUND). Passwords are hashed here and
 * never stored, returned or logged otherwise.
 *
 * Standalone rather than a CrudService: the rules are about who manages whom, not about a
 * directory record's region, and users are never deleted (deactivate them instead: the audit
 * trail and referrals keep naming them).
 */
export class UserService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: SessionUser | null,
    /** The actor's own session, kept when they change their own password. */
    private readonly sessionId: string | null = null,
  ) {}

  async list(
    filter?: UserFilter | null,
    sort?: SortLike | null,
    page?: PageInput | null,
  ): Promise<Page<User>> {
    const conditions: FilterQuery<User>[] = [this.visible(this.manager())];
    if (filter?.ids) conditions.push({ id: { $in: filter.ids } });
    if (filter?.q?.trim()) {
      const pattern = likePattern(filter.q);
      conditions.push({ $or: [{ name: { $ilike: pattern } }, { email: { $ilike: pattern } }] });
    }
    if (filter?.role) conditions.push({ role: filter.role });
    if (filter?.regionId) conditions.push({ region: filter.regionId });
    if (filter?.active != null) conditions.push({ active: filter.active });
    const order = sort?.order === SortOrder.DESC ? 'desc' : 'asc';
    const [items, total] = await this.em.findAndCount(
      User,
      { $and: conditions },
      {
        orderBy: [orderBy(sort?.field ?? UserSortField.NAME, order), { id: 'asc' }],
        offset: page?.offset ?? 0,
        limit: page?.limit ?? DEFAULT_PAGE_SIZE,
      },
    );
    return { items, total };
  }

  async get(id: string): Promise<User | null> {
    const actor = this.manager();
    if (!isUuid(id)) return null;
    return this.em.findOne(User, { $and: [{ id }, this.visible(actor)] });
  }

  async create(input: CreateUserInput): Promise<User> {
    const actor = this.manager();
    const role = input.role;
    // A regional administrator's users are in their region unless they say otherwise.
    const regionId =
      input.regionId == null && actor.role === Role.REGION_ADMIN ? actor.regionId : input.regionId;
    this.mayAssign(actor, role, regionId ?? null);
    return this.em.transactional(async (em) => {
      const fields: FieldErrors = {};
      const region = await this.regionFor(em, role, regionId ?? null, fields);
      const counsellor = await this.counsellorFor(
        em,
        role,
        input.counsellorId ?? null,
        region,
        fields,
      );
      throwIfAny(fields);
      const user = em.create(User, {
        email: normaliseEmail(input.email),
        name: input.name.trim(),
        role,
        region: region ? ref(region) : null,
        counsellor: counsellor ? ref(counsellor) : null,
        passwordHash: await hashPassword(input.password),
        active: input.active ?? true,
      });
      await em.flush();
      return user;
    });
  }

  async update(input: UpdateUserInput): Promise<User> {
    const actor = this.manager();
    const fields = refuseNulls(input);
    throwIfAny(fields);
    return this.em.transactional(async (em) => {
      const user = await em.findOne(User, { $and: [{ id: input.id }, this.visible(actor)] });
      if (!user) throw new NotFoundError('User', input.id);
      if (user.version !== input.version) throw new StaleVersionError('User', input.id);

      const role = input.role ?? user.role;
      const regionId =
        input.regionId !== undefined
          ? input.regionId
          : role === Role.NATIONAL_ADMIN
            ? null
            : (user.region?.id ?? null);
      this.mayAssign(actor, role, regionId);
      if (user.id === actor.id) {
        if (role !== user.role) fields.role = ['you cannot change your own role'];
        if (input.active === false) fields.active = ['you cannot deactivate yourself'];
      }
      const region = await this.regionFor(em, role, regionId, fields);
      const counsellorId =
        role !== Role.COUNSELLOR && input.counsellorId === undefined
          ? null
          : input.counsellorId !== undefined
            ? input.counsellorId
            : (user.counsellor?.id ?? null);
      const counsellor = await this.counsellorFor(em, role, counsellorId, region, fields);
      throwIfAny(fields);

      if (input.email != null) user.email = normaliseEmail(input.email);
      if (input.name != null) user.name = input.name.trim();
      user.role = role;
      user.region = region ? ref(region) : null;
      user.counsellor = counsellor ? ref(counsellor) : null;
      if (input.active != null) user.active = input.active;
      const endSessions = input.active === false || input.password != null;
      if (input.password != null) user.passwordHash = await hashPassword(input.password);
      if (endSessions) await this.endSessions(em, user);
      await em.flush();
      return user;
    });
  }

  /** The signed-in administrator, or UNAUTHENTICATED / FORBIDDEN. */
  private manager(): SessionUser {
    if (!this.actor) throw new UnauthenticatedError();
    if (this.actor.role !== Role.NATIONAL_ADMIN && this.actor.role !== Role.REGION_ADMIN) {
      throw new ForbiddenError('Only administrators manage users');
    }
    return this.actor;
  }

  /** The users an administrator can see and manage. */
  private visible(actor: SessionUser): FilterQuery<User> {
    return actor.role === Role.NATIONAL_ADMIN ? {} : { region: actor.regionId };
  }

  /** Whether the actor may give this role in this region; FORBIDDEN otherwise. */
  private mayAssign(actor: SessionUser, role: Role, regionId: string | null): void {
    if (actor.role === Role.NATIONAL_ADMIN) return;
    if (!REGIONAL_ROLES.includes(role)) {
      throw new ForbiddenError('A regional administrator cannot make national administrators');
    }
    if (regionId !== actor.regionId) {
      throw new ForbiddenError(
        'A regional administrator manages the users of their own region only',
      );
    }
  }

  /** The region a user of this role is in: none for NATIONAL_ADMIN, required for the others. */
  private async regionFor(
    em: EntityManager,
    role: Role,
    regionId: string | null,
    fields: FieldErrors,
  ): Promise<Region | null> {
    if (role === Role.NATIONAL_ADMIN) {
      if (regionId) fields.regionId = ['a national administrator has no region'];
      return null;
    }
    if (!regionId) {
      fields.regionId = ['is required for this role'];
      return null;
    }
    const region = await em.findOne(Region, { id: regionId });
    if (!region) fields.regionId = ['no such region'];
    return region;
  }

  /** The Counsellor record linked to a COUNSELLOR user: it must work in the user's region. */
  private async counsellorFor(
    em: EntityManager,
    role: Role,
    counsellorId: string | null,
    region: Region | null,
    fields: FieldErrors,
  ): Promise<Counsellor | null> {
    if (!counsellorId) return null;
    if (role !== Role.COUNSELLOR) {
      fields.counsellorId = ['only a COUNSELLOR user is linked to a counsellor'];
      return null;
    }
    const counsellor = await em.findOne(Counsellor, { id: counsellorId });
    if (!counsellor) fields.counsellorId = ['no such counsellor'];
    else if (region && counsellor.region.id !== region.id) {
      fields.counsellorId = ["the counsellor works in another region than the user's"];
    }
    return counsellor;
  }

  /** Ends the user's sessions (deactivated, or a new password), except the actor's own. */
  private async endSessions(em: EntityManager, user: User): Promise<void> {
    await em.nativeUpdate(
      UserSession,
      {
        user: user.id,
        revokedAt: null,
        ...(this.sessionId ? { id: { $ne: this.sessionId } } : {}),
      },
      { revokedAt: new Date() },
    );
  }
}

function orderBy(field: string, order: 'asc' | 'desc'): QueryOrderMap<User> {
  switch (field) {
    case UserSortField.EMAIL:
      return { email: order };
    case UserSortField.ROLE:
      return { role: order, name: order };
    case UserSortField.LAST_LOGIN_AT:
      // Never signed in counts as longest ago.
      return {
        lastLoginAt: order === 'asc' ? QueryOrder.ASC_NULLS_FIRST : QueryOrder.DESC_NULLS_LAST,
      };
    case UserSortField.UPDATED_AT:
      return { updatedAt: order };
    default:
      return { name: order };
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function refuseNulls(input: UpdateUserInput): FieldErrors {
  const fields: FieldErrors = {};
  for (const key of REQUIRED) {
    if (input[key] === null)
      fields[key] = [`${key} cannot be null; omit it to keep the current value`];
  }
  return fields;
}
