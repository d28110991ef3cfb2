import {
  CheckConstraintViolationException,
  DriverException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { UnauthenticatedError } from '../auth/auth.service';
import type { SessionUser } from '../auth/role';
import type { Context } from '../../context';
import { markPersonal } from '../directory/public-cache';

/** Referrals and statistics exist only for signed-in users: anonymous requests get nothing. */
export function requireUser(user: SessionUser | null): SessionUser {
  if (!user) throw new UnauthenticatedError();
  return user;
}

/**
 * Marks the response as personal: private and not to be stored, so that neither the response
 * cache nor a shared HTTP cache ever keeps it. Called by every root field of this module.
 */
export function neverCache(ctx: Context): void {
  markPersonal(ctx);
}

/** The errors format-error turns into codes without logging them: they quote no values. */
const MAPPED = [
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
];

/**
 * Runs a write whose SQL carries personal data. A database error's message quotes the statement
 * with its values inlined, and unexpected errors are logged: such an error is replaced by one
 * that keeps only the SQLSTATE.
 */
export async function withoutValuesInErrors<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    if (error instanceof DriverException && !MAPPED.some((type) => error instanceof type)) {
      const sqlState = (error as { code?: string }).code ?? 'unknown';
      throw new Error(`Database error (SQLSTATE ${sqlState}) while writing a referral`);
    }
    throw error;
  }
}

// A Finnish personal identity code (henkilötunnus), e.g. 131052-308T or 010101A123N.
const IDENTITY_CODE = /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/i;
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
// A Finnish phone number: +358 or a leading 0, then at least six more digits.
const PHONE_NUMBER = /(?:\+358|(?<![\d-])0)[\s-]?\d(?:[\s-]?\d){5,}/;

/**
 * What a message must not contain, as field messages (never quoting the text). Nobody can detect
 * every way of naming a person; this catches the obvious ones: an identity code is never needed,
 * and a consultation carries no contact details either.
 */
export function personalDataInMessage(message: string, anonymous: boolean): string[] {
  const problems: string[] = [];
  if (IDENTITY_CODE.test(message)) {
    problems.push('message must not contain a personal identity code');
  }
  if (anonymous && (EMAIL.test(message) || PHONE_NUMBER.test(message))) {
    problems.push('a consultation is anonymous: its message must not contain contact details');
  }
  return problems;
}
