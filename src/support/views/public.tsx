import {
  Alert,
  ButtonLink,
  Heading,
  Link,
  ListItem,
  Paragraph,
  UnorderedList,
} from '../../platform/ui/components.tsx';
import { useView } from '../../platform/ui/view-context.ts';
import { formatDateTime } from '../../platform/i18n/i18n.ts';
import type { MessageKey } from '../../platform/i18n/catalogue.ts';

/** The seed's list of services, and which are for recognised sponsors only. */
const SERVICES: { title: MessageKey; body?: MessageKey; sponsorsOnly: boolean }[] = [
  { title: 'home.service.submit', body: 'home.service.submit.body', sponsorsOnly: false },
  { title: 'home.service.status', sponsorsOnly: true },
  { title: 'home.service.register', sponsorsOnly: true },
  { title: 'home.service.account', sponsorsOnly: true },
  { title: 'home.service.documents', sponsorsOnly: true },
];

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
          {SERVICES.map((service) => (
            <li className="bp-card" key={service.title}>
              <Heading level={3}>{t(service.title)}</Heading>
              {service.body ? <Paragraph>{t(service.body)}</Paragraph> : null}
              <span className={service.sponsorsOnly ? 'bp-tag bp-tag--sponsor' : 'bp-tag'}>
                {t(service.sponsorsOnly ? 'home.sponsorsOnly' : 'home.forEveryone')}
              </span>
            </li>
          ))}
        </ul>
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
        ) : null}
      </section>
      <section className="bp-section" aria-labelledby="problems">
        <Heading level={2} id="problems">
          {t('home.problemsTitle')}
        </Heading>
        <Paragraph>{t('home.problemsBody')}</Paragraph>
        <Paragraph>
          <Link href="/report-a-problem">{t('footer.reportProblem')}</Link>
        </Paragraph>
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
      <Heading level={2}>{t('eh.durationTitle')}</Heading>
      <Paragraph>{t('eh.durationBody')}</Paragraph>
      <Heading level={2}>{t('eh.applyTitle')}</Heading>
      <Paragraph>{t('eh.applyBody')}</Paragraph>
      <Heading level={2}>{t('eh.representativesTitle')}</Heading>
      <Paragraph>{t('eh.representativesBody')}</Paragraph>
      <Paragraph>{t('eh.chainBody')}</Paragraph>
      <div className="bp-actions">
        <ButtonLink href="/login">{t('home.loginButton')}</ButtonLink>
      </div>
    </>
  );
}

export function AccessibilityPage() {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('a11y.title')}</Heading>
      <Paragraph lead>{t('a11y.lead')}</Paragraph>
      <Heading level={2}>{t('a11y.howTitle')}</Heading>
      <Paragraph>{t('a11y.howBody')}</Paragraph>
      <Heading level={2}>{t('a11y.resultTitle')}</Heading>
      <Paragraph>{t('a11y.resultBody')}</Paragraph>
      <Heading level={2}>{t('a11y.contactTitle')}</Heading>
      <Paragraph>
        {t('a11y.contactBody')} <Link href="/report-a-problem">{t('footer.reportProblem')}</Link>
      </Paragraph>
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
      <Heading level={2}>{t('privacy.cookiesTitle')}</Heading>
      <Paragraph>{t('privacy.cookiesBody')}</Paragraph>
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
      <Paragraph>
        {t('contact.problemBody')} <Link href="/report-a-problem">{t('footer.reportProblem')}</Link>
      </Paragraph>
    </>
  );
}

export function ReportProblemPage({ email, reference }: { email: string; reference: string | undefined }) {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('report.title')}</Heading>
      <Paragraph lead>{t('report.lead')}</Paragraph>
      <Heading level={2}>{t('report.needTitle')}</Heading>
      <UnorderedList>
        <ListItem>{t('report.need.screenshot')}</ListItem>
        <ListItem>{t('report.need.kvk')}</ListItem>
        <ListItem>{t('report.need.time')}</ListItem>
        <ListItem>{t('report.need.description')}</ListItem>
      </UnorderedList>
      {reference ? <Alert type="info">{t('report.correlation', { id: reference })}</Alert> : null}
      <Paragraph>
        <Link href={`mailto:${email}`}>{email}</Link>
      </Paragraph>
      <Paragraph>{t('report.after')}</Paragraph>
    </>
  );
}

export function RecognitionRequiredPage() {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('recognition.title')}</Heading>
      <Paragraph lead>{t('recognition.lead')}</Paragraph>
      <Heading level={2}>{t('recognition.whatTitle')}</Heading>
      <Paragraph>{t('recognition.whatBody')}</Paragraph>
      <Heading level={2}>{t('recognition.howTitle')}</Heading>
      <Paragraph>{t('recognition.howBody')}</Paragraph>
      <Paragraph>{t('recognition.canDo')}</Paragraph>
      <div className="bp-actions">
        <ButtonLink href="/dashboard">{t('nav.dashboard')}</ButtonLink>
      </div>
    </>
  );
}
