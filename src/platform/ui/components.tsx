import type { ReactNode } from 'react';
import { useView } from './view-context.ts';

/**
 * Small server-side components that emit NL Design System (Rijkshuisstijl community)
 * class names. No client JavaScript and no inline styles (the CSP forbids them).
 */

type HeadingLevel = 1 | 2 | 3 | 4;

export function Heading({ level, children, id }: { level: HeadingLevel; children: ReactNode; id?: string }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={`nl-heading nl-heading--level-${level}`}>
      {children}
    </Tag>
  );
}

export function Paragraph({ children, lead = false }: { children: ReactNode; lead?: boolean }) {
  return <p className={lead ? 'nl-paragraph nl-paragraph--lead' : 'nl-paragraph'}>{children}</p>;
}

export function Link({
  href,
  children,
  current = false,
}: {
  href: string;
  children: ReactNode;
  current?: boolean;
}) {
  return (
    <a
      className={current ? 'nl-link nl-link--current' : 'nl-link'}
      href={href}
      aria-current={current ? 'page' : undefined}
    >
      {children}
    </a>
  );
}

export function ButtonLink({
  href,
  children,
  secondary = false,
}: {
  href: string;
  children: ReactNode;
  secondary?: boolean;
}) {
  const variant = secondary ? 'utrecht-button-link--secondary-action' : 'utrecht-button-link--primary-action';
  return (
    <a className={`utrecht-button-link utrecht-button-link--html-a ${variant}`} href={href}>
      {children}
    </a>
  );
}

export function Button({
  children,
  variant = 'primary',
  name,
  value,
}: {
  children: ReactNode;
  variant?: 'primary' | 'secondary' | 'subtle' | 'danger';
  name?: string;
  value?: string;
}) {
  const variantClass =
    variant === 'primary'
      ? 'utrecht-button--primary-action'
      : variant === 'secondary'
        ? 'utrecht-button--secondary-action'
        : variant === 'danger'
          ? 'utrecht-button--danger'
          : 'utrecht-button--subtle';
  return (
    <button type="submit" className={`utrecht-button ${variantClass}`} name={name} value={value}>
      {children}
    </button>
  );
}

/** A POST form with the CSRF token (checked in preHandler for every unsafe request). */
export function Form({
  action,
  children,
  multipart = false,
  className,
  ariaLabel,
  id,
}: {
  action: string;
  children: ReactNode;
  multipart?: boolean;
  className?: string;
  ariaLabel?: string;
  /** `PAGE_FORM_ID` for a page's main form that the header's controls post along (D10). */
  id?: string;
}) {
  const { csrfToken } = useView();
  return (
    <form
      id={id}
      method="post"
      action={action}
      noValidate
      encType={multipart ? 'multipart/form-data' : undefined}
      className={className}
      aria-label={ariaLabel}
    >
      <input type="hidden" name="_csrf" value={csrfToken} />
      {children}
    </form>
  );
}

export function Alert({
  type,
  children,
  title,
}: {
  type: 'info' | 'ok' | 'warning' | 'error';
  children: ReactNode;
  title?: string;
}) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={type === 'error' ? 'alert' : 'status'}>
      <div className="utrecht-alert__content">
        {title ? <p className="utrecht-alert__title nl-paragraph">{title}</p> : null}
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function UnorderedList({ children }: { children: ReactNode }) {
  return <ul className="utrecht-unordered-list">{children}</ul>;
}

export function ListItem({ children }: { children: ReactNode }) {
  return <li className="utrecht-unordered-list__item">{children}</li>;
}

export function DataList({ items }: { items: { key: string; value: ReactNode }[] }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {items.map((item) => (
        <div className="utrecht-data-list__item" key={item.key}>
          <dt className="utrecht-data-list__item-key">{item.key}</dt>
          <dd className="utrecht-data-list__item-value">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface FieldError {
  field: string;
  message: string;
}

/** Error summary linking to each field (rule 2 of the brief); focus moves here via app.js. */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const { t } = useView();
  if (errors.length === 0) return null;
  return (
    <div
      className="utrecht-alert utrecht-alert--error bp-error-summary"
      role="alert"
      tabIndex={-1}
      id="error-summary"
    >
      <div className="utrecht-alert__content">
        <h2 className="nl-heading nl-heading--level-2">{t('form.errorSummary')}</h2>
        <ul className="utrecht-unordered-list">
          {errors.map((e) => (
            <li className="utrecht-unordered-list__item" key={e.field}>
              <a className="nl-link" href={`#${e.field}`}>
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function Table({
  caption,
  head,
  rows,
  scrollLabel,
  stack = true,
}: {
  caption: string;
  head: string[];
  rows: { key: string; cells: ReactNode[] }[];
  /**
   * For a wide table: its container scrolls sideways on a narrow screen (no page scroll at
   * 375 px) and can be reached and scrolled with the keyboard (WCAG 2.1.1), named by this label.
   */
  scrollLabel?: string;
  /** On a phone every row stands as a block with the column names beside its values (default). */
  stack?: boolean;
}) {
  // Every table container is a named region that keyboard users can reach and scroll (WCAG 2.1.1,
  // axe scrollable-region-focusable): a wide table never widens the page at 320-375 px.
  return (
    <div
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      role="region"
      tabIndex={0}
      aria-label={scrollLabel ?? caption}
    >
      <table className={`utrecht-table utrecht-table--html-table${stack ? ' bp-table--stack' : ''}`}>
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {head.map((h) => (
              <th className="utrecht-table__header-cell" scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr className="utrecht-table__row" key={row.key}>
              {row.cells.map((cell, index) => (
                <td className="utrecht-table__cell" key={index} data-label={head[index] ?? ''}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
