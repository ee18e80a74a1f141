import type { PortalModule } from '../platform/module.ts';
import { isRecognisedSponsor, type Actor } from '../platform/auth/actor.ts';
import type { ServiceKey } from '../platform/ui/services.ts';
import { caseMessages } from './messages.ts';
import * as m0700 from './migrations/0700_cases_status_list.ts';
import * as m0710 from './migrations/0710_cases_by_status.ts';
import * as m0720 from './migrations/0720_cases_search.ts';
import { caseRoutes } from './routes.tsx';
import { casesAuditActions } from './audit-actions.ts';

/**
 * The recognised sponsor's pages on the read model (issue 10): status of applications and file
 * documents. Its public entry: the account page's additions (organisations renders them).
 */
export {
  accountSummaryOf,
  accountSummaryRead,
  type AccountSummary,
  type AccountSummaryRead,
} from './repository.ts';
export { AccountSummarySection, InformationAsOf, type Option } from './views.tsx';
export { csvCell, csvLine, csvStream, CSV_BOM, CSV_SEPARATOR } from './csv.ts';
/** The read model's queries, also for the sponsor API (src/api): the pages' own, scoped by organisation. */
export {
  CASE_SORTS,
  decodeCursor,
  encodeCursor,
  eventsOf,
  findCase,
  findDocument,
  isUuid,
  likeEscape,
  listCases,
  listDocuments,
  type CaseRow,
  type CaseSort,
  type Cursor,
  type DocumentRow,
  type EventRow,
  type Page,
} from './repository.ts';
export { DOWNLOAD_TYPES, downloadName, one, urlOf, type Query } from './routes.tsx';

/** A recognised sponsor's service, when a registered authorisation's scope includes it. */
const offers = (service: ServiceKey) => (actor: Actor) =>
  isRecognisedSponsor(actor) && (!actor.scope || actor.scope.includes(service));

export const casesModule: PortalModule = {
  name: 'cases',
  auditActions: casesAuditActions,
  migrations: { '0700_cases_status_list': m0700, '0710_cases_by_status': m0710, '0720_cases_search': m0720 },
  messages: caseMessages,
  nav: {
    business: [
      { href: '/cases', label: 'nav.cases', order: 22, when: offers('status') },
      { href: '/documents', label: 'nav.documents', order: 24, when: offers('documents') },
    ],
  },
  routes: caseRoutes,
};
