import { formatDate, formatDateTime } from '../platform/i18n/i18n.ts';
import type { MessageKey } from '../platform/i18n/catalogue.ts';
import { Heading, Link, Paragraph, Table, type FieldError } from '../platform/ui/components.tsx';
import { errorOf, SelectField, TextField } from '../platform/ui/fields.tsx';
import { ListPage } from '../platform/ui/list-page.tsx';
import { useView } from '../platform/ui/view-context.ts';
import { CATEGORIES, type RegisterEntry } from './repository.ts';

export interface RegisterInput {
  q: string;
  place: string;
  category: string;
}

export function RegisterView(props: {
  input: RegisterInput;
  errors: FieldError[];
  rows: RegisterEntry[];
  asOf: Date | null;
  firstHref: string | null;
  nextHref: string | null;
  csvHref: string;
  jsonHref: string;
}) {
  const { t, lang } = useView();
  const error = (field: string) => errorOf(props.errors, field);
  const category = (c: string) => t(`category.${c}` as MessageKey);
  return (
    <>
      <ListPage
        title={t('register.title')}
        lead={t('register.lead')}
        above={
          <Paragraph>
            {props.asOf
              ? t('register.asOf', { date: formatDateTime(lang, props.asOf) })
              : t('register.asOfNever')}
          </Paragraph>
        }
        errors={props.errors}
        action="/register"
        filtersTitle={t('register.search')}
        apply={t('register.apply')}
        reset={t('register.reset')}
        resultsTitle={t('register.results')}
        empty={t('register.none')}
        firstHref={props.firstHref}
        nextHref={props.nextHref}
        filters={
          <>
            <TextField
              name="q"
              label={t('register.q')}
              description={t('register.q.hint')}
              value={props.input.q}
              maxLength={100}
              error={error('q')}
            />
            <TextField
              name="place"
              label={t('register.place')}
              value={props.input.place}
              maxLength={60}
              width="medium"
              error={error('place')}
            />
            <SelectField
              name="category"
              label={t('register.category')}
              options={[
                { value: '', label: t('register.category.any') },
                ...CATEGORIES.map((c) => ({ value: c, label: category(c) })),
              ]}
              value={props.input.category}
              error={error('category')}
            />
          </>
        }
        results={
          props.rows.length === 0 ? null : (
            <Table
              caption={t('register.caption')}
              scrollLabel={t('register.scroll')}
              head={[
                t('register.col.name'),
                t('register.col.kvk'),
                t('register.col.place'),
                t('register.col.categories'),
              ]}
              rows={props.rows.map((r) => ({
                key: r.id,
                cells: [
                  r.name,
                  r.kvkNumber,
                  r.place,
                  r.recognitions
                    .map((x) => `${category(x.category)} (${formatDate(lang, x.since)})`)
                    .join(', '),
                ],
              }))}
            />
          )
        }
      />
      <section className="bp-section" aria-labelledby="download">
        <Heading level={2} id="download">
          {t('register.download')}
        </Heading>
        <Paragraph>{t('register.download.lead')}</Paragraph>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">
            <Link href={props.csvHref}>{t('register.csv')}</Link>
          </li>
          <li className="utrecht-unordered-list__item">
            <Link href={props.jsonHref}>{t('register.json')}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
