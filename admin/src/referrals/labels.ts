/**
 * The message keys of the referral enums, written out so that the message-file test sees each of
 * them (test/admin-i18n.test.ts checks every key the code names literally).
 */
export const STATUS = {
  SENT: 'tukiverkko.referrals.status.SENT',
  RECEIVED: 'tukiverkko.referrals.status.RECEIVED',
  CONTACTED: 'tukiverkko.referrals.status.CONTACTED',
  COMPLETED: 'tukiverkko.referrals.status.COMPLETED',
  DECLINED: 'tukiverkko.referrals.status.DECLINED',
  REDIRECTED: 'tukiverkko.referrals.status.REDIRECTED',
  CLIENT_UNREACHABLE: 'tukiverkko.referrals.status.CLIENT_UNREACHABLE',
  CANCELLED: 'tukiverkko.referrals.status.CANCELLED',
} as const;

export type ReferralStatus = keyof typeof STATUS;

export const KIND = {
  REFERRAL: 'tukiverkko.referrals.kind.REFERRAL',
  CONSULTATION: 'tukiverkko.referrals.kind.CONSULTATION',
} as const;

export const URGENCY = {
  NON_URGENT: 'tukiverkko.referrals.urgency.NON_URGENT',
  SOON: 'tukiverkko.referrals.urgency.SOON',
} as const;

export const CONSENT_METHOD = {
  ORAL: 'tukiverkko.referrals.consent_method.ORAL',
  WRITTEN: 'tukiverkko.referrals.consent_method.WRITTEN',
  ELECTRONIC: 'tukiverkko.referrals.consent_method.ELECTRONIC',
} as const;

/** History entries: what was done. */
export const EVENT = {
  SEND: 'tukiverkko.referrals.event.SEND',
  RECEIVE: 'tukiverkko.referrals.event.RECEIVE',
  CONTACT: 'tukiverkko.referrals.event.CONTACT',
  COMPLETE: 'tukiverkko.referrals.event.COMPLETE',
  DECLINE: 'tukiverkko.referrals.event.DECLINE',
  REDIRECT: 'tukiverkko.referrals.event.REDIRECT',
  MARK_UNREACHABLE: 'tukiverkko.referrals.event.MARK_UNREACHABLE',
  CANCEL: 'tukiverkko.referrals.event.CANCEL',
  ASSIGN: 'tukiverkko.referrals.event.ASSIGN',
  CONVERT: 'tukiverkko.referrals.event.CONVERT',
  ERASE: 'tukiverkko.referrals.event.ERASE',
} as const;

/** Buttons: what the user can do now. */
export const STEP = {
  RECEIVE: 'tukiverkko.referrals.step.RECEIVE',
  CONTACT: 'tukiverkko.referrals.step.CONTACT',
  COMPLETE: 'tukiverkko.referrals.step.COMPLETE',
  DECLINE: 'tukiverkko.referrals.step.DECLINE',
  REDIRECT: 'tukiverkko.referrals.step.REDIRECT',
  MARK_UNREACHABLE: 'tukiverkko.referrals.step.MARK_UNREACHABLE',
  CANCEL: 'tukiverkko.referrals.step.CANCEL',
  ASSIGN: 'tukiverkko.referrals.step.ASSIGN',
  CONVERT: 'tukiverkko.referrals.step.CONVERT',
} as const;

/** Notifications after a step succeeded. */
export const STEP_DONE = {
  RECEIVE: 'tukiverkko.referrals.step_done.RECEIVE',
  CONTACT: 'tukiverkko.referrals.step_done.CONTACT',
  COMPLETE: 'tukiverkko.referrals.step_done.COMPLETE',
  DECLINE: 'tukiverkko.referrals.step_done.DECLINE',
  REDIRECT: 'tukiverkko.referrals.step_done.REDIRECT',
  MARK_UNREACHABLE: 'tukiverkko.referrals.step_done.MARK_UNREACHABLE',
  CANCEL: 'tukiverkko.referrals.step_done.CANCEL',
  ASSIGN: 'tukiverkko.referrals.step_done.ASSIGN',
  CONVERT: 'tukiverkko.referrals.step_done.CONVERT',
} as const;

export type Step = keyof typeof STEP;

/** Choices for selects and radio groups from one of the maps above. */
export function choicesOf(labels: Record<string, string>): { id: string; name: string }[] {
  return Object.entries(labels).map(([id, name]) => ({ id, name }));
}

/** Closed referrals: nothing more happens to them (besides erasure). */
export const CLOSED: readonly ReferralStatus[] = [
  'COMPLETED',
  'DECLINED',
  'REDIRECTED',
  'CLIENT_UNREACHABLE',
  'CANCELLED',
];
