import type { ReactNode } from 'react';
import { formatTime } from '../i18n/i18n.ts';
import { PAGE_FORM_ID } from '../http/kept-input.ts';
import { Form } from './components.tsx';
import { useView } from './view-context.ts';

export interface Crumb {
  href: string;
  label: string;
}

/** The page frame: skip link, header with language switch and login state, navigation, footer. */
export function Layout({
  title,
  children,
  crumbs = [],
  pageForm = false,
}: {
  title: string;
  children: ReactNode;
  crumbs?: Crumb[];
  /** The page has a form `PAGE_FORM_ID` that the language switch and the banner post along (D10). */
  pageForm?: boolean;
}) {
  const view = useView();
  const { t, lang, asset } = view;
  return (
    <html lang={lang} className="rhc-theme utrecht-document">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === t('site.name') ? title : `${title} | ${t('site.name')}`}</title>
        <link rel="stylesheet" href={asset('fonts.css')} />
        <link rel="stylesheet" href={asset('tokens.css')} />
        <link rel="stylesheet" href={asset('components.css')} />
        <link rel="stylesheet" href={asset('app.css')} />
        <link rel="icon" href={asset('favicon.svg')} type="image/svg+xml" />
        <script src={asset('app.js')} defer />
      </head>
      <body
        className="utrecht-page-body bp-body"
        data-idle-remaining-ms={
          view.sessionIdleExpiresAt
            ? String(Math.max(0, view.sessionIdleExpiresAt.getTime() - Date.now()))
            : undefined
        }
      >
        <a className="nl-skip-link nl-skip-link--visible-on-focus" href="#main">
          {t('layout.skipLink')}
        </a>
        <Header pageForm={pageForm} />
        {view.sessionIdleExpiresAt ? (
          <SessionNotice expiresAt={view.sessionIdleExpiresAt} pageForm={pageForm} />
        ) : null}
        <main id="main" className="bp-main" tabIndex={-1}>
          <div className="bp-container">
            {crumbs.length > 0 ? <Breadcrumbs crumbs={crumbs} /> : null}
            {children}
          </div>
        </main>
        <Footer />
      </body>
    </html>
  );
}

/**
 * The attributes that make a header button post the page's form (D10): with them the button
 * sends the page's fields (and its `_csrf`) to `action` instead of its own form's, so that what
 * was typed is kept, also without JavaScript. Always URL-encoded: files are never kept.
 */
function carryPageForm(pageForm: boolean, action: string) {
  return pageForm
    ? {
        form: PAGE_FORM_ID,
        formAction: action,
        formMethod: 'post',
        formEncType: 'application/x-www-form-urlencoded',
        formNoValidate: true,
      }
    : {};
}

