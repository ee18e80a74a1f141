import type { Registered } from '../platform/i18n/catalogue.ts';
import type { Messages } from '../platform/i18n/i18n.ts';

/** Messages of the refresh module: "information as of", the back-office page, the stale banner. */
export const refreshMessages = {
  'refresh.asOf': { nl: 'Gegevens bijgewerkt op {date} om {time}.', en: 'Information as of {date}, {time}.' },
  'refresh.asOfNever': {
    nl: 'De gegevens van de IND zijn nog niet bijgewerkt.',
    en: 'The information from the IND has not been refreshed yet.',
  },

  'nav.staffRefresh': { nl: 'Verversing', en: 'Refresh' },
  'bo.section.refresh': {
    nl: 'De dagelijkse verversing van de gegevens uit het zaaksysteem volgen en zo nodig nu starten.',
    en: 'Follow the daily refresh of the information from the case system, and start one now if needed.',
  },
  'refresh.staff.title': { nl: 'Verversing', en: 'Refresh' },
  'refresh.staff.lead': {
    nl: 'Het portaal neemt de zaken, documenten, werknemers en erkenningen over uit het zaaksysteem van de IND. Dat gebeurt volgens het schema "{cron}" (Nederlandse tijd).',
    en: 'The portal takes cases, documents, employees and recognitions over from the IND’s case system, on the schedule "{cron}" (Dutch time).',
  },
  'refresh.staff.runNow': { nl: 'Nu verversen', en: 'Run now' },
  'refresh.staff.started': {
    nl: 'De verversing is gestart. Vernieuw deze pagina om de voortgang te zien.',
    en: 'The refresh has started. Reload this page to see its progress.',
  },
  'refresh.staff.busy': {
    nl: 'Er loopt al een verversing. Er is geen nieuwe gestart.',
    en: 'A refresh is already running. No new one was started.',
  },
  'refresh.staff.running': {
    nl: 'Er loopt een verversing (gestart {started}): {batches} delen verwerkt, {rows} rijen gewijzigd.',
    en: 'A refresh is running (started {started}): {batches} pages done, {rows} rows changed.',
  },
  'refresh.staff.runsCaption': {
    nl: 'Laatste verversingen, nieuwste eerst',
    en: 'Latest refreshes, newest first',
  },
  'refresh.staff.none': { nl: 'Er is nog geen verversing geweest.', en: 'There has been no refresh yet.' },
  'refresh.col.started': { nl: 'Gestart', en: 'Started' },
  'refresh.col.trigger': { nl: 'Aanleiding', en: 'Trigger' },
  'refresh.col.outcome': { nl: 'Uitkomst', en: 'Outcome' },
  'refresh.col.rows': { nl: 'Gewijzigde rijen', en: 'Rows changed' },
  'refresh.col.duration': { nl: 'Duur', en: 'Duration' },
  'refresh.trigger.schedule': { nl: 'Schema', en: 'Schedule' },
  'refresh.trigger.manual': { nl: 'Handmatig', en: 'Manual' },
  'refresh.trigger.cli': { nl: 'Opdrachtregel', en: 'Command line' },
  'refresh.trigger.staff_change': { nl: 'Wijziging door medewerker', en: 'Staff change' },
  'refresh.trigger.demo': { nl: 'Demogegevens', en: 'Demo data' },
  'refresh.outcome.running': { nl: 'Bezig', en: 'Running' },
  'refresh.outcome.changed': { nl: 'Gelukt, gegevens gewijzigd', en: 'Done, information changed' },
  'refresh.outcome.unchanged': { nl: 'Gelukt, niets gewijzigd', en: 'Done, nothing changed' },
  'refresh.outcome.error': { nl: 'Mislukt: {error}', en: 'Failed: {error}' },
  'refresh.outcome.interrupted': { nl: 'Afgebroken (proces gestopt)', en: 'Interrupted (process stopped)' },
  'refresh.kind.organisation': { nl: 'organisaties', en: 'organisations' },
  'refresh.kind.recognition': { nl: 'erkenningen', en: 'recognitions' },
  'refresh.kind.employee': { nl: 'werknemers', en: 'employees' },
  'refresh.kind.case': { nl: 'zaken', en: 'cases' },
  'refresh.kind.case_event': { nl: 'statuswijzigingen', en: 'status changes' },
  'refresh.kind.document': { nl: 'documenten', en: 'documents' },
  'refresh.staleTitle': { nl: 'De gegevens zijn verouderd', en: 'The information is out of date' },
  'refresh.staleBody': {
    nl: 'De laatste geslaagde verversing uit het zaaksysteem is meer dan {hours} uur geleden ({last}). Zakelijke klanten zien verouderde gegevens.',
    en: 'The last successful refresh from the case system was more than {hours} hours ago ({last}). Business customers see out-of-date information.',
  },
  'refresh.staleNever': { nl: 'nog nooit', en: 'never' },
} as const satisfies Messages;

declare module '../platform/i18n/catalogue.ts' {
  interface MessageRegistry extends Registered<typeof refreshMessages> {}
}
