import { formatDate, formatDateTime, formatMoney } from '../../platform/i18n/i18n.ts';
import type { Translate } from '../../platform/i18n/catalogue.ts';
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
  type FieldError,
} from '../../platform/ui/components.tsx';
import { ConfirmationPanel } from '../../platform/ui/panel.tsx';
import { useView } from '../../platform/ui/view-context.ts';
import type { ApplicationType, DocumentType } from '../catalogue/model.ts';
import type { DecisionDates } from '../catalogue/decision-dates.ts';
import type { FormError, PageDefinition } from '../forms/engine.ts';
import { answerRows, formatBytes } from '../present.ts';
import type { Application, Attachment } from '../repository.ts';
import { Field, type Input } from './fields.tsx';

export function translateErrors(errors: FormError[], t: Translate): FieldError[] {
  return errors.map((e) => ({ field: e.field, message: t(e.key, e.params) }));
}

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
  application,
  type,
  page,
  step,
  input,
  errors,
  previous,
  returnTo,
}: {
  application: Application;
  type: ApplicationType;
  page: PageDefinition;
  step: { n: number; of: number };
  input: Input;
  errors: FormError[];
  previous: string | undefined;
  returnTo: string | undefined;
}) {
  const { t } = useView();
  const byField = new Map(errors.map((e) => [e.field, t(e.key, e.params)]));
  const action = `/applications/${application.id}/pages/${page.id}${returnTo ? '?return=check' : ''}`;
  return (
    <>
      <StepHeading type={type} step={step} title={t(page.title)} />
      <ErrorSummary errors={translateErrors(errors, t)} />
      {page.lead ? <Paragraph>{t(page.lead)}</Paragraph> : null}
      <Form action={action}>
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
      {previous ? (
        <Paragraph>
          <Link
            href={`/applications/${application.id}/${previous === 'documents' || previous === 'check' ? previous : `pages/${previous}`}`}
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
}) {
  const { t, lang } = useView();
  const base = `/applications/${application.id}`;
  return (
    <>
      <StepHeading type={type} step={step} title={t('apps.documents.title')} />
      {error ? <ErrorSummary errors={[{ field: 'file', message: error }]} /> : null}
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
                    <Form
                      action={`${base}/documents/${file.id}/delete`}
                      className="bp-inline-form"
                      key="remove"
                    >
                      <Button variant="subtle">
                        {t('apps.documents.remove')}
                        <span className="bp-visually-hidden"> {file.original_name}</span>
                      </Button>
                    </Form>,
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
          <div className="utrecht-form-field utrecht-form-field--select">
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor="documentType">
                {t('apps.documents.type')}
              </label>
            </div>
            <div className="utrecht-form-field__input">
              <select
                className="utrecht-select utrecht-select--html-select"
                id="documentType"
                name="documentType"
                defaultValue={
                  chosenType ??
                  documentTypes.find((d) => !attachments.some((a) => a.document_type === d.code))?.code
                }
              >
                {documentTypes.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.name[lang]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor="file">
                {t('apps.documents.file')}
              </label>
            </div>
            <div className="utrecht-form-field-description" id="file-description">
              {t('apps.documents.fileHint', { maxSize: formatBytes(lang, maxBytes) })}
            </div>
            {error ? (
              <div className="utrecht-form-field-error-message" id="file-error">
                {error}
              </div>
            ) : null}
            <div className="utrecht-form-field__input">
              <input
                className="bp-file-input"
                type="file"
                id="file"
                name="file"
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                aria-describedby={error ? 'file-description file-error' : 'file-description'}
                aria-invalid={error ? true : undefined}
              />
            </div>
          </div>
          <Button variant="secondary">{t('apps.documents.upload')}</Button>
        </Form>
      </section>
      <div className="bp-actions">
        <ButtonLink href={`${base}/check`}>{t('apps.documents.continue')}</ButtonLink>
      </div>
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
      {error ? <ErrorSummary errors={[{ field: 'declaration-first', message: error }]} /> : null}
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
        <fieldset
          className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
          aria-describedby={error ? 'declaration-error' : undefined}
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t(employee ? 'apps.declaration.legendEmployee' : 'apps.declaration.legend')}
          </legend>
          <div className="bp-declaration">
            <Paragraph>{t(employee ? 'apps.declaration.text1Employee' : 'apps.declaration.text1')}</Paragraph>
            <Paragraph>{t('apps.declaration.text2')}</Paragraph>
            <Paragraph>{t(employee ? 'apps.declaration.text3Employee' : 'apps.declaration.text3')}</Paragraph>
          </div>
          {error ? (
            <div className="utrecht-form-field-error-message" id="declaration-error">
              {error}
            </div>
          ) : null}
          <div className="utrecht-form-field utrecht-form-field--checkbox bp-choice">
            <div className="utrecht-form-field__input">
              <input
                className="utrecht-checkbox utrecht-checkbox--html-input"
                type="checkbox"
                id="declaration-first"
                name="declaration"
                value="agreed"
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="declaration-first">
                {t('apps.declaration.agree')}
              </label>
            </div>
          </div>
        </fieldset>
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
