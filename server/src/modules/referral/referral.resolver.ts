import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { PageInput, type SortLike } from '../../common/list';
import { neverCache } from './privacy';
import { ReferralLifecycleService } from './referral-lifecycle.service';
import { Referral } from './referral.entity';
import {
  AssignReferralInput,
  CompleteReferralInput,
  ConvertConsultationInput,
  DeclineReferralInput,
  RedirectReferralInput,
  ReferralFilter,
  ReferralSort,
  ReferralTransitionInput,
  SendReferralInput,
} from './referral.inputs';
import { ReferralService } from './referral.service';
import { ReferralList } from './referral.types';

const reads = (ctx: Context) => {
  neverCache(ctx);
  return new ReferralService(ctx.em, ctx.user);
};
const steps = (ctx: Context) => {
  neverCache(ctx);
  return new ReferralLifecycleService(ctx.em, ctx.user);
};

const VERSIONED =
  'Send the version you read: a stale one, or a referral another user changed first, is a CONFLICT.';

/** Referrals and consultations: signed-in users only, never cached, scoped to the three parties. */
@Resolver()
export class ReferralResolver {
  @Query(() => ReferralList, {
    description:
      'Referrals you may see (sender, receiving counsellor, administrators of the receiving region; national administrators without personal data), newest first unless sorted.',
  })
  referrals(
    @Ctx() ctx: Context,
    @Arg('filter', () => ReferralFilter, { nullable: true, description: 'Which referrals.' })
    filter?: ReferralFilter,
    @Arg('sort', () => ReferralSort, { nullable: true, description: 'Order.' }) sort?: SortLike,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which slice.' }) page?: PageInput,
  ) {
    return reads(ctx).list(filter, sort, page);
  }

  @Query(() => Referral, {
    nullable: true,
    description: 'One referral by id; null when it does not exist or you may not see it.',
  })
  referral(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The referral id.' }) id: string,
  ) {
    return reads(ctx).get(id);
  }

  @Query(() => Int, { description: 'Referrals in your inbox that nobody has received yet.' })
  referralUnreadCount(@Ctx() ctx: Context) {
    return reads(ctx).unreadCount();
  }

  @Mutation(() => Referral, {
    description:
      "Sends a referral (with the client's recorded consent) or an anonymous consultation. Health professionals only.",
  })
  sendReferral(
    @Ctx() ctx: Context,
    @Arg('input', () => SendReferralInput, { description: 'What to send and to whom.' })
    input: SendReferralInput,
  ) {
    return reads(ctx).send(input);
  }

  @Mutation(() => Referral, {
    description: `SENT -> RECEIVED, by the receiving side. ${VERSIONED}`,
  })
  receiveReferral(
    @Ctx() ctx: Context,
    @Arg('input', () => ReferralTransitionInput, { description: 'The referral.' })
    input: ReferralTransitionInput,
  ) {
    return steps(ctx).receive(input);
  }

  @Mutation(() => Referral, {
    description: `RECEIVED -> CONTACTED: the counsellor reached the client. ${VERSIONED}`,
  })
  markReferralContacted(
    @Ctx() ctx: Context,
    @Arg('input', () => ReferralTransitionInput, { description: 'The referral.' })
    input: ReferralTransitionInput,
  ) {
    return steps(ctx).contact(input);
  }

  @Mutation(() => Referral, {
    description: `CONTACTED -> COMPLETED, with the outcome. ${VERSIONED}`,
  })
  completeReferral(
    @Ctx() ctx: Context,
    @Arg('input', () => CompleteReferralInput, { description: 'The referral and its outcome.' })
    input: CompleteReferralInput,
  ) {
    return steps(ctx).complete(input);
  }

  @Mutation(() => Referral, {
    description: `SENT or RECEIVED -> DECLINED, with a reason, by the receiving side. ${VERSIONED}`,
  })
  declineReferral(
    @Ctx() ctx: Context,
    @Arg('input', () => DeclineReferralInput, { description: 'The referral and why.' })
    input: DeclineReferralInput,
  ) {
    return steps(ctx).decline(input);
  }

  @Mutation(() => Referral, {
    description: `SENT, RECEIVED or CONTACTED -> REDIRECTED to another service. ${VERSIONED}`,
  })
  redirectReferral(
    @Ctx() ctx: Context,
    @Arg('input', () => RedirectReferralInput, { description: 'The referral and the service.' })
    input: RedirectReferralInput,
  ) {
    return steps(ctx).redirect(input);
  }

  @Mutation(() => Referral, {
    description: `RECEIVED -> CLIENT_UNREACHABLE (referrals only). ${VERSIONED}`,
  })
  markReferralClientUnreachable(
    @Ctx() ctx: Context,
    @Arg('input', () => ReferralTransitionInput, { description: 'The referral.' })
    input: ReferralTransitionInput,
  ) {
    return steps(ctx).markUnreachable(input);
  }

  @Mutation(() => Referral, {
    description: `SENT, RECEIVED or CONTACTED -> CANCELLED, by the sender. ${VERSIONED}`,
  })
  cancelReferral(
    @Ctx() ctx: Context,
    @Arg('input', () => ReferralTransitionInput, { description: 'The referral.' })
    input: ReferralTransitionInput,
  ) {
    return steps(ctx).cancel(input);
  }

  @Mutation(() => Referral, {
    description: `Hands a SENT or RECEIVED referral to a counsellor of its region (region administrators). ${VERSIONED}`,
  })
  assignReferral(
    @Ctx() ctx: Context,
    @Arg('input', () => AssignReferralInput, { description: 'The referral and the counsellor.' })
    input: AssignReferralInput,
  ) {
    return steps(ctx).assign(input);
  }

  @Mutation(() => Referral, {
    description: `Turns a consultation into a referral of the same case, with consent and client details; it is SENT again (by the sender). ${VERSIONED}`,
  })
  convertConsultationToReferral(
    @Ctx() ctx: Context,
    @Arg('input', () => ConvertConsultationInput, {
      description: 'The consultation, consent and client.',
    })
    input: ConvertConsultationInput,
  ) {
    return steps(ctx).convert(input);
  }
}
