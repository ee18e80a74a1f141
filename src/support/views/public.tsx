import type { ReactNode } from 'react';
import {
  ButtonLink,
  Heading,
  Link,
  ListItem,
  Paragraph,
  Table,
  UnorderedList,
} from '../../platform/ui/components.tsx';
import { linkify } from '../plain-text.tsx';
import { useView } from '../../platform/ui/view-context.ts';
import { formatDateTime } from '../../platform/i18n/i18n.ts';
import { PORTAL_SERVICES } from '../../platform/ui/services.ts';

export function HomePage({ lastRefresh }: { lastRefresh: Date | null }) {
  const { t, lang } = useView();
  return (
    <>
      <Heading level={1}>{t('home.title')}</Heading>
      <Paragraph lead>{t('home.lead')}</Paragraph>
      <section className="bp-section" aria-labelledby="services">
        <Heading level={2} id="services">
          {t('home.servicesTitle')}
        </Heading>
        <ul className="bp-cards">
          {PORTAL_SERVICES.map((service) => (
            <li className="bp-card" key={service.title}>
              <Heading level={3}>{t(service.title)}</Heading>
              {service.body ? <Paragraph>{t(service.body)}</Paragraph> : null}
              <span className={service.sponsorsOnly ? 'bp-tag bp-tag--sponsor' : 'bp-tag'}>
                {t(service.sponsorsOnly ? 'home.sponsorsOnly' : 'home.forEveryone')}
              </span>
            </li>
          ))}
        </ul>
        <Paragraph>
          <Link href="/services">{t('home.v2.servicesMore')}</Link>
        </Paragraph>
      </section>
      <section className="bp-section" aria-labelledby="login">
        <Heading level={2} id="login">
          {t('home.loginTitle')}
        </Heading>
        <Paragraph>{t('home.loginBody')}</Paragraph>
        <div className="bp-actions">
          <ButtonLink href="/login">{t('home.loginButton')}</ButtonLink>
          <Link href="/logging-in">{t('home.loginMore')}</Link>
        </div>
      </section>
      <section className="bp-section" aria-labelledby="refresh">
        <Heading level={2} id="refresh">
          {t('home.refreshTitle')}
        </Heading>
        <Paragraph>{t('home.refreshBody')}</Paragraph>
        {lastRefresh ? (
          <Paragraph>{t('home.lastRefresh', { moment: formatDateTime(lang, lastRefresh) })}</Paragraph>
        ) : (
          <Paragraph>{t('refresh.asOfNever')}</Paragraph>
        )}
      </section>
      <section className="bp-section" aria-labelledby="problems">
        <Heading level={2} id="problems">
          {t('home.problemsTitle')}
        </Heading>
        <Paragraph>{t('home.problemsBody')}</Paragraph>
        <div className="bp-actions">
          <Link href="/faq">{t('faq.title')}</Link>
          <Link href="/report-a-problem">{t('footer.reportProblem')}</Link>
        </div>
      </section>
    </>
  );
}

export function EHerkenningPage() {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('eh.title')}</Heading>
      <Paragraph lead>{t('eh.lead')}</Paragraph>
      <Heading level={2}>{t('eh.levelTitle')}</Heading>
      <Paragraph>{t('eh.levelBody')}</Paragraph>
      <Heading level={2}>{t('eh.serviceTitle')}</Heading>
      <Paragraph>{t('eh.serviceBody')}</Paragraph>
      <Paragraph>
        <strong lang="nl">{t('eh.serviceName')}</strong>
      </Paragraph>
      <Heading level={2}>{t('eh.applyTitle')}</Heading>
      <Paragraph>{t('eh.applyBody')}</Paragraph>
      <Paragraph>{t('eh.more.applySteps')}</Paragraph>
      <OrderedList
        items={[
          <PlainLine key="1" text={t('eh.more.step1')} />,
          t('eh.more.step2'),
          t('eh.more.step3'),
          t('eh.more.step4'),
        ]}
      />
      <Heading level={2}>{t('eh.durationTitle')}</Heading>
      <Paragraph>{t('eh.durationBody')}</Paragraph>
      <Heading level={2}>{t('eh.representativesTitle')}</Heading>
      <Paragraph>{t('eh.representativesBody')}</Paragraph>
      <Paragraph>
        <Link href="/representatives">{t('reps.title')}</Link>
      </Paragraph>
      <Heading level={2} id="chain">
        {t('eh.more.chainTitle')}
      </Heading>
      <Paragraph>{t('eh.chainBody')}</Paragraph>
      <Paragraph>{t('eh.more.chainSteps')}</Paragraph>
      <OrderedList items={[t('eh.more.chain1'), t('eh.more.chain2'), t('eh.more.chain3')]} />
      <Paragraph>
        {t('eh.more.noChain')} <Link href="/representatives">{t('reps.title')}</Link>
      </Paragraph>
      <Paragraph>
        {t('eh.more.problems')} <Link href="/faq#category-login">{t('faq.title')}</Link>
      </Paragraph>
      <div className="bp-actions">
        <ButtonLink href="/login">{t('home.loginButton')}</ButtonLink>
      </div>
    </>
  );
}

