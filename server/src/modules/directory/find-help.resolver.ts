import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { FindHelpInput } from './find-help.inputs';
import { FindHelpService } from './find-help.service';
import { HelpResults } from './find-help.types';

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
    @Arg('input', () => FindHelpInput, { description: 'The question.' }) input: FindHelpInput,
  ) {
    return new FindHelpService(ctx.em).find(input);
  }
}
