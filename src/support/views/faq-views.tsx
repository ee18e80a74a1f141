import { TextField } from '../../platform/ui/fields.tsx';
import {
  Alert,
  Button,
  ButtonLink,
  ErrorSummary,
  Form,
  Heading,
  Link,
  Paragraph,
  Table,
} from '../../platform/ui/components.tsx';
import { formatDateTime } from '../../platform/i18n/i18n.ts';
import { useView } from '../../platform/ui/view-context.ts';
import { PlainText } from '../plain-text.tsx';
import { FAQ_CATEGORIES, type FaqCategory } from '../schema.ts';
import type { FaqEntry } from '../faq/repository.ts';
import { ANSWER_MAX, QUESTION_MAX, type FaqFieldError, type FaqFormInput } from '../faq/service.ts';
import { SelectField, TextArea } from '../../platform/ui/fields.tsx';

export interface FaqView {
  slug: string;
  category: FaqCategory;
  question: string;
  answer: string;
}

function SearchForm({ q }: { q: string }) {
  const { t } = useView();
  return (
    <form method="get" action="/faq" role="search" aria-label={t('faq.search')} className="bp-search">
      <TextField name="q" label={t('faq.searchLabel')} value={q} maxLength={200} />
      <Button variant="secondary">{t('faq.searchButton')}</Button>
    </form>
  );
}

