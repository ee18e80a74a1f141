import type { ReactNode } from 'react';
import { Button, ErrorSummary, Heading, Link, Paragraph, type FieldError } from './components.tsx';
import { useView } from './view-context.ts';

/**
 * Keyset paging: a link back to the first page and one to the next (there is no "previous" or
 * page count in a keyset list). Nothing when the list fits on one page.
 */
export function Pagination(props: { firstHref: string | null; nextHref: string | null; next?: string }) {
  const { t } = useView();
  if (!props.firstHref && !props.nextHref) return null;
  return (
    <nav className="bp-pagination" aria-label={t('list.page.nav')}>
      <ul className="utrecht-unordered-list">
        {props.firstHref ? (
          <li className="utrecht-unordered-list__item">
            <Link href={props.firstHref}>{t('list.page.first')}</Link>
          </li>
        ) : null}
        {props.nextHref ? (
          <li className="utrecht-unordered-list__item">
            <Link href={props.nextHref}>{props.next ?? t('list.page.next')}</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/**
 * A list page (cases, employees, the activity log, the public register): heading, lead, what
 * stands above the list (`above`: the moment of the information, a notice), the error summary,
 * the filters in a GET form (no CSRF: it changes nothing), then the results (or `empty` when
 * there are none), the pager and `children` (downloads) in the results' section.
 */
export function ListPage(props: {
  title: string;
  lead: ReactNode;
  above?: ReactNode;
  errors: FieldError[];
  action: string;
  filters: ReactNode;
  /** The filter section's heading; "Zoeken en filteren" by default. */
  filtersTitle?: string;
  apply: string;
  /** The link that clears the filters; "Filters wissen" by default. */
  reset?: string;
  /** The results section's heading; the page title by default. */
  resultsTitle?: string;
  empty: string;
  results: ReactNode | null;
  firstHref: string | null;
  nextHref: string | null;
  /** The label of the next-page link, where "next" needs saying what comes (older entries). */
  next?: string;
  children?: ReactNode;
}) {
  const { t } = useView();
  const filtersTitle = props.filtersTitle ?? t('list.filters');
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <Heading level={1}>{props.title}</Heading>
      <Paragraph lead>{props.lead}</Paragraph>
      {props.above}
      <section className="bp-section" aria-labelledby="filters">
        <Heading level={2} id="filters">
          {filtersTitle}
        </Heading>
        <form method="get" action={props.action} className="bp-filters" aria-label={filtersTitle} noValidate>
          {props.filters}
          <Button>{props.apply}</Button> <Link href={props.action}>{props.reset ?? t('list.reset')}</Link>
        </form>
      </section>
      <section className="bp-section" aria-labelledby="results">
        <Heading level={2} id="results">
          {props.resultsTitle ?? props.title}
        </Heading>
        {props.results ?? <Paragraph>{props.empty}</Paragraph>}
        <Pagination
          firstHref={props.firstHref}
          nextHref={props.nextHref}
          {...(props.next ? { next: props.next } : {})}
        />
        {props.children}
      </section>
    </>
  );
}
