import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadItems } from '../../common/load';
import { Counsellor } from '../counsellor/counsellor.entity';
import { Region } from '../region/region.entity';
import { ServiceCategory } from '../service-catalogue/service-category.entity';
import { Service } from '../service-catalogue/service.entity';
import { Station } from '../station/station.entity';
import { accessLogOf } from './access-log';
import { ReferralEvent } from './referral-event.entity';
import { mayDo, mayReadPersonalData, TRANSITIONS, type TransitionAction } from './referral-rules';
import { Referral } from './referral.entity';
import { ReferralAction, ReferralKind } from './referral.enums';
import { ReferralClient, ReferralConsent, ReferralOutcome, ReferralParty } from './referral.types';

const PERSONAL =
  'Personal data: null for anyone but the sender, the receiving counsellor and the administrators of the receiving region, and after erasure. Every read is written to the access log, with the operation name as the reason.';

/**
 * Personal data is reached only here: for the three parties only, and noted in the request's
 * access log, which is written before the response leaves (accessLogPlugin).
 */
function personal<T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  referral: Referral,
  field: string,
  value: T | null,
): T | null {
  if (value == null || !ctx.user || !mayReadPersonalData(ctx.user, referral)) return null;
  accessLogOf(ctx, ctx.user).read(referral, field, info);
  return value;
}

@Resolver(() => Referral)
export class ReferralFieldsResolver {
  @FieldResolver(() => ReferralClient, { nullable: true, description: `The client. ${PERSONAL}` })
  client(@Root() referral: Referral, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const hasClient = referral.kind === ReferralKind.REFERRAL && referral.clientName != null;
    return personal(ctx, info, referral, 'client', hasClient ? clientOf(referral) : null);
  }

  @FieldResolver(() => String, { nullable: true, description: `The short message. ${PERSONAL}` })
  message(@Root() referral: Referral, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return personal(ctx, info, referral, 'message', referral.message ?? null);
  }

  @FieldResolver(() => Station, { description: 'The station it was sent from.' })
  sendingStation(@Root() referral: Referral) {
    return referral.sendingStation.load();
  }

  @FieldResolver(() => ReferralParty, {
    nullable: true,
    description: 'The professional who sent it; null once that user has been deleted.',
  })
  async sender(@Root() referral: Referral) {
    const user = await referral.sender?.load();
    return user ? ReferralParty.of(user) : null;
  }

  @FieldResolver(() => Region, { description: 'The receiving region (its guidance queue).' })
  region(@Root() referral: Referral) {
    return referral.region.load();
  }

  @FieldResolver(() => Station, { nullable: true, description: 'Where the client should be met.' })
  receivingStation(@Root() referral: Referral) {
    return referral.receivingStation?.load() ?? null;
  }

  @FieldResolver(() => Counsellor, {
    nullable: true,
    description: "The receiving counsellor; null: the region's guidance queue.",
  })
  counsellor(@Root() referral: Referral) {
    return referral.counsellor?.load() ?? null;
  }

  @FieldResolver(() => [ServiceCategory], { description: 'What it is about.' })
  topics(@Root() referral: Referral) {
    return loadItems(referral.topics);
  }

  @FieldResolver(() => ReferralConsent, {
    nullable: true,
    description: "The client's consent (referrals); null for a consultation.",
  })
  async consent(@Root() referral: Referral): Promise<ReferralConsent | null> {
    if (!referral.consentMethod || !referral.consentRecordedAt) return null;
    const by = await referral.consentRecordedBy?.load();
    return {
      method: referral.consentMethod,
      recordedAt: referral.consentRecordedAt,
      recordedBy: by ? ReferralParty.of(by) : null,
    };
  }

  @FieldResolver(() => Service, {
    nullable: true,
    description: 'The service the client was redirected to (REDIRECTED).',
  })
  redirectedTo(@Root() referral: Referral) {
    return referral.redirectedTo?.load() ?? null;
  }

  @FieldResolver(() => ReferralOutcome, {
    nullable: true,
    description: 'What followed; null unless completed.',
  })
  async outcome(@Root() referral: Referral): Promise<ReferralOutcome | null> {
    if (referral.outcomeJointReception == null) return null;
    return {
      services: await loadItems(referral.outcomeServices),
      jointReception: referral.outcomeJointReception,
      homeVisit: !!referral.outcomeHomeVisit,
      networkMeeting: !!referral.outcomeNetworkMeeting,
    };
  }

  @FieldResolver(() => [ReferralEvent], { description: 'Its history, oldest first.' })
  async events(@Root() referral: Referral) {
    const events = await loadItems(referral.events);
    return events.sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  @FieldResolver(() => [ReferralAction], {
    description: 'What you may do to it now (the console shows these actions).',
  })
  allowedActions(@Root() referral: Referral, @Ctx() ctx: Context): ReferralAction[] {
    if (!ctx.user) return [];
    const user = ctx.user;
    return (Object.keys(TRANSITIONS) as TransitionAction[]).filter((action) =>
      mayDo(user, referral, action),
    );
  }
}

@Resolver(() => ReferralEvent)
export class ReferralEventResolver {
  @FieldResolver(() => ReferralParty, {
    nullable: true,
    description: 'Who did it; null for the retention job or a deleted user.',
  })
  async actor(@Root() event: ReferralEvent) {
    const user = await event.actor?.load();
    return user ? ReferralParty.of(user) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: `The note or reason. ${PERSONAL}` })
  async note(@Root() event: ReferralEvent, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (event.note == null) return null;
    return personal(ctx, info, await event.referral.loadOrFail(), 'events.note', event.note);
  }
}

function clientOf(referral: Referral): ReferralClient {
  return {
    name: referral.clientName,
    phone: referral.clientPhone,
    language: referral.clientLanguage,
    contactTimes: referral.clientContactTimes,
  };
}
