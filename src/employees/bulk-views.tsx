import type { MessageKey, Translate } from '../platform/i18n/catalogue.ts';
import { numberFormat } from '../platform/i18n/i18n.ts';
import {
  Alert,
  Button,
  ErrorSummary,
  Form,
  Heading,
  Link,
  Paragraph,
  Table,
  type FieldError,
} from '../platform/ui/components.tsx';
import { errorOf, FileField } from '../platform/ui/fields.tsx';
import { useView } from '../platform/ui/view-context.ts';
import { BULK_MAX_ROWS, type BatchSummary, type BulkRow } from './bulk.ts';
import { DEREGISTRATION_REASONS } from './rules.ts';

/** The messages of a bulk row's problems, in the reader's language. */
export function problemText(t: Translate, row: Pick<BulkRow, 'problems'>): string {
  return row.problems.map((p) => t(p.key as MessageKey, p.params)).join(' ');
}

export function BulkUploadView({ errors }: { errors: FieldError[] }) {
  const { t, lang } = useView();
  return (
    <>
      <ErrorSummary errors={errors} />
      <Heading level={1}>{t('employees.bulk.title')}</Heading>
      <Paragraph lead>{t('employees.bulk.lead')}</Paragraph>
      <Paragraph>
        {t('employees.bulk.format', {
          reasons: DEREGISTRATION_REASONS.join(', '),
          max: numberFormat(lang, {}).format(BULK_MAX_ROWS),
        })}
      </Paragraph>
      <Paragraph>
        <Link href="/employees/bulk/template.csv">{t('employees.bulk.template')}</Link>
      </Paragraph>
      <Form action="/employees/bulk" multipart ariaLabel={t('employees.bulk.title')}>
        <FileField
          name="file"
          label={t('employees.bulk.file')}
          accept=".csv,text/csv"
          error={errorOf(errors, 'file')}
        />
        <Button>{t('employees.bulk.upload')}</Button>
      </Form>
    </>
  );
}

function RowsTable({
  rows,
  caption,
  withProblems,
}: {
  rows: BulkRow[];
  caption: string;
  withProblems: boolean;
}) {
  const { t } = useView();
  return (
    <Table
      caption={caption}
      scrollLabel={caption}
      head={[
        t('employees.bulk.col.line'),
        t('employees.col.vNumber'),
        t('employees.field.reason'),
        t('employees.field.occurredOn'),
        withProblems ? t('employees.bulk.col.problems') : t('employees.bulk.col.outcome'),
      ]}
      rows={rows.map((row) => ({
        key: String(row.line),
        cells: [
          String(row.line),
          row.v_number,
          row.reason,
          row.occurred_on,
          withProblems
            ? problemText(t, row)
            : row.reference
              ? t('employees.bulk.outcome.submitted', { reference: row.reference })
              : t('employees.bulk.outcome.valid'),
        ],
      }))}
    />
  );
}

export function BulkPreviewView(props: {
  batch: BatchSummary;
  invalid: BulkRow[];
  valid: BulkRow[];
  submitted: number;
  refused: number;
}) {
  const { t } = useView();
  const { batch } = props;
  const invalidCount = batch.total_rows - batch.valid_rows;
  return (
    <>
      <Heading level={1}>{t('employees.bulk.preview.title')}</Heading>
      {batch.state === 'submitted' ? (
        <Alert type="ok">
          <p className="nl-paragraph">
            {t('employees.bulk.done', { submitted: props.submitted, refused: props.refused })}
          </p>
        </Alert>
      ) : (
        <Paragraph lead>
          {t('employees.bulk.preview.counts', {
            total: batch.total_rows,
            valid: batch.valid_rows,
            invalid: invalidCount,
          })}
        </Paragraph>
      )}
      <Paragraph>
        <Link href={`/employees/bulk/${batch.id}/result.csv`}>{t('employees.bulk.result')}</Link>
      </Paragraph>
      {props.invalid.length > 0 ? (
        <section className="bp-section" aria-labelledby="invalid-rows">
          <Heading level={2} id="invalid-rows">
            {t('employees.bulk.preview.invalid')}
          </Heading>
          <RowsTable rows={props.invalid} caption={t('employees.bulk.table.invalid')} withProblems />
          {invalidCount > props.invalid.length ? (
            <Paragraph>
              {t('employees.bulk.preview.more', { count: invalidCount - props.invalid.length })}
            </Paragraph>
          ) : null}
        </section>
      ) : null}
      {props.valid.length > 0 ? (
        <section className="bp-section" aria-labelledby="valid-rows">
          <Heading level={2} id="valid-rows">
            {t('employees.bulk.preview.valid')}
          </Heading>
          <RowsTable rows={props.valid} caption={t('employees.bulk.table.valid')} withProblems={false} />
        </section>
      ) : null}
      {batch.state === 'preview' ? (
        batch.valid_rows > 0 ? (
          <Form action={`/employees/bulk/${batch.id}/submit`} ariaLabel={t('employees.bulk.title')}>
            <Button>{t('employees.bulk.submit', { count: batch.valid_rows })}</Button>
          </Form>
        ) : (
          <Alert type="warning">
            <p className="nl-paragraph">{t('employees.bulk.nothing')}</p>
          </Alert>
        )
      ) : null}
      <Paragraph>
        <Link href="/employees/bulk">{t('employees.bulk.again')}</Link>
      </Paragraph>
    </>
  );
}