function OrderedList({ items }: { items: ReactNode[] }) {
  return (
    <ol className="utrecht-ordered-list">
      {items.map((item, index) => (
        <li className="utrecht-ordered-list__item" key={index}>
          {item}
        </li>
      ))}
    </ol>
  );
}

/** One line of catalogue text in which an https:// address becomes a link. */
function PlainLine({ text }: { text: string }) {
  return <>{linkify(text)}</>;
}

export function ServicesPage() {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('services.title')}</Heading>
      <Paragraph lead>{t('services.lead')}</Paragraph>
      <Table
        caption={t('services.caption')}
        head={[t('services.col.service'), t('services.col.who')]}
        rows={PORTAL_SERVICES.map((service) => ({
          key: service.key,
          cells: [
            <>
              <strong>{t(service.title)}</strong>
              {service.body ? <Paragraph>{t(service.body)}</Paragraph> : null}
            </>,
            t(service.sponsorsOnly ? 'services.who.sponsors' : 'services.who.everyone'),
          ],
        }))}
      />
      <Heading level={2}>{t('services.employeeTitle')}</Heading>
      <Paragraph>{t('services.employeeBody')}</Paragraph>
      <Heading level={2}>{t('recognition.whatTitle')}</Heading>
      <Paragraph>{t('recognition.whatBody')}</Paragraph>
      <Heading level={2}>{t('services.refreshTitle')}</Heading>
      <Paragraph>{t('services.refreshBody')}</Paragraph>
      <Heading level={2}>{t('eh.representativesTitle')}</Heading>
      <Paragraph>
        {t('services.representativesBody')} <Link href="/representatives">{t('reps.title')}</Link>
      </Paragraph>
      <div className="bp-actions">
        <ButtonLink href="/logging-in">{t('home.loginMore')}</ButtonLink>
      </div>
    </>
  );
}

export function RepresentativesPage() {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('reps.title')}</Heading>
      <Paragraph lead>{t('reps.lead')}</Paragraph>
      <Heading level={2}>{t('reps.chainTitle')}</Heading>
      <Paragraph>{t('reps.chainBody')}</Paragraph>
      <Paragraph>
        <Link href="/logging-in#chain">{t('reps.chainMore')}</Link>
      </Paragraph>
      <Heading level={2}>{t('reps.registerTitle')}</Heading>
      <OrderedList
        items={[t('reps.register1'), t('reps.register2'), t('reps.register3'), t('reps.register4')]}
      />
      <div className="bp-actions">
        <ButtonLink href="/authorisations/new">{t('reps.registerButton')}</ButtonLink>
      </div>
      <Heading level={2}>{t('reps.scopeTitle')}</Heading>
      <Paragraph>{t('reps.scopeBody')}</Paragraph>
    </>
  );
}

/** The accessibility statement in the digitoegankelijk.nl format, true to what is tested. */
export function AccessibilityPage() {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('a11y.title')}</Heading>
      <Paragraph lead>{t('a11y.v3.intro')}</Paragraph>
      <Heading level={2}>{t('a11y.v3.scopeTitle')}</Heading>
      <Paragraph>{t('a11y.v3.scopeBody')}</Paragraph>
      <Heading level={2}>{t('a11y.v3.statusTitle')}</Heading>
      <Paragraph>
        <strong>{t('a11y.v3.statusValue')}</strong>
      </Paragraph>
      <Paragraph>{t('a11y.v3.statusBody')}</Paragraph>
      <Heading level={2}>{t('a11y.v3.howTitle')}</Heading>
      <UnorderedList>
        <ListItem>{t('a11y.v3.how1')}</ListItem>
        <ListItem>{t('a11y.v3.how2')}</ListItem>
        <ListItem>{t('a11y.v3.how3')}</ListItem>
        <ListItem>{t('a11y.v3.how4')}</ListItem>
      </UnorderedList>
      <Heading level={2}>{t('a11y.v3.knownTitle')}</Heading>
      <UnorderedList>
        <ListItem>{t('a11y.v3.known1')}</ListItem>
        <ListItem>{t('a11y.v3.known2')}</ListItem>
        <ListItem>{t('a11y.v3.known3')}</ListItem>
      </UnorderedList>
      <Paragraph>{t('a11y.v3.known4')}</Paragraph>
      <Heading level={2}>{t('a11y.v3.feedbackTitle')}</Heading>
      <Paragraph>
        {t('a11y.v3.feedbackBody')} <Link href="/report-a-problem">{t('footer.reportProblem')}</Link>
      </Paragraph>
      <Heading level={2}>{t('a11y.v3.enforcementTitle')}</Heading>
      <Paragraph>{t('a11y.v3.enforcementBody')}</Paragraph>
      <Heading level={2}>{t('a11y.v3.dateTitle')}</Heading>
      <Paragraph>{t('a11y.v3.dateBody')}</Paragraph>
    </>
  );
}

