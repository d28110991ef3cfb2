import { UnauthenticatedError } from '../modules/auth/auth.service';
import { Role, type SessionUser } from '../modules/auth/role';
import { ForbiddenError } from './errors';

/**
 * Who may write what in the directory (DESIGN.md, roles). Every write path asks here: services
 * describe the record they are about to write as a WriteScope, this module answers.
 */
export type WriteScope =
  /** Reference data (regions created or deleted, municipalities, service categories). */
  | { kind: 'reference' }
  /** A record that belongs to one welfare region; null region: a national record. */
  | { kind: 'regional'; regionId: string | null }
  /** Third sector (NGO and parish organizations, THIRD_SECTOR services): counsellors too. */
  | { kind: 'third-sector'; regionId: string | null }
  /**
   * A reception's opening hours: its counsellor may change the exceptions, nothing else, so the
   * scope says whether the rules, alwaysOpen and the holiday policy stay as they are.
   */
  | { kind: 'reception-hours'; regionId: string; counsellorId: string; exceptionsOnly: boolean };

export const REFERENCE_DATA: WriteScope = { kind: 'reference' };

export const regional = (regionId: string | null | undefined): WriteScope => ({
  kind: 'regional',
  regionId: regionId ?? null,
});

export const thirdSector = (regionId: string | null | undefined): WriteScope => ({
  kind: 'third-sector',
  regionId: regionId ?? null,
});

/** Whether the user may write a record with this scope. Anonymous users write nothing. */
export function canWrite(user: SessionUser | null, scope: WriteScope): boolean {
  switch (user?.role) {
    case Role.NATIONAL_ADMIN:
      return true;
    case Role.REGION_ADMIN:
      return scope.kind !== 'reference' && ownRegion(user, scope.regionId);
    case Role.COUNSELLOR:
      if (scope.kind === 'third-sector') return ownRegion(user, scope.regionId);
      if (scope.kind === 'reception-hours') {
        return (
          scope.exceptionsOnly && !!user.counsellorId && user.counsellorId === scope.counsellorId
        );
      }
      return false;
    default:
      // PROFESSIONAL and anonymous: the directory is read-only for them.
      return false;
  }
}

/**
 * Refuses early, before any input is looked at, the users who may write nothing in the
 * directory: UNAUTHENTICATED for anonymous requests, FORBIDDEN for health professionals.
 */
export function assertMayWriteDirectory(user: SessionUser | null): void {
  if (!user) throw new UnauthenticatedError();
  if (user.role === Role.PROFESSIONAL) {
    throw new ForbiddenError('Health professionals read the directory but do not change it');
  }
}

/** Throws UNAUTHENTICATED or FORBIDDEN unless the user may write a record with this scope. */
export function assertCanWrite(user: SessionUser | null, scope: WriteScope): void {
  assertMayWriteDirectory(user);
  if (!canWrite(user, scope)) throw new ForbiddenError(refusal(user!, scope));
}

function ownRegion(user: SessionUser, regionId: string | null): boolean {
  return regionId != null && regionId === user.regionId;
}

/** Why, in words the console can show; it names no record the user could not read anyway. */
function refusal(user: SessionUser, scope: WriteScope): string {
  if (scope.kind === 'reference') return 'Only a national administrator can change reference data';
  if (scope.regionId == null) return 'Only a national administrator can change national records';
  if (scope.kind === 'reception-hours' && user.counsellorId === scope.counsellorId) {
    return 'A counsellor can change only the exceptions of their reception hours';
  }
  if (!ownRegion(user, scope.regionId)) return 'The record belongs to another region';
  return 'Your role cannot change this record';
}