export function FaqIndexPage({ entries, q }: { entries: FaqView[]; q: string }) {
  const { t } = useView();
  const searching = q.trim() !== '';
  return (
    <>
      <Heading level={1}>{t('faq.title')}</Heading>
      <Paragraph lead>{t('faq.lead')}</Paragraph>
      <SearchForm q={q} />
      {searching ? (
        <div role="status">
          <Paragraph>
            {entries.length > 0
              ? entries.length === 1
                ? t('faq.results.one', { q })
                : t('faq.results', { count: entries.length, q })
              : t('faq.noResults', { q })}
          </Paragraph>
        </div>
      ) : null}
      {FAQ_CATEGORIES.map((category) => {
        const inCategory = entries.filter((e) => e.category === category);
        if (inCategory.length === 0) return null;
        return (
          <section className="bp-section" aria-labelledby={`category-${category}`} key={category}>
            <Heading level={2} id={`category-${category}`}>
              {t(`faq.category.${category}`)}
            </Heading>
            <ul className="utrecht-unordered-list">
              {inCategory.map((entry) => (
                <li className="utrecht-unordered-list__item" key={entry.slug}>
                  <Link href={`/faq/${entry.slug}`}>{entry.question}</Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {searching ? (
        <Paragraph>
          <Link href="/faq">{t('faq.clear')}</Link>
        </Paragraph>
      ) : null}
      <section className="bp-section" aria-labelledby="not-helped">
        <Heading level={2} id="not-helped">
          {t('faq.notHelped')}
        </Heading>
        <Paragraph>
          <Link href="/report-a-problem">{t('footer.reportProblem')}</Link>
        </Paragraph>
      </section>
    </>
  );
}

export function FaqEntryPage({ entry }: { entry: FaqView }) {
  const { t } = useView();
  return (
    <>
      <Paragraph>{t(`faq.category.${entry.category}`)}</Paragraph>
      <Heading level={1}>{entry.question}</Heading>
      <PlainText text={entry.answer} />
      <section className="bp-section" aria-labelledby="not-helped">
        <Heading level={2} id="not-helped">
          {t('faq.notHelped')}
        </Heading>
        <Paragraph>
          <Link href="/report-a-problem">{t('footer.reportProblem')}</Link>
        </Paragraph>
      </section>
      <Paragraph>
        <Link href="/faq">{t('faq.back')}</Link>
      </Paragraph>
    </>
  );
}

export function StaffFaqListPage({ entries, notice }: { entries: FaqEntry[]; notice: string | undefined }) {
  const { t, lang } = useView();
  return (
    <>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <Heading level={1}>{t('faq.staff.title')}</Heading>
      <Paragraph lead>{t('faq.staff.lead')}</Paragraph>
      <div className="bp-actions">
        <ButtonLink href="/backoffice/faq/new">{t('faq.staff.new')}</ButtonLink>
      </div>
      <Table
        caption={t('faq.staff.caption')}
        head={[
          t('faq.staff.col.question'),
          t('faq.staff.col.category'),
          t('faq.staff.col.published'),
          t('faq.staff.col.updated'),
        ]}
        rows={entries.map((e) => ({
          key: e.id,
          cells: [
            <Link href={`/backoffice/faq/${e.id}`} key="q">
              {lang === 'nl' ? e.question_nl : e.question_en}
            </Link>,
            t(`faq.category.${e.category}`),
            e.published ? t('faq.staff.yes') : t('faq.staff.no'),
            formatDateTime(lang, e.updated_at),
          ],
        }))}
      />
    </>
  );
}

export function StaffFaqFormPage({
  id,
  values,
  errors,
  published,
  notice,
}: {
  id: string | null;
  values: FaqFormInput;
  errors: FaqFieldError[];
  published: boolean | null;
  notice: string | undefined;
}) {
  const { t } = useView();
  const messages = errors.map((e) => ({ field: e.field, message: t(e.key, e.params) }));
  const errorOf = (field: keyof FaqFormInput) => messages.find((m) => m.field === field)?.message;
  return (
    <>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <ErrorSummary errors={messages} />
      <Heading level={1}>{id ? t('faq.staff.editTitle') : t('faq.staff.newTitle')}</Heading>
      <Paragraph>{t('faq.staff.lead')}</Paragraph>
      {id && published !== null ? (
        <div className="bp-actions">
          <Paragraph>
            {t('faq.staff.status', {
              state: t(published ? 'faq.staff.state.published' : 'faq.staff.state.draft'),
            })}
          </Paragraph>
          <Form action={`/backoffice/faq/${id}/publication`} className="bp-inline-form">
            <input type="hidden" name="published" value={published ? 'false' : 'true'} />
            <Button variant="secondary">
              {published ? t('faq.staff.unpublish') : t('faq.staff.publish')}
            </Button>
          </Form>
          {published ? <Link href={`/faq/${values.slug}`}>{t('faq.staff.view')}</Link> : null}
        </div>
      ) : null}
      <Form action={id ? `/backoffice/faq/${id}` : '/backoffice/faq'} className="bp-form">
        <TextField
          name="slug"
          label={t('faq.staff.slug')}
          description={t('faq.staff.slug.help')}
          value={values.slug}
          error={errorOf('slug')}
          maxLength={80}
          required
        />
        <SelectField
          name="category"
          label={t('faq.staff.category')}
          value={values.category}
          error={errorOf('category')}
          options={FAQ_CATEGORIES.map((c) => ({ value: c, label: t(`faq.category.${c}`) }))}
          required
        />
        <TextField
          name="position"
          label={t('faq.staff.position')}
          value={values.position}
          error={errorOf('position')}
          inputMode="numeric"
          width="short"
        />
        <TextField
          name="question_nl"
          label={t('faq.staff.questionNl')}
          value={values.question_nl}
          error={errorOf('question_nl')}
          maxLength={QUESTION_MAX}
          required
        />
        <TextArea
          name="answer_nl"
          label={t('faq.staff.answerNl')}
          value={values.answer_nl}
          error={errorOf('answer_nl')}
          maxLength={ANSWER_MAX}
          rows={12}
          required
        />
        <TextField
          name="question_en"
          label={t('faq.staff.questionEn')}
          value={values.question_en}
          error={errorOf('question_en')}
          maxLength={QUESTION_MAX}
          required
        />
        <TextArea
          name="answer_en"
          label={t('faq.staff.answerEn')}
          value={values.answer_en}
          error={errorOf('answer_en')}
          maxLength={ANSWER_MAX}
          rows={12}
          required
        />
        <div className="bp-actions">
          <Button>{t('faq.staff.save')}</Button>
        </div>
      </Form>
      <Paragraph>
        <Link href="/backoffice/faq">{t('faq.staff.back')}</Link>
      </Paragraph>
    </>
  );
}
