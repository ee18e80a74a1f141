import { formatDate, formatDateTime, formatMoney } from '../../platform/i18n/i18n.ts';
import {
  Alert,
  Button,
  ButtonLink,
  DataList,
  ErrorSummary,
  Form,
  Heading,
  Link,
  Paragraph,
  Table,
} from '../../platform/ui/components.tsx';
import { PAGE_FORM_ID } from '../../platform/http/kept-input.ts';
import { ConfirmationPanel } from '../../platform/ui/panel.tsx';
import { Checkboxes, FileField, SelectField } from '../../platform/ui/fields.tsx';
import { useView } from '../../platform/ui/view-context.ts';
import type { ApplicationType, DocumentType } from '../catalogue/model.ts';
import type { DecisionDates } from '../catalogue/decision-dates.ts';
import type { FormError, PageDefinition } from '../forms/engine.ts';
import { answerRows, formatBytes } from '../present.ts';
import type { Application, Attachment } from '../repository.ts';
import { Field, translateErrors, type Input } from './fields.tsx';

export { translateErrors };

/** "Step n of m" and the type, above every step's heading. */
function StepHeading({
  type,
  step,
  title,
}: {
  type: ApplicationType;
  step: { n: number; of: number };
  title: string;
}) {
  const { t, lang } = useView();
  return (
    <>
      <p className="nl-paragraph bp-step">
        <span className="bp-step__count">{t('apps.step', { n: step.n, of: step.of })}</span>
        <span className="bp-step__type">{type.name[lang]}</span>
      </p>
      <Heading level={1}>{title}</Heading>
    </>
  );
}

