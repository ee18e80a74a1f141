import { pdfDocument } from '../applications/index.ts';
import { translator, type MessageKey } from '../platform/i18n/catalogue.ts';
import { formatDate, formatDateTime, formatMoney } from '../platform/i18n/i18n.ts';
import type { ReportRow } from './repository.ts';

/** The label of a report's reason, in the report's kind. */
export const reasonKey = (report: Pick<ReportRow, 'kind' | 'reason'>): MessageKey =>
  (report.kind === 'sponsor_change'
    ? `employees.sponsorReason.${report.reason}`
    : report.kind === 'registration'
      ? 'employees.register.title'
      : `employees.reason.${report.reason}`) as MessageKey;

export const kindKey = (kind: ReportRow['kind']): MessageKey => `employees.kind.${kind}` as MessageKey;

/**
 * The receipt of a report under the duty to inform: reference, moment of receipt
 * (Europe/Amsterdam), the organisation, what was reported, the deadline and whether the report
 * was on time. The same facts as the confirmation page and the e-mail.
 */
export async function renderReportReceipt(
  report: ReportRow,
  organisation: { name: string; kvkNumber: string },
): Promise<Buffer> {
  const lang = report.language;
  const t = translator(lang);
  const { heading, row, note, finish } = await pdfDocument({
    title: t('employees.receipt.title'),
    documentTitle: `${t('employees.receipt.title')} ${report.reference}`,
    subject: t(kindKey(report.kind)),
    lang,
  });
  row(t('employees.receipt.reference'), report.reference);
  row(t('employees.receipt.receivedAt'), `${formatDateTime(lang, report.submitted_at)} (Europe/Amsterdam)`);
  row(t('employees.receipt.organisation'), `${organisation.name} (KVK ${organisation.kvkNumber})`);
  row(t('employees.receipt.kind'), t(kindKey(report.kind)));
  heading(t('employees.receipt.details'));
  if (report.employee_name) row(t('employees.col.name'), report.employee_name);
  if (report.v_number) row(t('employees.col.vNumber'), report.v_number);
  if (report.kind !== 'registration') row(t('employees.field.reason'), t(reasonKey(report)));
  row(
    t(report.kind === 'registration' ? 'employees.field.startDate' : 'employees.field.occurredOn'),
    formatDate(lang, report.occurred_on),
  );
  const d = report.details;
  if (typeof d.dateOfBirth === 'string') row(t('employees.col.dateOfBirth'), formatDate(lang, d.dateOfBirth));
  if (typeof d.job === 'string') row(t('employees.field.job'), d.job);
  if (typeof d.salaryCents === 'number') row(t('employees.field.salary'), formatMoney(lang, d.salaryCents));
  if (typeof d.address === 'string') row(t('employees.field.address'), d.address);
  if (report.explanation) row(t('employees.field.explanation'), report.explanation);
  heading(t('employees.receipt.deadlineTitle'));
  row(t('employees.deadline.label'), formatDate(lang, report.deadline));
  row(
    t('employees.receipt.timeliness'),
    t(report.late ? 'employees.receipt.late' : 'employees.receipt.onTime'),
  );
  note(t('employees.receipt.footer'));
  return finish();
}
