/**
 * The properties that hold a client's personal data, by entity class name. Nothing else in a
 * referral may identify a person.
 *
 * - The audit trail names these fields when they change but never copies their values (they are
 *   also `hidden: true` on the entities, which the audit subscriber redacts).
 * - GraphQL reaches them only through field resolvers that write an access-log READ event.
 * - The retention job sets them to null a retention period after the referral closes.
 *
 * The free-text fields (the message, the notes of status changes) are here too: nobody can check
 * that a text names no one.
 */
export const PERSONAL_FIELDS = {
  Referral: ['clientName', 'clientPhone', 'clientLanguage', 'clientContactTimes', 'message'],
  ReferralEvent: ['note'],
} as const satisfies Record<string, readonly string[]>;

/** Whether a property of an entity class holds personal data. */
export function isPersonalField(entityName: string, property: string): boolean {
  const fields = (PERSONAL_FIELDS as Record<string, readonly string[]>)[entityName];
  return !!fields?.includes(property);
}
