import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { createListType, PageInput } from '../../common/list';
import { loadItems } from '../../common/load';
import { neverCache } from '../referral/privacy';
import { ServiceCategory } from '../service-catalogue/service-category.entity';
import { Station } from '../station/station.entity';
import { ContactRecord } from './contact-record.entity';
import { ContactRecordFilter, ContactStatisticsFilter, RecordContactInput } from './contact.inputs';
import { ContactService } from './contact.service';
import { StatisticsService } from './statistics.service';
import { ContactStatistics } from './statistics.types';

export const ContactRecordList = createListType(ContactRecord, 'ContactRecord');

const contacts = (ctx: Context) => {
  neverCache(ctx);
  return new ContactService(ctx.em, ctx.user);
};

/** Anonymous contact records and the statistics over them: signed-in staff only, never cached. */
@Resolver(() => ContactRecord)
export class ContactResolver {
  @Mutation(() => ContactRecord, {
    description:
      'Records one anonymous contact at a station of your region (counsellors, region administrators).',
  })
  recordContact(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordContactInput, { description: 'The contact.' })
    input: RecordContactInput,
  ) {
    return contacts(ctx).record(input);
  }

  @Query(() => ContactRecordList, {
    description:
      "Contact records, newest first: a counsellor's own, a region administrator's region, all for national administrators.",
  })
  contactRecords(
    @Ctx() ctx: Context,
    @Arg('filter', () => ContactRecordFilter, { nullable: true, description: 'Which records.' })
    filter?: ContactRecordFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which slice.' }) page?: PageInput,
  ) {
    return contacts(ctx).list(filter, page);
  }

  @Mutation(() => Boolean, { description: 'Deletes a contact recorded by mistake.' })
  deleteContactRecord(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The record id.' }) id: string,
  ) {
    return contacts(ctx).delete(id);
  }

  @Query(() => ContactStatistics, {
    description:
      'Contacts by topic, channel, station, source, age group and month, and referral figures, for a period: your own region (national administrators: any or all).',
  })
  contactStatistics(
    @Ctx() ctx: Context,
    @Arg('filter', () => ContactStatisticsFilter, { description: 'Period and region.' })
    filter: ContactStatisticsFilter,
  ) {
    neverCache(ctx);
    return new StatisticsService(ctx.em, ctx.user).contactStatistics(filter);
  }

  @FieldResolver(() => Station, { description: 'Where the contact took place.' })
  station(@Root() record: ContactRecord) {
    return record.station.load();
  }

  @FieldResolver(() => [ServiceCategory], { description: 'Topics discussed.' })
  topics(@Root() record: ContactRecord) {
    return loadItems(record.topics);
  }
}
