import { createCalendar, nextDay, type IsoDate } from '../../platform/time/working-days.ts';
import { SERVICE_TARGET_WEEKS } from './amounts.ts';

/**
 * The Algemene termijnenwet (Atw) calendar: Saturdays, Sundays and the "algemeen erkende
 * feestdagen" of art. 3 — New Year, Good Friday (art. 3 lid 2), Easter Monday, King's Day,
 * Liberation Day (5 May, every year), Ascension Day, Whit Monday, Christmas and Boxing Day.
 * No IND closure days: they do not extend a statutory period.
 */
const ATW = createCalendar({ goodFriday: true, liberationDay: true });

/** The first day on or after `date` that is not a Saturday, Sunday or Atw holiday. */
export function atwNextOpenDay(date: IsoDate): IsoDate {
  let day = date;
  while (!ATW.isWorkingDay(day)) day = nextDay(day);
  return day;
}

export interface DecisionDates {
  /** The day the IND received the application (Europe/Amsterdam). */
  receivedOn: IsoDate;
  periodDays: number;
  /**
   * The last day of the statutory decision period: `periodDays` after the day of receipt; a
   * period ending on a Saturday, Sunday or Atw holiday runs to the next day that is none of
   * these (Atw art. 1; [P] ind.nl/nl/na-uw-aanvraag/beslistermijnen).
   */
  statutoryEnd: IsoDate;
  /**
   * The IND's service target for a recognised sponsor (streeftermijn, not a legal period):
   * 2 weeks after receipt when complete, 7 weeks when incomplete or further investigation is
   * needed ([P] ind.nl/Paginas/Beslistermijnen.aspx). Absent for other applicants.
   */
  serviceTarget?: { complete: IsoDate; incomplete: IsoDate; weeks: typeof SERVICE_TARGET_WEEKS };
}

/**
 * The decision dates of an application: the one place that computes them (confirmation page,
 * receipt, mail, and the case system's due date).
 */
export function decisionDates(input: {
  receivedOn: IsoDate;
  periodDays: number;
  recognisedSponsor: boolean;
}): DecisionDates {
  const { receivedOn, periodDays } = input;
  if (!Number.isInteger(periodDays) || periodDays <= 0) throw new RangeError('periodDays must be ≥ 1');
  const statutoryEnd = atwNextOpenDay(nextDay(receivedOn, periodDays));
  if (!input.recognisedSponsor) return { receivedOn, periodDays, statutoryEnd };
  return {
    receivedOn,
    periodDays,
    statutoryEnd,
    serviceTarget: {
      complete: nextDay(receivedOn, 7 * SERVICE_TARGET_WEEKS.complete),
      incomplete: nextDay(receivedOn, 7 * SERVICE_TARGET_WEEKS.incomplete),
      weeks: SERVICE_TARGET_WEEKS,
    },
  };
}
