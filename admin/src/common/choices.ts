/**
 * Enum choices for selects and checkbox groups; react-admin translates each `name`, a key under
 * `tukiverkko.enums`.
 */
export const ENUMS = {
  operatorKind: ['OWN', 'CONTRACTED'],
  languageStatus: ['FI', 'BILINGUAL', 'SV'],
  organizationKind: ['WELFARE_REGION', 'MUNICIPALITY', 'KELA', 'STATE', 'PARISH', 'NGO', 'PRIVATE'],
  serviceSector: ['PUBLIC', 'THIRD_SECTOR', 'PRIVATE'],
  serviceStatus: ['ACTIVE', 'DRAFT', 'INACTIVE'],
  serviceArea: ['NATIONAL', 'REGION', 'MUNICIPALITIES', 'STATIONS'],
  accessMode: ['WALK_IN', 'APPOINTMENT', 'PHONE', 'ONLINE', 'REFERRAL', 'HOME_VISIT'],
  receptionMode: ['WALK_IN', 'APPOINTMENT', 'PHONE', 'REMOTE'],
  consultationChannel: ['PHONE', 'EMAIL', 'SECURE_MESSAGE', 'IN_PERSON'],
  role: ['NATIONAL_ADMIN', 'REGION_ADMIN', 'COUNSELLOR', 'PROFESSIONAL'],
  auditAction: ['CREATE', 'UPDATE', 'DELETE', 'READ'],
  holidayPolicy: ['CLOSED_ON_HOLIDAYS', 'CLOSED_ON_HOLIDAYS_AND_EVES', 'IGNORE_HOLIDAYS'],
} as const;

export type EnumName = keyof typeof ENUMS;

export function choices(name: EnumName): { id: string; name: string }[] {
  return ENUMS[name].map((id) => ({ id, name: `tukiverkko.enums.${name}.${id}` }));
}

/** Languages a station, counsellor or service may offer (ISO 639-1). */
export const LANGUAGE_CHOICES = ['fi', 'sv', 'en', 'se', 'ru', 'et', 'ar', 'so', 'uk'].map(
  (id) => ({ id, name: `tukiverkko.language_codes.${id}` }),
);
