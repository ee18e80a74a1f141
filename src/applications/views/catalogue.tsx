import { formatMoney } from '../../platform/i18n/i18n.ts';
import {
  Button,
  Form,
  Heading,
  Link,
  ListItem,
  Paragraph,
  UnorderedList,
} from '../../platform/ui/components.tsx';
import { useView } from '../../platform/ui/view-context.ts';
import type { ApplicationType, Catalogue, YearAmounts } from '../catalogue/model.ts';

/** The fee of a type; a type whose fee depends on an answer shows each class (partner, child). */
function feeText(
  type: ApplicationType,
  amounts: YearAmounts,
  money: (cents: number) => string,
  t: ReturnType<typeof useView>['t'],
): string {
  if (typeof type.fee === 'string') return money(amounts.fees[type.fee]);
  return t('apps.catalogue.feeFamily', {
    partner: money(amounts.fees.partner),
    child: money(amounts.fees.minorChild),
  });
}

/** The catalogue page: what this organisation may submit, and where the rest is filed. */
export function CatalogueView({
  allowed,
  notAllowed,
  catalogue,
  amounts,
  year,
  draftCount,
}: {
  allowed: ApplicationType[];
  notAllowed: ApplicationType[];
  catalogue: Catalogue;
  /** Undefined when the catalogue has no amounts for this year (never guessed). */
  amounts: YearAmounts | undefined;
  year: number;
  draftCount: number;
}) {
  const { t, lang } = useView();
  return (
    <>
      <Heading level={1}>{t('apps.catalogue.title')}</Heading>
      <Paragraph lead>{t('apps.catalogue.lead')}</Paragraph>
      {draftCount > 0 ? (
        <Paragraph>
          <Link href="/applications/drafts">{t('apps.catalogue.drafts', { count: draftCount })}</Link>
        </Paragraph>
      ) : null}
      <ul className="bp-cards bp-application-types">
        {allowed.map((type) => (
          <li className="bp-card" key={type.code}>
            <Heading level={2}>{type.name[lang]}</Heading>
            <Paragraph>{type.description[lang]}</Paragraph>
            <Paragraph>
              {amounts
                ? t('apps.catalogue.feeAndPeriod', {
                    fee: feeText(type, amounts, (cents) => formatMoney(lang, cents), t),
                    year,
                    days: catalogue.decisionPeriods[type.decisionPeriod],
                  })
                : t('apps.catalogue.feeUnknown', {
                    year,
                    days: catalogue.decisionPeriods[type.decisionPeriod],
                  })}
            </Paragraph>
            <Form action="/applications" ariaLabel={type.name[lang]}>
              <input type="hidden" name="type" value={type.code} />
              <Button>{t('apps.catalogue.start', { type: type.name[lang] })}</Button>
            </Form>
          </li>
        ))}
      </ul>
      {notAllowed.length > 0 ? (
        <section className="bp-section" aria-labelledby="not-allowed">
          <Heading level={2} id="not-allowed">
            {t('apps.catalogue.recognitionTitle')}
          </Heading>
          <Paragraph>{t('apps.catalogue.recognitionBody')}</Paragraph>
          <UnorderedList>
            {notAllowed.map((type) => (
              <ListItem key={type.code}>
                {type.name[lang]}
                {type.recognition.category
                  ? ` – ${t('apps.catalogue.needs', { category: t(`category.${type.recognition.category}`).toLowerCase() })}`
                  : null}
              </ListItem>
            ))}
          </UnorderedList>
          <Paragraph>
            <Link href="/recognition-required">{t('apps.catalogue.aboutRecognition')}</Link>
          </Paragraph>
        </section>
      ) : null}
      <section className="bp-section" aria-labelledby="elsewhere">
        <Heading level={2} id="elsewhere">
          {t('apps.catalogue.elsewhereTitle')}
        </Heading>
        <Paragraph>{t('apps.catalogue.elsewhereBody')}</Paragraph>
        <UnorderedList>
          {catalogue.elsewhere.map((item) => (
            <ListItem key={item.code}>
              <strong>{item.name[lang]}</strong>: {item.where[lang]}
            </ListItem>
          ))}
        </UnorderedList>
      </section>
    </>
  );
}
