import { loadConfig } from '../src/config';
import { eraseExpiredPersonalData } from '../src/modules/referral/retention';
import { run } from './with-database';

/**
 * `npm run retention`: erases now the personal data of referrals closed more than RETENTION_DAYS
 * (default 30) ago, as the server's retention job does at start and on its timer. Safe to repeat.
 */
run(async (orm) => {
  const { retentionDays } = loadConfig();
  const erased = await eraseExpiredPersonalData(orm, { retentionDays, now: new Date() });
  console.log(
    `Retention (${retentionDays} days after closing): personal data of ${erased} referral(s) erased`,
  );
});
