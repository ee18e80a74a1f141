import type { Config } from '../config.ts';
import { SessionStore } from '../identity/sessions/sessions.ts';
import { purgeExpiredSamlIds } from '../identity/eherkenning/repository.ts';
import { identityView } from '../identity/schema.ts';
import type { DatabaseHandle } from '../platform/db/database.ts';
import type { Jobs } from '../platform/jobs/jobs.ts';
import type { Logger } from '../platform/logging.ts';
import type { Mailer } from '../platform/mail/mailer.ts';

export interface JobDeps {
  config: Config;
  jobs: Jobs;
  database: DatabaseHandle;
  logger: Logger;
  mailer: Mailer;
}

/**
 * Every scheduled and queued job of the portal, in one place, so the web process (embedded
 * default) and `npm run worker` (production) run the same set. Modules add theirs here.
 */
export function registerJobs({ jobs, database }: JobDeps): void {
  jobs.define({
    name: 'housekeeping.sessions',
    cron: '17 * * * *',
    handler: async () => {
      await new SessionStore(database.db).purge();
      await purgeExpiredSamlIds(identityView(database.db));
    },
  });
}
