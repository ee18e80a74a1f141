import type { MessageKey } from '../../platform/i18n/catalogue.ts';
import { DEMO_ORGANISATIONS } from '../../organisations/index.ts';
import { Radios, TextField } from '../../platform/ui/fields.tsx';
import { Alert, Button, ErrorSummary, Form, Heading, Paragraph } from '../../platform/ui/components.tsx';
import { useView } from '../../platform/ui/view-context.ts';

export interface ChoiceValues {
  organisation: string;
  otherKvk: string;
  actingSubject: string;
  loa: string;
  branchNumber: string;
  intermediaryKvk: string;
  authorised: string;
  binding: string;
  action: string;
}

export type ChoiceErrors = Partial<Record<keyof ChoiceValues, MessageKey>>;

/** The test broker's page: who logs in, at what level, for which organisation, and how. */
export function BrokerChoicePage({
  request,
  values,
  errors,
}: {
  request: string;
  values: ChoiceValues;
  errors: ChoiceErrors;
}) {
  const { t } = useView();
  const err = (field: keyof ChoiceValues) => (errors[field] ? t(errors[field]) : undefined);
  const summary = (Object.keys(errors) as (keyof ChoiceValues)[]).map((field) => ({
    field: field === 'otherKvk' ? 'otherKvk' : field,
    message: t(errors[field] ?? 'broker.error.kvk'),
  }));
  return (
    <>
      <ErrorSummary errors={summary} />
      <Heading level={1}>{t('broker.title')}</Heading>
      <Alert type="warning">{t('broker.warning')}</Alert>
      <Paragraph lead>{t('broker.lead')}</Paragraph>
      <Form action="/test-broker/sso/answer">
        <input type="hidden" name="request" value={request} />
        <Radios
          name="organisation"
          label={t('broker.organisation')}
          value={values.organisation}
          options={[
            ...DEMO_ORGANISATIONS.map((org) => ({
              value: org.kvk,
              label: `${org.name} (KVK ${org.kvk})`,
              hint: t(`broker.kind.${org.key}`),
            })),
            { value: 'other', label: t('broker.otherOrganisation') },
          ]}
        />
        <TextField
          name="otherKvk"
          label={t('broker.otherKvk')}
          value={values.otherKvk}
          error={err('otherKvk')}
          inputMode="numeric"
          width="short"
          maxLength={8}
        />
        <TextField
          name="actingSubject"
          label={t('broker.actingSubject')}
          description={t('broker.actingSubjectHint')}
          value={values.actingSubject}
          width="medium"
          maxLength={100}
        />
        <Radios
          name="loa"
          label={t('broker.loa')}
          value={values.loa}
          error={err('loa')}
          options={[
            { value: 'loa2', label: 'EH2 (loa2)' },
            { value: 'loa2plus', label: 'EH2+ (loa2plus)' },
            { value: 'loa3', label: 'EH3 (loa3)' },
            { value: 'loa4', label: 'EH4 (loa4)' },
          ]}
        />
        <TextField
          name="branchNumber"
          label={t('broker.branch')}
          description={t('broker.branchHint')}
          value={values.branchNumber}
          error={err('branchNumber')}
          inputMode="numeric"
          width="medium"
          maxLength={12}
        />
        <TextField
          name="intermediaryKvk"
          label={t('broker.intermediary')}
          description={t('broker.intermediaryHint')}
          value={values.intermediaryKvk}
          error={err('intermediaryKvk')}
          inputMode="numeric"
          width="short"
          maxLength={8}
        />
        <Radios
          name="authorised"
          label={t('broker.authorised')}
          value={values.authorised}
          options={[
            { value: 'yes', label: t('broker.yes') },
            { value: 'no', label: t('broker.no') },
          ]}
        />
        <Radios
          name="binding"
          label={t('broker.binding')}
          value={values.binding}
          options={[
            { value: 'artifact', label: t('broker.bindingArtifact') },
            { value: 'post', label: t('broker.bindingPost') },
          ]}
        />
        <div className="bp-actions">
          <Button name="action" value="login">
            {t('broker.login')}
          </Button>
          <Button name="action" value="cancel" variant="secondary">
            {t('broker.cancel')}
          </Button>
        </div>
      </Form>
    </>
  );
}

/** HTTP-POST binding: the answer goes back to the portal by a form (submitted by app.js when it runs). */
export function AutoPostPage({
  action,
  samlResponse,
  relayState,
}: {
  action: string;
  samlResponse: string;
  relayState: string | null;
}) {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('broker.continueTitle')}</Heading>
      <Paragraph>{t('broker.continueBody')}</Paragraph>
      <form method="post" action={action} data-autosubmit="true">
        <input type="hidden" name="SAMLResponse" value={samlResponse} />
        {relayState ? <input type="hidden" name="RelayState" value={relayState} /> : null}
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('broker.continue')}
        </button>
      </form>
    </>
  );
}