function Header({ pageForm }: { pageForm: boolean }) {
  const { t, actor, path, nav, lang } = useView();
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <header className="utrecht-page-header bp-header">
      <div className="bp-header__top bp-container">
        <a href="/" className="bp-logo">
          <span className="bp-logo__ribbon" aria-hidden="true" />
          <span className="bp-logo__text">
            <span className="bp-logo__org">{t('site.organisation')}</span>
            <span className="bp-logo__name">{t('site.name')}</span>
          </span>
        </a>
        <div className="bp-header__tools">
          <Form action="/language" className="bp-language" ariaLabel={t('layout.language')}>
            <input type="hidden" name="return" value={path} />
            <input type="hidden" name="to" value={other} />
            <button
              type="submit"
              className="utrecht-link-button utrecht-link-button--html-button bp-language__button"
              lang={other}
              {...carryPageForm(pageForm, `/language?to=${other}&return=${encodeURIComponent(path)}`)}
            >
              {t('layout.switchTo')}
            </button>
          </Form>
          {actor.kind === 'business' ? (
            <div className="bp-session">
              <span className="bp-session__who">
                {actor.via === 'registered'
                  ? t('layout.actingFor', {
                      organisation: actor.organisationName,
                      kvk: actor.intermediaryKvk ?? '',
                    })
                  : actor.via === 'chain'
                    ? t('layout.actingForChain', {
                        organisation: actor.organisationName,
                        kvk: actor.intermediaryKvk ?? '',
                      })
                    : t('layout.loggedInAs', { organisation: actor.organisationName })}
                {actor.via === 'registered' ? (
                  <>
                    {' '}
                    <a className="nl-link" href="/acting-for">
                      {t('layout.switchOrganisation')}
                    </a>
                  </>
                ) : null}
              </span>
              <Form action="/logout" className="bp-inline-form">
                <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                  {t('layout.logout')}
                </button>
              </Form>
            </div>
          ) : actor.kind === 'staff' ? (
            <div className="bp-session">
              <span className="bp-session__who">{t('layout.staffLoggedInAs', { name: actor.name })}</span>
              <Form action="/staff/logout" className="bp-inline-form">
                <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                  {t('layout.logout')}
                </button>
              </Form>
            </div>
          ) : (
            <a
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              href="/login"
            >
              {t('layout.login')}
            </a>
          )}
        </div>
      </div>
      <nav className="bp-nav" aria-label={t('layout.mainNav')}>
        {/* A collapsed menu on small screens that works without JavaScript; always open on wide
            screens (app.css). */}
        <details className="bp-menu">
          <summary className="bp-container">{t('layout.menu')}</summary>
          <ul className="bp-nav__list bp-container">
            {nav.map((item) => {
              const current = item.href === currentNavHref(nav, path);
              return (
                <li className="bp-nav__item" key={item.href}>
                  <a className="bp-nav__link" href={item.href} aria-current={current ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </details>
      </nav>
    </header>
  );
}

/**
 * WCAG 2.2.1 (timing adjustable): the user sees when the session ends and can extend it,
 * without JavaScript by the form, with JavaScript also by a dialog shortly before the end.
 */
function SessionNotice({ expiresAt, pageForm }: { expiresAt: Date; pageForm: boolean }) {
  const { t, path, lang } = useView();
  const time = formatTime(lang, expiresAt);
  return (
    <>
      <div className="bp-session-notice">
        <div className="bp-container bp-session-notice__content">
          <span>{t('session.expiresAt', { time })}</span>
          <Form action="/session/extend" className="bp-inline-form">
            <input type="hidden" name="return" value={path} />
            <button
              type="submit"
              className="utrecht-link-button utrecht-link-button--html-button"
              {...carryPageForm(pageForm, `/session/extend?return=${encodeURIComponent(path)}`)}
            >
              {t('session.extend')}
            </button>
          </Form>
        </div>
      </div>
      <dialog id="session-warning" className="bp-dialog" aria-labelledby="session-warning-title">
        <h2 id="session-warning-title" className="nl-heading nl-heading--level-2">
          {t('session.warningTitle')}
        </h2>
        <p className="nl-paragraph" data-template={t('session.warningBody', { minutes: '{minutes}' })}>
          {t('session.warningBody', { minutes: 2 })}
        </p>
        <Form action="/session/extend">
          <input type="hidden" name="return" value={path} />
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t('session.extend')}
          </button>
        </Form>
      </dialog>
    </>
  );
}

/** The one navigation item the page belongs to: the longest href that the path starts with. */
function currentNavHref(nav: { href: string }[], path: string): string | undefined {
  const pathname = path.split('?')[0] ?? path;
  const matches = nav
    .map((item) => item.href)
    .filter((href) =>
      href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`),
    );
  return matches.sort((a, b) => b.length - a.length)[0];
}

function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const { t } = useView();
  return (
    <nav className="utrecht-breadcrumb-nav bp-breadcrumbs" aria-label={t('layout.breadcrumbs')}>
      <ol className="utrecht-breadcrumb-nav__list">
        {crumbs.map((crumb) => (
          <li className="utrecht-breadcrumb-nav__item" key={crumb.href}>
            <a className="utrecht-breadcrumb-nav__link nl-link" href={crumb.href}>
              {crumb.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Footer() {
  const { t } = useView();
  return (
    <footer className="utrecht-page-footer rhc-page-footer rhc-page-footer--primary-filled bp-footer">
      <div className="bp-container bp-footer__content">
        <p className="nl-paragraph bp-footer__tagline">{t('footer.tagline')}</p>
        <nav aria-label={t('layout.footerNav')}>
          <ul className="bp-footer__links">
            <li>
              <a className="bp-footer__link" href="/accessibility">
                {t('footer.accessibility')}
              </a>
            </li>
            <li>
              <a className="bp-footer__link" href="/privacy">
                {t('footer.privacy')}
              </a>
            </li>
            <li>
              <a className="bp-footer__link" href="/contact">
                {t('footer.contact')}
              </a>
            </li>
            <li>
              <a className="bp-footer__link" href="/register">
                {t('footer.register')}
              </a>
            </li>
            <li>
              <a className="bp-footer__link" href="/report-a-problem">
                {t('footer.reportProblem')}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
