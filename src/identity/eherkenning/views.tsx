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

export type LoginFailure = 'level' | 'authorisation' | 'cancelled' | 'not_available' | 'branch' | 'technical';

export function LoginStartPage({ returnTo, expired }: { returnTo: string | null; expired: boolean }) {
  const { t } = useView();
  const href = returnTo ? `/login?return=${encodeURIComponent(returnTo)}` : '/login';
  return (
    <>
      <Heading level={1}>{t('login.expiredTitle')}</Heading>
      {expired ? <Alert type="warning">{t('session.expiredNotice')}</Alert> : null}
      <div className="bp-actions">
        <ButtonLink href={href}>{t('home.loginButton')}</ButtonLink>
      </div>
    </>
  );
}

/** What went wrong at login, and what the user can do about it (no SAML details). */
export function LoginFailedPage({ failure }: { failure: LoginFailure }) {
  const { t, requestId } = useView();
  return (
    <>
      <Heading level={1}>{t(`login.${failure}.title`)}</Heading>
      <Paragraph lead>{t(`login.${failure}.body`)}</Paragraph>
      {failure === 'level' ? (
        <>
          <Heading level={2}>{t('login.level.howTitle')}</Heading>
          <UnorderedList>
            <ListItem>{t('login.level.step1')}</ListItem>
            <ListItem>{t('login.level.step2')}</ListItem>
            <ListItem>{t('login.level.step3')}</ListItem>
          </UnorderedList>
        </>
      ) : null}
      {failure === 'not_available' ? (
        <>
          <Heading level={2}>{t('login.not_available.whatTitle')}</Heading>
          <UnorderedList>
            <ListItem>{t('login.not_available.step1')}</ListItem>
            <ListItem>{t('login.not_available.step2')}</ListItem>
            <ListItem>{t('login.not_available.step3')}</ListItem>
          </UnorderedList>
        </>
      ) : null}
      {failure === 'technical' ? <Paragraph>{t('error.correlation', { id: requestId })}</Paragraph> : null}
      <div className="bp-actions">
        <ButtonLink href="/login">{t('login.tryAgain')}</ButtonLink>
        <Link href="/logging-in">{t('home.loginMore')}</Link>
        <Link href={`/report-a-problem?ref=${encodeURIComponent(requestId)}`}>
          {t('footer.reportProblem')}
        </Link>
      </div>
    </>
  );
}
