import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import { asksOnly, fieldsBelow } from '../../common/selection';
import type { Context } from '../../context';
import { SERVICE_NAME_FIELDS } from '../service-catalogue/service-rows.loader';
import { DELIVERY_SLIM_FIELDS } from '../service-catalogue/station-deliveries.loader';
import { FindHelpInput } from './find-help.inputs';
import { FindHelpService, type HelpAsked } from './find-help.service';
import { HelpResults } from './find-help.types';

/**
 * What the answer asks of the options' catalogue services, directly or through their services at
 * stations (the same records): only their names, or more; and of their services at stations.
 */
function helpAsked(info: GraphQLResolveInfo): HelpAsked {
  const options = fieldsBelow(info, ['options']);
  const deliveries = fieldsBelow(info, ['serviceAtStation'], options);
  const services = fieldsBelow(info, ['service'], [...options, ...deliveries]);
  return {
    serviceNamesOnly: asksOnly(info, SERVICE_NAME_FIELDS, services),
    slimDeliveries: asksOnly(info, DELIVERY_SLIM_FIELDS, deliveries),
  };
}

@Resolver()
export class FindHelpResolver {
  @Query(() => HelpResults, {
    description:
      'Where and when can this person get help? Counsellor receptions, services at stations and ' +
      'services serving the area, ranked best first, each with why it matched and when it is ' +
      'next available. Public: only active, published records take part.',
  })
  findHelp(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('input', () => FindHelpInput, { description: 'The question.' }) input: FindHelpInput,
  ) {
    // Anonymous requests read what the server keeps of stations (help-bundles.ts).
    const kept = ctx.user ? null : ctx.helpBundles.open();
    return new FindHelpService(ctx.em, undefined, kept).find(input, helpAsked(info));
  }
}
