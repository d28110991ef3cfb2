import { usePermissions, useRecordContext, useResourceContext, type RaRecord } from 'react-admin';
import type { Permissions, Role } from './authProvider';

/**
 * What the console offers to whom, following the server's policy (server/src/common/
 * authorization.ts). The server decides every request; this only hides what it would refuse.
 */

/** Resources nobody edits in the console. */
const READ_ONLY = new Set(['municipalities', 'auditEvents']);
/**
 * Records of one region that its administrators keep. The rest (regions, service categories) is
 * reference data that only national administrators change.
 */
const REGIONAL = new Set([
  'stations',
  'servicesAtStations',
  'counsellors',
  'receptions',
  'services',
  'organizations',
  'users',
]);
const THIRD_SECTOR_KINDS = new Set(['NGO', 'PARISH']);
/**
 * The referral work, by role: counsellors and region administrators receive referrals and record
 * contacts, health professionals send referrals. The inbox has no create: referrals are sent.
 */
const REFERRAL_WORK: Record<string, readonly Role[]> = {
  referralInbox: ['COUNSELLOR', 'REGION_ADMIN'],
  sentReferrals: ['PROFESSIONAL'],
  contactRecords: ['COUNSELLOR', 'REGION_ADMIN'],
};

/** The region a record belongs to, as its resource says; null for national records. */
export function regionOf(resource: string, record: RaRecord): string | null {
  switch (resource) {
    case 'servicesAtStations':
    case 'receptions':
      return record.station?.region?.id ?? null;
    default:
      return record.region?.id ?? record.regionId ?? null;
  }
}

function ownRegion(p: Permissions, resource: string, record?: RaRecord): boolean {
  // Before the record is known, offer the action: the server refuses what is not allowed.
  if (!record) return true;
  return regionOf(resource, record) === p.regionId;
}

function isThirdSector(resource: string, record?: RaRecord): boolean {
  if (!record) return true;
  if (resource === 'services') return record.sector === 'THIRD_SECTOR';
  return THIRD_SECTOR_KINDS.has(record.kind);
}

/** Whether the user may change (or, without a record, create) a record of the resource. */
export function canWrite(
  p: Permissions | null | undefined,
  resource: string,
  record?: RaRecord,
): boolean {
  if (!p || READ_ONLY.has(resource)) return false;
  if (Object.hasOwn(REFERRAL_WORK, resource)) {
    return resource !== 'referralInbox' && REFERRAL_WORK[resource].includes(p.role);
  }
  switch (p.role) {
    case 'NATIONAL_ADMIN':
      return true;
    case 'REGION_ADMIN':
      return REGIONAL.has(resource) && ownRegion(p, resource, record);
    case 'COUNSELLOR':
      if (resource === 'services' || resource === 'organizations') {
        return isThirdSector(resource, record) && ownRegion(p, resource, record);
      }
      return false;
    default:
      return false;
  }
}

/**
 * Whether the user may change the opening hours of the record. A counsellor may change the
 * exceptions of their own receptions (holidays, sick days), not the weekly rules.
 */
export function scheduleAccess(
  p: Permissions | null | undefined,
  resource: string,
  record?: RaRecord,
): 'all' | 'exceptions' | 'none' {
  if (canWrite(p, resource, record)) return 'all';
  if (
    p?.role === 'COUNSELLOR' &&
    resource === 'receptions' &&
    (p.counsellorId === null || record?.counsellor?.id === p.counsellorId)
  ) {
    return 'exceptions';
  }
  return 'none';
}

/** Resources whose menu entry the role sees. */
export function canSeeResource(p: Permissions | null | undefined, resource: string): boolean {
  if (!p) return false;
  if (resource === 'users' || resource === 'auditEvents') {
    return p.role === 'NATIONAL_ADMIN' || p.role === 'REGION_ADMIN';
  }
  if (Object.hasOwn(REFERRAL_WORK, resource)) return REFERRAL_WORK[resource].includes(p.role);
  return true;
}

/** The statistics dashboard: administrators (a region's own, or all for national ones). */
export function canSeeStatistics(p: Permissions | null | undefined): boolean {
  return p?.role === 'NATIONAL_ADMIN' || p?.role === 'REGION_ADMIN';
}

export function useCanWrite(record?: RaRecord): boolean {
  const resource = useResourceContext() ?? '';
  const contextRecord = useRecordContext();
  const { permissions } = usePermissions<Permissions | null>();
  return canWrite(permissions, resource, record ?? contextRecord);
}
