import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_foundation.ts';
import * as m0100 from './0100_identity.ts';
import * as m0110 from './0110_sessions.ts';
import * as m0300 from './0300_applications.ts';
import * as m0500 from './0500_casesystem.ts';
import * as m0200 from './0200_organisations.ts';
import * as m0400 from './0400_support.ts';
import * as m0410 from './0410_support_faq_seed.ts';

/**
 * Every migration, by name. Names sort in the order they run. Ranges per module keep
 * parallel work apart: 0001–0099 platform, 0100 identity, 0200 organisations,
 * 0300 applications, 0400 support, 0500 case system and refresh.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0100_identity': m0100,
  '0110_sessions': m0110,
  '0300_applications': m0300,
  '0500_casesystem': m0500,
  '0200_organisations': m0200,
  '0400_support': m0400,
  '0410_support_faq_seed': m0410,
};
