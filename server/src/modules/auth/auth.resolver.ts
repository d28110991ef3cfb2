import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { AuthService } from './auth.service';
import { User } from './user.entity';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when anonymous.' })
  me(@Ctx() ctx: Context) {
    return ctx.user ? ctx.em.findOne(User, { id: ctx.user.id }) : null;
  }

  @Mutation(() => User, {
    description:
      'Signs in: sets an HttpOnly session cookie. Wrong email or password is UNAUTHENTICATED; ' +
      'after too many failures for the account or the address, TOO_MANY_REQUESTS (retryAfter).',
  })
  async login(
    @Ctx() ctx: Context,
    @Arg('email', { description: 'Sign-in email.' }) email: string,
    @Arg('password', { description: 'Password.' }) password: string,
  ) {
    const signedIn = await new AuthService(ctx.em, ctx.auth.tokens).login(email, password, {
      limiter: ctx.auth.loginLimiter,
      address: ctx.auth.clientAddress,
    });
    ctx.auth.setSessionCookie(signedIn.token, signedIn.expiresAt);
    return signedIn.user;
  }

  @Mutation(() => Boolean, { description: 'Signs out: ends the session and clears the cookie.' })
  async logout(@Ctx() ctx: Context) {
    ctx.auth.clearSessionCookie();
    return new AuthService(ctx.em, ctx.auth.tokens).logout(ctx.auth.sessionId);
  }
}