export function FormPageView({
  applicationId,
  action,
  type,
  page,
  step,
  input,
  errors,
  previous,
  returnTo,
  notice,
}: {
  /** Undefined for a new application: no draft exists before the first save. */
  applicationId: string | undefined;
  action: string;
  type: ApplicationType;
  page: PageDefinition;
  step: { n: number; of: number };
  input: Input;
  errors: FormError[];
  previous: string | undefined;
  returnTo: string | undefined;
  /** A message above the form (the input was kept over a new login; saved but not yet complete). */
  notice?: { type: 'info' | 'warning'; text: string } | undefined;
}) {
  const { t } = useView();
  const byField = new Map(errors.map((e) => [e.field, e]));
  return (
    <>
      <ErrorSummary errors={translateErrors(errors, t, page)} />
      {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
      <StepHeading type={type} step={step} title={t(page.title)} />
      {page.lead ? <Paragraph>{t(page.lead)}</Paragraph> : null}
      <Form id={PAGE_FORM_ID} action={`${action}${returnTo ? '?return=check' : ''}`}>
        {page.fields.map((field) => (
          <Field key={field.name} field={field} input={input} error={byField.get(field.name)} />
        ))}
        <div className="bp-actions">
          <Button>{returnTo ? t('apps.saveAndReturn') : t('apps.saveAndContinue')}</Button>
          <Button variant="secondary" name="action" value="save">
            {t('apps.saveForLater')}
          </Button>
        </div>
      </Form>
      {previous && applicationId ? (
        <Paragraph>
          <Link
            href={`/applications/${applicationId}/${previous === 'documents' || previous === 'check' ? previous : `pages/${previous}`}`}
          >
            {t('apps.previous')}
          </Link>
        </Paragraph>
      ) : null}
    </>
  );
}

export function DocumentsView({
  application,
  type,
  documentTypes,
  attachments,
  step,
  error,
  maxFiles,
  maxBytes,
  chosenType,
  notice,
}: {
  application: Application;
  type: ApplicationType;
  documentTypes: DocumentType[];
  attachments: Attachment[];
  step: { n: number; of: number };
  error: string | undefined;
  maxFiles: number;
  maxBytes: number;
  chosenType: string | undefined;
  notice?: 'uploaded' | 'removed' | undefined;
}) {
  const { t, lang } = useView();
  const base = `/applications/${application.id}`;
  return (
    <>
      {error ? <ErrorSummary errors={[{ field: 'file', message: error }]} /> : null}
      {notice ? (
        <Alert type="ok">
          {t(notice === 'uploaded' ? 'apps.documents.uploaded' : 'apps.documents.removed')}
        </Alert>
      ) : null}
      <StepHeading type={type} step={step} title={t('apps.documents.title')} />
      <Paragraph>{t('apps.documents.lead', { maxFiles, maxSize: formatBytes(lang, maxBytes) })}</Paragraph>
      {documentTypes.map((documentType) => {
        const files = attachments.filter((a) => a.document_type === documentType.code);
        return (
          <section
            className="bp-section"
            key={documentType.code}
            aria-labelledby={`doc-${documentType.code}`}
          >
            <Heading level={2} id={`doc-${documentType.code}`}>
              {documentType.name[lang]}
            </Heading>
            <Paragraph>{documentType.hint[lang]}</Paragraph>
            {files.length === 0 ? (
              <Paragraph>
                <strong>{t('apps.documents.missing')}</strong>
              </Paragraph>
            ) : (
              <Table
                caption={t('apps.documents.uploadedFor', { type: documentType.name[lang] })}
                head={[t('apps.documents.file'), t('apps.documents.size'), t('apps.drafts.actions')]}
                rows={files.map((file) => ({
                  key: file.id,
                  cells: [
                    <Link href={`${base}/documents/${file.id}`} key="name">
                      {file.original_name}
                    </Link>,
                    formatBytes(lang, file.size_bytes),
                    <Link href={`${base}/documents/${file.id}/delete`} key="remove">
                      {t('apps.documents.remove')}
                      <span className="bp-visually-hidden"> {file.original_name}</span>
                    </Link>,
                  ],
                }))}
              />
            )}
          </section>
        );
      })}
      <section className="bp-section bp-upload" aria-labelledby="upload">
        <Heading level={2} id="upload">
          {t('apps.documents.uploadTitle')}
        </Heading>
        <Form action={`${base}/documents`} multipart>
          <SelectField
            name="documentType"
            label={t('apps.documents.type')}
            value={
              chosenType ??
              documentTypes.find((d) => !attachments.some((a) => a.document_type === d.code))?.code
            }
            options={documentTypes.map((d) => ({ value: d.code, label: d.name[lang] }))}
          />
          <FileField
            name="file"
            label={t('apps.documents.file')}
            description={t('apps.documents.fileHint', { maxSize: formatBytes(lang, maxBytes) })}
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            error={error}
          />
          <div className="bp-actions">
            <Button variant="secondary" name="action" value="upload">
              {t('apps.documents.upload')}
            </Button>
          </div>
          <Paragraph>{t('apps.documents.continueHint')}</Paragraph>
          <div className="bp-actions">
            <Button name="action" value="continue">
              {t('apps.documents.continue')}
            </Button>
          </div>
        </Form>
      </section>
      <Paragraph>
        <Link href={`${base}/pages/${type.pages.at(-1) ?? 'personal'}`}>{t('apps.previous')}</Link>
      </Paragraph>
    </>
  );
}

export function CheckView({
  application,
  type,
  pages,
  attachments,
  documentTypes,
  step,
  missingDocuments,
  invalidPage,
}: {
  application: Application;
  type: ApplicationType;
  pages: PageDefinition[];
  attachments: Attachment[];
  documentTypes: DocumentType[];
  step: { n: number; of: number };
  missingDocuments: string[];
  invalidPage: string | undefined;
}) {
  const { t, lang } = useView();
  const base = `/applications/${application.id}`;
  const complete = !invalidPage && missingDocuments.length === 0;
  return (
    <>
      <StepHeading type={type} step={step} title={t('apps.check.title')} />
      {complete ? null : (
        <Alert type="warning" title={t('apps.check.incompleteTitle')}>
          <Paragraph>{t('apps.check.incompleteBody')}</Paragraph>
        </Alert>
      )}
      {pages.map((page) => (
        <section className="bp-section" key={page.id} aria-labelledby={`check-${page.id}`}>
          <Heading level={2} id={`check-${page.id}`}>
            {t(page.title)}
          </Heading>
          {invalidPage === page.id ? (
            <Paragraph>
              <strong>{t('apps.check.pageIncomplete')}</strong>
            </Paragraph>
          ) : null}
          <DataList
            items={answerRows(page, application.answers, t, lang).map((row) => ({
              key: row.label,
              value: row.value,
            }))}
          />
          <Paragraph>
            <Link href={`${base}/pages/${page.id}?return=check`}>
              {t('apps.check.change')}
              <span className="bp-visually-hidden"> {t(page.title)}</span>
            </Link>
          </Paragraph>
        </section>
      ))}
      <section className="bp-section" aria-labelledby="check-documents">
        <Heading level={2} id="check-documents">
          {t('apps.documents.title')}
        </Heading>
        <DataList
          items={documentTypes.map((d) => {
            const files = attachments.filter((a) => a.document_type === d.code);
            return {
              key: d.name[lang],
              value:
                files.length > 0 ? (
                  files.map((f) => `${f.original_name} (${formatBytes(lang, f.size_bytes)})`).join(', ')
                ) : (
                  <strong>{t('apps.documents.missing')}</strong>
                ),
            };
          })}
        />
        <Paragraph>
          <Link href={`${base}/documents`}>
            {t('apps.check.change')}
            <span className="bp-visually-hidden"> {t('apps.documents.title')}</span>
          </Link>
        </Paragraph>
      </section>
      <div className="bp-actions">
        {complete ? <ButtonLink href={`${base}/declaration`}>{t('apps.check.continue')}</ButtonLink> : null}
      </div>
      <Paragraph>
        <Link href={`${base}/documents`}>{t('apps.previous')}</Link>
      </Paragraph>
    </>
  );
}

export function DeclarationView({
  application,
  type,
  step,
  fee,
  decisionDays,
  serviceTarget,
  error,
}: {
  application: Application;
  type: ApplicationType;
  step: { n: number; of: number };
  fee: ({ cents: number; year: number } | { missingYear: number }) & {
    method: 'direct_debit' | 'payment_letter';
  };
  decisionDays: number;
  /** The IND's service target applies (a recognised sponsor's application). */
  serviceTarget: boolean;
  error: string | undefined;
}) {
  const { t, lang } = useView();
  const base = `/applications/${application.id}`;
  const employee = type.sponsor === 'employee';
  if ('missingYear' in fee) {
    // A year without fees is not guessed: nothing can be submitted until the IND adds them.
    return (
      <>
        <StepHeading type={type} step={step} title={t('apps.declaration.title')} />
        <Alert type="warning" title={t('apps.amountsMissing.title', { year: fee.missingYear })}>
          <Paragraph>{t('apps.amountsMissing.body', { year: fee.missingYear })}</Paragraph>
        </Alert>
        <Paragraph>
          <Link href={`${base}/check`}>{t('apps.previous')}</Link>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <StepHeading type={type} step={step} title={t('apps.declaration.title')} />
      {error ? <ErrorSummary errors={[{ field: 'declaration', message: error }]} /> : null}
      <section className="bp-section" aria-labelledby="fee">
        <Heading level={2} id="fee">
          {t('apps.declaration.feeTitle')}
        </Heading>
        <DataList
          items={[
            {
              key: t('apps.receipt.fee'),
              value: t('apps.declaration.feeValue', { fee: formatMoney(lang, fee.cents), year: fee.year }),
            },
            {
              key: t('apps.receipt.payment'),
              value: t(fee.method === 'direct_debit' ? 'apps.fee.directDebit' : 'apps.fee.paymentLetter'),
            },
            {
              key: t('apps.receipt.decisionPeriod'),
              value: t('apps.declaration.decisionDays', { days: decisionDays }),
            },
            ...(serviceTarget
              ? [{ key: t('apps.receipt.serviceTarget'), value: t('apps.serviceTarget.weeks') }]
              : []),
          ]}
        />
      </section>
      <Form action={`${base}/declaration`}>
        <Checkboxes
          name="declaration"
          label={t(employee ? 'apps.declaration.legendEmployee' : 'apps.declaration.legend')}
          error={error}
          intro={
            <div className="bp-declaration">
              <Paragraph>
                {t(employee ? 'apps.declaration.text1Employee' : 'apps.declaration.text1')}
              </Paragraph>
              <Paragraph>{t('apps.declaration.text2')}</Paragraph>
              <Paragraph>
                {t(employee ? 'apps.declaration.text3Employee' : 'apps.declaration.text3')}
              </Paragraph>
            </div>
          }
          options={[{ value: 'agreed', label: t('apps.declaration.agree') }]}
          values={[]}
        />
        <div className="bp-actions">
          <Button>{t('apps.declaration.submit')}</Button>
        </div>
      </Form>
      <Paragraph>
        <Link href={`${base}/check`}>{t('apps.previous')}</Link>
      </Paragraph>
    </>
  );
}

export function ConfirmationView({
  application,
  type,
  decision,
}: {
  application: Application;
  type: ApplicationType;
  decision: DecisionDates;
}) {
  const { t, lang } = useView();
  const when = application.submitted_at ? formatDateTime(lang, application.submitted_at) : '';
  return (
    <>
      <ConfirmationPanel title={t('apps.confirmation.title')} reference={application.reference ?? ''} />
      <Paragraph lead>{t('apps.confirmation.mention')}</Paragraph>
      <Heading level={2}>{t('apps.confirmation.heading')}</Heading>
      <DataList
        items={[
          { key: t('apps.receipt.reference'), value: <strong>{application.reference}</strong> },
          { key: t('apps.receipt.type'), value: type.name[lang] },
          { key: t('apps.receipt.submittedAt'), value: when },
          { key: t('apps.receipt.fee'), value: formatMoney(lang, application.fee_cents ?? 0) },
          {
            key: t('apps.receipt.payment'),
            value: t(
              application.payment_method === 'direct_debit'
                ? 'apps.fee.directDebit'
                : 'apps.fee.paymentLetter',
            ),
          },
          { key: t('apps.confirmation.decisionBy'), value: formatDate(lang, decision.statutoryEnd) },
          ...(decision.serviceTarget
            ? [
                {
                  key: t('apps.receipt.serviceTarget'),
                  value: t('apps.serviceTarget.value', {
                    complete: formatDate(lang, decision.serviceTarget.complete),
                    incomplete: formatDate(lang, decision.serviceTarget.incomplete),
                  }),
                },
              ]
            : []),
        ]}
      />
      <Paragraph>
        <Link href={`/applications/${application.id}/receipt.pdf`}>{t('apps.confirmation.receipt')}</Link>
      </Paragraph>
      <Heading level={2}>{t('apps.confirmation.nextTitle')}</Heading>
      <Paragraph>{t('apps.confirmation.nextMail')}</Paragraph>
      <Paragraph>
        {application.payment_method === 'payment_letter'
          ? t('apps.confirmation.nextLetter')
          : t('apps.confirmation.nextDecision')}
      </Paragraph>
      <div className="bp-actions">
        <ButtonLink href="/applications" secondary>
          {t('apps.confirmation.another')}
        </ButtonLink>
      </div>
    </>
  );
}

/** Asks before an uploaded document is removed (a page of its own: works without JavaScript). */
export function ConfirmRemoveDocumentView({
  applicationId,
  attachment,
}: {
  applicationId: string;
  attachment: Attachment;
}) {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('apps.documents.confirmRemove.title')}</Heading>
      <Paragraph>{t('apps.documents.confirmRemove.body', { name: attachment.original_name })}</Paragraph>
      <Form action={`/applications/${applicationId}/documents/${attachment.id}/delete`}>
        <div className="bp-actions">
          <Button variant="danger">{t('apps.documents.confirmRemove.yes')}</Button>
          <Link href={`/applications/${applicationId}/documents`}>
            {t('apps.documents.confirmRemove.no')}
          </Link>
        </div>
      </Form>
    </>
  );
}