export function PrivacyPage() {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('privacy.title')}</Heading>
      <Paragraph lead>{t('privacy.lead')}</Paragraph>
      <Heading level={2}>{t('privacy.whatTitle')}</Heading>
      <Paragraph>{t('privacy.whatBody')}</Paragraph>
      <Heading level={2}>{t('privacy.whyTitle')}</Heading>
      <Paragraph>{t('privacy.whyBody')}</Paragraph>
      <Heading level={2}>{t('privacy.logTitle')}</Heading>
      <Paragraph>{t('privacy.logBody')}</Paragraph>
      <Heading level={2}>{t('privacy.v2.reportsTitle')}</Heading>
      <Paragraph>{t('privacy.v2.reportsBody')}</Paragraph>
      <Heading level={2}>{t('privacy.v2.logsTitle')}</Heading>
      <Paragraph>{t('privacy.v2.logsBody')}</Paragraph>
      <Heading level={2}>{t('privacy.cookiesTitle')}</Heading>
      <Paragraph>{t('privacy.cookiesBody')}</Paragraph>
      <Heading level={2}>{t('privacy.v2.rightsTitle')}</Heading>
      <Paragraph>{t('privacy.v2.rightsBody')}</Paragraph>
    </>
  );
}

export function ContactPage({ email }: { email: string }) {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('contact.title')}</Heading>
      <Paragraph lead>{t('contact.lead')}</Paragraph>
      <dl className="utrecht-data-list utrecht-data-list--rows">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('contact.emailLabel')}</dt>
          <dd className="utrecht-data-list__item-value">
            <Link href={`mailto:${email}`}>{email}</Link>
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('contact.phoneLabel')}</dt>
          <dd className="utrecht-data-list__item-value">088 043 04 30</dd>
        </div>
      </dl>
      <Heading level={2}>{t('contact.v2.hoursTitle')}</Heading>
      <Paragraph>{t('contact.v2.hoursBody')}</Paragraph>
      <Paragraph>
        {t('contact.v2.faq')} <Link href="/faq">{t('faq.title')}</Link>
      </Paragraph>
      <Paragraph>
        {t('contact.problemBody')} <Link href="/report-a-problem">{t('footer.reportProblem')}</Link>
      </Paragraph>
      <Paragraph>
        {t('contact.v2.representatives')} <Link href="/representatives">{t('reps.title')}</Link>
      </Paragraph>
    </>
  );
}

/**
 * A service for recognised sponsors, asked for by someone it is not for (D17): a recognised
 * organisation is told for which categories it is recognised; others get the two ways in — as an
 * intermediary by a registered authorisation, or as a sponsor by applying for recognition.
 */
export function RecognitionRequiredPage() {
  const { t, actor } = useView();
  const recognitions = actor.kind === 'business' ? actor.recognitions : [];
  if (recognitions.length > 0) {
    return (
      <>
        <Heading level={1}>{t('recognition.other.title')}</Heading>
        <Paragraph lead>
          {t('recognition.other.lead', {
            categories: recognitions.map((c) => t(`category.${c}`)).join(', '),
          })}
        </Paragraph>
        <Paragraph>{t('recognition.other.body')}</Paragraph>
        <div className="bp-actions">
          <ButtonLink href="/dashboard">{t('nav.dashboard')}</ButtonLink>
          <Link href="/contact">{t('footer.contact')}</Link>
        </div>
      </>
    );
  }
  return (
    <>
      <Heading level={1}>{t('recognition.title')}</Heading>
      <Paragraph lead>{t('recognition.lead')}</Paragraph>
      <Heading level={2}>{t('recognition.intermediaryTitle')}</Heading>
      <Paragraph>{t('recognition.intermediaryBody')}</Paragraph>
      <div className="bp-actions">
        <ButtonLink href="/authorisations/new">{t('recognition.intermediaryButton')}</ButtonLink>
        <Link href="/representatives">{t('reps.title')}</Link>
      </div>
      <Heading level={2}>{t('recognition.whatTitle')}</Heading>
      <Paragraph>{t('recognition.whatBody')}</Paragraph>
      <Heading level={2}>{t('recognition.howTitle')}</Heading>
      <Paragraph>{t('recognition.howBody')}</Paragraph>
      <Paragraph>
        <Link href={t('recognition.formHref')}>{t('recognition.formLink')}</Link>
      </Paragraph>
      <Paragraph>{t('recognition.canDo')}</Paragraph>
      <div className="bp-actions">
        <ButtonLink href="/dashboard" secondary>
          {t('nav.dashboard')}
        </ButtonLink>
      </div>
    </>
  );
}
