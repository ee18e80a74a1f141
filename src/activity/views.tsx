import { API_CLIENT_SUBJECT } from '../platform/audit.ts';
import { formatDateTime } from '../platform/i18n/i18n.ts';
import type { MessageKey } from '../platform/i18n/catalogue.ts';
import {
  Alert,
  Button,
  Form,
  Heading,
  Link,
  Paragraph,
  Table,
  type FieldError,
} from '../platform/ui/components.tsx';
import { errorOf, SelectField, TextField } from '../platform/ui/fields.tsx';
import { ListPage } from '../platform/ui/list-page.tsx';
import { useView } from '../platform/ui/view-context.ts';
import type { ActivityRow, WhoOption } from './repository.ts';

export interface ActivityInput {
  who: string;
  action: string;
  from: string;
  to: string;
}

/** A pseudonym is long and opaque: its first characters identify it on screen. */
export const shortPseudonym = (subject: string) =>
  subject.length > 12 ? `${subject.slice(0, 12)}…` : subject;

/**
 * A subject in words: the name the organisation gave it, else "API client c334cfc7-1e2…" for an
 * API client's calls, else "Person <pseudonym>" (eHerkenning gives a pseudonym, never a name).
 */
export function subjectText(
  t: (key: MessageKey, params?: Record<string, string>) => string,
  subject: string | null,
  name: string | null,
): string {
  if (name) return name;
  if (subject?.startsWith(API_CLIENT_SUBJECT))
    return t('activity.apiClient', { client: shortPseudonym(subject.slice(API_CLIENT_SUBJECT.length)) });
  return t('activity.person', { pseudonym: shortPseudonym(subject ?? '') });
}

/** "Who" of a row in words: IND, a named person, an agency and its person. */
export function whoText(
  t: (key: MessageKey, params?: Record<string, string>) => string,
  row: ActivityRow,
): string {
  if (row.actorKind === 'staff') return t('activity.ind');
  // Another kind of actor than a person or staff (none audits for an organisation today): its
  // identifier. An API client acts as its organisation (kind 'business'): see subjectText.
  if (row.actorKind !== 'business') return t('activity.apiClient', { client: row.subject ?? row.actorKind });
  const person = subjectText(t, row.subject, row.subjectName);
  if (!row.intermediaryKvk) return person;
  const agency = t('activity.agency', { name: row.intermediaryName ?? '', kvk: row.intermediaryKvk });
  return t('activity.agencyPerson', { agency, person });
}

export function objectText(
  t: (key: MessageKey) => string,
  objects: Map<string, string>,
  row: ActivityRow,
): string {
  if (!row.objectType || !row.objectId) return t('activity.object.other');
  const known = objects.get(`${row.objectType}:${row.objectId}`);
  if (known) return known;
  switch (row.objectType) {
    case 'case':
    case 'document':
    case 'application':
    case 'employee':
      return t(`activity.object.${row.objectType}`);
    case 'recognition':
      return ['work', 'research', 'study', 'exchange'].includes(row.objectId)
        ? t(`category.${row.objectId}` as MessageKey)
        : t('activity.object.other');
    default:
      return t('activity.object.other');
  }
}

export function ActivityView(props: {
  organisation: string;
  agencyKvk: string | null;
  input: ActivityInput;
  errors: FieldError[];
  rows: ActivityRow[];
  objects: Map<string, string>;
  labelOf: (event: string) => string;
  who: WhoOption[];
  actions: { value: string; label: string }[];
  firstHref: string | null;
  nextHref: string | null;
  csvHref: string;
  mayName: boolean;
  nameErrors: FieldError[];
  nameInput: { subject: string; name: string };
  saved: boolean;
}) {
  const { t, lang } = useView();
  const error = (field: string) => errorOf(props.errors, field);
  const any = { value: '', label: t('activity.filter.any') };
  const whoOptions = [
    any,
    ...(props.agencyKvk ? [] : [{ value: 'ind', label: t('activity.ind') }]),
    ...props.who.map((w) => ({
      value: w.value,
      label: w.kvk
        ? t('activity.agency', { name: w.name ?? '', kvk: w.kvk })
        : subjectText(t, w.subject ?? null, w.name ?? null),
    })),
  ];
  const people = props.who.filter((w) => w.subject);
  return (
    <>
      <ListPage
        title={t('activity.title')}
        lead={
          props.agencyKvk
            ? t('activity.leadAgency', { organisation: props.organisation, kvk: props.agencyKvk })
            : t('activity.lead', { organisation: props.organisation })
        }
        above={props.saved ? <Alert type="ok">{t('activity.names.saved')}</Alert> : null}
        errors={[...props.errors, ...props.nameErrors]}
        action="/activity"
        filtersTitle={t('activity.filters')}
        apply={t('activity.filter.apply')}
        reset={t('activity.filter.reset')}
        resultsTitle={t('activity.results')}
        empty={t('activity.none')}
        firstHref={props.firstHref}
        nextHref={props.nextHref}
        next={t('activity.page.next')}
        filters={
          <>
            <SelectField
              name="who"
              label={t('activity.filter.who')}
              options={whoOptions}
              value={props.input.who}
              error={error('who')}
            />
            <SelectField
              name="action"
              label={t('activity.filter.action')}
              options={[any, ...props.actions]}
              value={props.input.action}
              error={error('action')}
            />
            <TextField
              name="from"
              type="date"
              label={t('activity.filter.from')}
              value={props.input.from}
              error={error('from')}
            />
            <TextField
              name="to"
              type="date"
              label={t('activity.filter.to')}
              value={props.input.to}
              error={error('to')}
            />
          </>
        }
        results={
          props.rows.length === 0 ? null : (
            <Table
              caption={t('activity.caption')}
              scrollLabel={t('activity.scroll')}
              head={[
                t('activity.col.when'),
                t('activity.col.who'),
                t('activity.col.what'),
                t('activity.col.object'),
              ]}
              rows={props.rows.map((r) => ({
                key: String(r.id),
                cells: [
                  formatDateTime(lang, r.at),
                  whoText(t, r),
                  props.labelOf(r.event),
                  objectText(t, props.objects, r),
                ],
              }))}
            />
          )
        }
      >
        <Paragraph>
          <Link href={props.csvHref}>{t('activity.csv')}</Link>
        </Paragraph>
      </ListPage>
      <section className="bp-section" aria-labelledby="names">
        <Heading level={2} id="names">
          {t('activity.names.title')}
        </Heading>
        <Paragraph>{t('activity.names.lead')}</Paragraph>
        {!props.mayName ? (
          <Paragraph>{t('activity.names.agencyOnly')}</Paragraph>
        ) : people.length === 0 ? null : (
          <Form action="/activity/names" ariaLabel={t('activity.names.title')}>
            <SelectField
              name="subject"
              label={t('activity.names.subject')}
              options={people.map((p) => ({
                value: p.subject ?? '',
                label: p.name
                  ? `${p.name} (${shortPseudonym(p.subject ?? '')})`
                  : shortPseudonym(p.subject ?? ''),
              }))}
              value={props.nameInput.subject}
              error={errorOf(props.nameErrors, 'subject')}
            />
            <TextField
              name="name"
              label={t('activity.names.name')}
              maxLength={80}
              width="medium"
              value={props.nameInput.name}
              error={errorOf(props.nameErrors, 'name')}
            />
            <Button variant="secondary">{t('activity.names.save')}</Button>
          </Form>
        )}
      </section>
    </>
  );
}
