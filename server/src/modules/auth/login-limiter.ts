import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Too many failed sign-ins: try again after `retryAfter` seconds (HTTP 429 with Retry-After). */
export class TooManyRequestsError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    super(`Too many failed sign-ins; try again in ${retryAfterSeconds} seconds`, {
      extensions: {
        code: 'TOO_MANY_REQUESTS',
        retryAfter: retryAfterSeconds,
        // Apollo turns this into the HTTP status and header, and drops it from the answer.
        http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}

export interface LoginLimits {
  /** Failed sign-ins allowed per account (email) within the window. */
  perAccount: number;
  /** Failed sign-ins allowed per client address within the window. */
  perAddress: number;
  windowSeconds: number;
}

// No email is longer; a longer key would only let one request fill the limiter's memory.
const MAX_EMAIL_LENGTH = 320;

/**
 * Counts failed sign-ins per account and per client address. The account key is the email as
 * typed (normalised), whether or not such a user exists, so a limited answer reveals nothing.
 *
 * In memory, so the counts are per server process: with several instances behind a load balancer
 * use RateLimiterPostgres (or RateLimiterRedis) from the same package, which share the counts.
 */
export class LoginLimiter {
  private readonly accounts: RateLimiterMemory;
  private readonly addresses: RateLimiterMemory;

  constructor(limits: LoginLimits) {
    const duration = limits.windowSeconds;
    this.accounts = new RateLimiterMemory({
      keyPrefix: 'login-account',
      points: limits.perAccount,
      duration,
    });
    this.addresses = new RateLimiterMemory({
      keyPrefix: 'login-address',
      points: limits.perAddress,
      duration,
    });
  }

  /**
   * Runs a sign-in attempt unless the account or the address has used up its failures. Every
   * attempt takes a point up front (so parallel guesses cannot slip past the limit); a success
   * gives them back and clears the account's count, an unexpected error gives them back.
   */
  async attempt<T>(
    email: string,
    address: string,
    signIn: () => Promise<T>,
    isFailure: (error: unknown) => boolean,
  ): Promise<T> {
    const account = email.trim().toLowerCase().slice(0, MAX_EMAIL_LENGTH);
    // The address first: a limited address then adds no keys of its own choosing.
    await take(this.addresses, address);
    try {
      await take(this.accounts, account);
    } catch (error) {
      await this.addresses.reward(address, 1);
      throw error;
    }
    try {
      const result = await signIn();
      await Promise.all([this.accounts.delete(account), this.addresses.reward(address, 1)]);
      return result;
    } catch (error) {
      if (!isFailure(error)) {
        await Promise.all([this.accounts.reward(account, 1), this.addresses.reward(address, 1)]);
      }
      throw error;
    }
  }
}

async function take(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key, 1);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw new TooManyRequestsError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
  }
}
