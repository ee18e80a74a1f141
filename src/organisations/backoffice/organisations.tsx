import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { access } from '../../platform/auth/access.ts';
import { audit } from '../../platform/audit.ts';
import { RECOGNITION_CATEGORIES, type Address } from '../../platform/db/schema.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { formatDate } from '../../platform/i18n/i18n.ts';
import type { MessageKey } from '../../platform/i18n/catalogue.ts';
import {
  Alert,
  Button,
  ButtonLink,
  DataList,
  ErrorSummary,
  Form,
  Heading,
  Link,
  Paragraph,
  Table,
  type FieldError,
} from '../../platform/ui/components.tsx';
import { useView } from '../../platform/ui/view-context.ts';
import { isIban, isRsin } from '../../platform/validation/identifiers.ts';
import { amsterdamToday } from '../../platform/time/working-days.ts';
import { BranchesSection, formatAddress } from '../account.tsx';
import { changeRecognition } from '../recognitions.ts';
import { organisationDetail, searchOrganisations, type OrganisationDetail } from '../repository.ts';
import { representativesOf } from '../representatives/service.ts';
import { isEmail, isUuid, maskIban, parseDate } from '../validation.ts';
import { SelectField, Tag, TextArea, TextField } from '../../platform/ui/fields.tsx';
import { ScopeList, StateTag } from '../views/representatives.tsx';
import { ORGANISATIONS_SECTION } from './sections.ts';
import { staffActorOf } from '../../platform/auth/actor.ts';

const BASE = ORGANISATIONS_SECTION.href;

const text = (max: number) => z.string().trim().max(max).default('');

const editForm = z.object({
  name: text(200),
  rsin: text(20),
  legalForm: text(100),
  visitingStreet: text(200),
  visitingHouseNumber: text(20),
  visitingPostalCode: text(20),
  visitingCity: text(100),
  adminStreet: text(200),
  adminHouseNumber: text(20),
  adminPostalCode: text(20),
  adminCity: text(100),
  contactName: text(200),
  contactEmail: text(254),
  iban: text(40),
  accountHolder: text(200),
  mandateSignedOn: text(20),
  preferredLanguage: z.enum(['nl', 'en']).catch('nl'),
});
type EditValues = z.infer<typeof editForm>;
type EditErrors = Partial<Record<keyof EditValues, MessageKey>>;

const recognitionForm = z.object({
  action: z.enum(['grant', 'suspend', 'withdraw']),
  category: z.enum(['work', 'research', 'study', 'exchange']),
  reason: z.string().trim().max(1000).default(''),
  startDate: z.string().max(20).default(''),
});

function validateEdit(v: EditValues): EditErrors {
  const errors: EditErrors = {};
  if (!v.name) errors.name = 'bo.org.error.required.name';
  if (!v.legalForm) errors.legalForm = 'bo.org.error.required.legalForm';
  if (v.rsin && !isRsin(v.rsin)) errors.rsin = 'bo.org.error.rsin';
  if (!v.visitingStreet) errors.visitingStreet = 'bo.org.error.required.visitingStreet';
  if (!v.visitingCity) errors.visitingCity = 'bo.org.error.required.visitingCity';
  if (v.contactEmail && !isEmail(v.contactEmail)) errors.contactEmail = 'rep.error.email';
  if (v.iban && !isIban(v.iban)) errors.iban = 'bo.org.error.iban';
  if (v.iban && !v.accountHolder) errors.accountHolder = 'bo.org.error.accountHolder';
  if (v.mandateSignedOn && !parseDate(v.mandateSignedOn)) errors.mandateSignedOn = 'rep.error.dateInvalid';
  return errors;
}

function address(street: string, houseNumber: string, postalCode: string, city: string): Address {
  return { street, houseNumber, postalCode, city, country: 'NLD' };
}

function valuesOf(o: OrganisationDetail): EditValues {
  return {
    name: o.name,
    rsin: o.rsin ?? '',
    legalForm: o.legal_form,
    visitingStreet: o.visiting_address.street,
    visitingHouseNumber: o.visiting_address.houseNumber,
    visitingPostalCode: o.visiting_address.postalCode,
    visitingCity: o.visiting_address.city,
    adminStreet: o.administration_address?.street ?? '',
    adminHouseNumber: o.administration_address?.houseNumber ?? '',
    adminPostalCode: o.administration_address?.postalCode ?? '',
    adminCity: o.administration_address?.city ?? '',
    contactName: o.contact_name ?? '',
    contactEmail: o.contact_email ?? '',
    iban: o.iban ?? '',
    accountHolder: o.account_holder ?? '',
    mandateSignedOn: o.mandate_signed_on ?? '',
    preferredLanguage: o.preferred_language,
  };
}

/** Organisations and recognitions in the back office: search, view, edit, change recognitions. */
export function organisationBackofficeRoutes(deps: ModuleContext): FastifyPluginAsync {
  return async (app) => {
    const db = deps.database.db;
    const rule = access.staff(...ORGANISATIONS_SECTION.roles);
    const service = { db, jobs: deps.jobs, files: deps.files };
    const crumbs = (request: FastifyRequest) => [
      { href: '/backoffice', label: request.t('nav.backoffice') },
      { href: BASE, label: request.t('bo.orgs.title') },
    ];
    const load = async (id: string) => (isUuid(id) ? organisationDetail(db, id) : undefined);

    app.get(
      BASE,
      { config: { access: rule, rateLimit: { max: 60, timeWindow: '1 minute' } } },
      async (request, reply) => {
        const q = z
          .object({ q: z.string().max(100).default('') })
          .catch({ q: '' })
          .parse(request.query).q;
        const rows = await searchOrganisations(db, q);
        return reply.page(request.t('bo.orgs.title'), <SearchPage q={q} rows={rows} />, {
          crumbs: [{ href: '/backoffice', label: request.t('nav.backoffice') }],
        });
      },
    );

    app.get<{ Params: { id: string } }>(
      `${BASE}/:id`,
      { config: { access: rule } },
      async (request, reply) => {
        const organisation = await load(request.params.id);
        if (!organisation) return reply.callNotFound();
        const representatives = await representativesOf(service, organisation.id);
        const saved = (request.query as Record<string, unknown>).saved;
        return reply.page(
          organisation.name,
          <OrganisationPage
            organisation={organisation}
            representatives={representatives}
            saved={saved === '1'}
            errors={[]}
          />,
          { crumbs: crumbs(request) },
        );
      },
    );

    app.get<{ Params: { id: string } }>(
      `${BASE}/:id/edit`,
      { config: { access: rule } },
      async (request, reply) => {
        const organisation = await load(request.params.id);
        if (!organisation) return reply.callNotFound();
        return reply.page(
          request.t('bo.org.edit'),
          <EditPage
            id={organisation.id}
            kvk={organisation.kvk_number}
            values={valuesOf(organisation)}
            errors={{}}
          />,
          { crumbs: crumbs(request) },
        );
      },
    );

    app.post<{ Params: { id: string } }>(
      `${BASE}/:id/edit`,
      { config: { access: rule } },
      async (request, reply) => {
        const organisation = await load(request.params.id);
        if (!organisation) return reply.callNotFound();
        const parsed = editForm.safeParse(request.body ?? {});
        if (!parsed.success) throw Object.assign(new Error('malformed form'), { statusCode: 400 });
        const v = parsed.data;
        const errors = validateEdit(v);
        if (Object.keys(errors).length > 0) {
          return reply.page(
            request.t('bo.org.edit'),
            <EditPage id={organisation.id} kvk={organisation.kvk_number} values={v} errors={errors} />,
            { status: 400, crumbs: crumbs(request) },
          );
        }
        await db.transaction().execute(async (trx) => {
          await trx
            .updateTable('organisations')
            .set({
              name: v.name,
              rsin: v.rsin || null,
              legal_form: v.legalForm,
              visiting_address: JSON.stringify(
                address(v.visitingStreet, v.visitingHouseNumber, v.visitingPostalCode, v.visitingCity),
              ) as never,
              administration_address: JSON.stringify(
                v.adminStreet
                  ? address(v.adminStreet, v.adminHouseNumber, v.adminPostalCode, v.adminCity)
                  : null,
              ) as never,
              contact_name: v.contactName || null,
              contact_email: v.contactEmail || null,
              iban: v.iban ? v.iban.replace(/\s+/g, '').toUpperCase() : null,
              account_holder: v.accountHolder || null,
              mandate_signed_on: v.mandateSignedOn ? parseDate(v.mandateSignedOn) : null,
              preferred_language: v.preferredLanguage,
              updated_at: new Date(),
            })
            .where('id', '=', organisation.id)
            .execute();
          await audit(trx, staffActorOf(request), {
            event: 'organisation.updated',
            outcome: 'success',
            organisationId: organisation.id,
            objectType: 'organisation',
            objectId: organisation.id,
            requestId: request.id,
          });
        });
        return reply.redirect(`${BASE}/${organisation.id}?saved=1`, 303);
      },
    );

    app.post<{ Params: { id: string } }>(
      `${BASE}/:id/recognitions`,
      { config: { access: rule } },
      async (request, reply) => {
        const organisation = await load(request.params.id);
        if (!organisation) return reply.callNotFound();
        const parsed = recognitionForm.safeParse(request.body ?? {});
        const errors: FieldError[] = [];
        const startDate = parsed.success ? parseDate(parsed.data.startDate || amsterdamToday()) : null;
        if (!parsed.success) errors.push({ field: 'rec-action', message: request.t('bo.rec.error.choose') });
        else if (parsed.data.action !== 'grant' && !parsed.data.reason)
          errors.push({ field: 'rec-reason', message: request.t('bo.rec.error.reason') });
        else if (!startDate)
          errors.push({ field: 'rec-startDate', message: request.t('rep.error.dateInvalid') });
        if (!parsed.success || errors.length > 0 || !startDate) {
          const representatives = await representativesOf(service, organisation.id);
          return reply.page(
            organisation.name,
            <OrganisationPage
              organisation={organisation}
              representatives={representatives}
              saved={false}
              errors={errors}
            />,
            { status: 400, crumbs: crumbs(request) },
          );
        }
        // The case system holds recognitions as the IND knows them: the change is made there.
        // The portal's row is written too (an organisation the case system does not know keeps
        // working as before), and a refresh, when the portal runs one, brings the case
        // system's state in at once.
        const recorded = await deps.caseSystem.changeRecognition({
          kvkNumber: organisation.kvk_number,
          category: parsed.data.category,
          action: parsed.data.action,
          reason: parsed.data.reason || null,
          startDate,
        });
        const outcome =
          recorded === 'no_recognition'
            ? recorded
            : await changeRecognition(
                db,
                staffActorOf(request),
                organisation.id,
                { ...parsed.data, startDate },
                request.id,
              );
        // The change is in the case system (the system of record) and, written through, in the
        // portal's own row at once; the next refresh brings the same values, so none is started here.
        if (outcome === 'no_recognition') {
          const representatives = await representativesOf(service, organisation.id);
          return reply.page(
            organisation.name,
            <OrganisationPage
              organisation={organisation}
              representatives={representatives}
              saved={false}
              errors={[{ field: 'rec-category', message: request.t('bo.rec.error.none') }]}
            />,
            { status: 400, crumbs: crumbs(request) },
          );
        }
        return reply.redirect(`${BASE}/${organisation.id}?saved=1`, 303);
      },
    );
  };
}

function SearchPage({ q, rows }: { q: string; rows: Awaited<ReturnType<typeof searchOrganisations>> }) {
  const { t } = useView();
  return (
    <>
      <Heading level={1}>{t('bo.orgs.title')}</Heading>
      <form method="get" action={BASE} className="bp-search" role="search" aria-label={t('bo.orgs.search')}>
        <TextField name="q" label={t('bo.orgs.searchLabel')} value={q} width="medium" />
        <Button>{t('bo.orgs.search')}</Button>
      </form>
      <Table
        caption={t('bo.orgs.caption', { count: rows.length })}
        head={[t('org.kvk'), t('org.name'), t('bo.orgs.sponsor')]}
        rows={rows.map((r) => ({
          key: r.id,
          cells: [
            r.kvk_number,
            <Link href={`${BASE}/${r.id}`}>{r.name}</Link>,
            Number(r.active_recognitions) > 0 ? t('bo.orgs.yes') : t('bo.orgs.no'),
          ],
        }))}
      />
    </>
  );
}

function OrganisationPage({
  organisation: o,
  representatives,
  saved,
  errors,
}: {
  organisation: OrganisationDetail;
  representatives: Awaited<ReturnType<typeof representativesOf>>;
  saved: boolean;
  errors: FieldError[];
}) {
  const { t, lang } = useView();
  return (
    <>
      <ErrorSummary errors={errors} />
      <Heading level={1}>{o.name}</Heading>
      {saved ? <Alert type="ok">{t('bo.org.saved')}</Alert> : null}
      <DataList
        items={[
          { key: t('org.kvk'), value: o.kvk_number },
          { key: t('org.rsin'), value: o.rsin ?? '—' },
          { key: t('org.legalForm'), value: o.legal_form },
          { key: t('org.visitingAddress'), value: formatAddress(o.visiting_address) },
          { key: t('org.administrationAddress'), value: formatAddress(o.administration_address) },
          {
            key: t('org.contact'),
            value: [o.contact_name, o.contact_email].filter(Boolean).join(', ') || '—',
          },
          { key: t('org.iban'), value: o.iban ? maskIban(o.iban) : '—' },
          { key: t('org.accountHolder'), value: o.account_holder ?? '—' },
        ]}
      />
      <div className="bp-actions">
        <ButtonLink href={`${BASE}/${o.id}/edit`} secondary>
          {t('bo.org.edit')}
        </ButtonLink>
        <Link href={`/backoffice/audit-log?organisation=${o.kvk_number}`}>{t('bo.org.auditLink')}</Link>
      </div>
      <BranchesSection branches={o.branches} caption={t('account.branches')} />
      <section className="bp-section" aria-labelledby="recognitions">
        <Heading level={2} id="recognitions">
          {t('account.recognitions')}
        </Heading>
        {o.recognitions.length === 0 ? (
          <Paragraph>{t('bo.rec.none')}</Paragraph>
        ) : (
          <Table
            caption={t('account.recognitions')}
            head={[t('org.category'), t('org.startDate'), t('org.state'), t('bo.rec.reasonCol')]}
            rows={o.recognitions.map((r) => ({
              key: r.id,
              cells: [
                t(`category.${r.category}`),
                formatDate(lang, r.start_date),
                <Tag tone={r.state === 'active' ? 'ok' : 'warning'}>{t(`recognition.state.${r.state}`)}</Tag>,
                r.state_reason ?? '—',
              ],
            }))}
          />
        )}
        <Heading level={3}>{t('bo.rec.change')}</Heading>
        <Form action={`${BASE}/${o.id}/recognitions`}>
          <SelectField
            name="action"
            label={t('bo.rec.action')}
            options={[
              { value: 'grant', label: t('bo.rec.grant') },
              { value: 'suspend', label: t('bo.rec.suspend') },
              { value: 'withdraw', label: t('bo.rec.withdraw') },
            ]}
          />
          <SelectField
            name="category"
            label={t('org.category')}
            options={RECOGNITION_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
            error={errors.find((e) => e.field === 'rec-category')?.message}
          />
          <TextField
            name="startDate"
            type="date"
            label={t('bo.rec.startDate')}
            description={t('bo.rec.startDateHelp')}
            width="short"
            error={errors.find((e) => e.field === 'rec-startDate')?.message}
          />
          <TextArea
            name="reason"
            label={t('bo.rec.reason')}
            description={t('bo.rec.reasonHelp')}
            maxLength={1000}
            error={errors.find((e) => e.field === 'rec-reason')?.message}
          />
          <Button>{t('bo.rec.submit')}</Button>
        </Form>
      </section>
      <section className="bp-section" aria-labelledby="reps">
        <Heading level={2} id="reps">
          {t('account.representatives')}
        </Heading>
        {representatives.length === 0 ? (
          <Paragraph>{t('account.registered.none')}</Paragraph>
        ) : (
          <Table
            caption={t('account.registered')}
            head={[t('rep.col.intermediary'), t('rep.col.scope'), t('rep.col.validity'), t('rep.col.state')]}
            rows={representatives.map((r) => ({
              key: r.id,
              cells: [
                <Link href={`/backoffice/authorisations/${r.id}`}>{`${r.name} (${r.kvk_number})`}</Link>,
                <ScopeList scope={r.scope} />,
                t('rep.validity', {
                  from: formatDate(lang, r.valid_from),
                  until: formatDate(lang, r.valid_until),
                }),
                <StateTag state={r.displayState} />,
              ],
            }))}
          />
        )}
      </section>
    </>
  );
}

const FIELDS: {
  name: keyof EditValues;
  label: MessageKey;
  type?: 'email' | 'date';
  width?: 'short' | 'medium';
}[] = [
  { name: 'name', label: 'org.name' },
  { name: 'rsin', label: 'org.rsin', width: 'short' },
  { name: 'legalForm', label: 'org.legalForm', width: 'medium' },
  { name: 'visitingStreet', label: 'bo.org.visitingStreet' },
  { name: 'visitingHouseNumber', label: 'bo.org.visitingHouseNumber', width: 'short' },
  { name: 'visitingPostalCode', label: 'bo.org.visitingPostalCode', width: 'short' },
  { name: 'visitingCity', label: 'bo.org.visitingCity', width: 'medium' },
  { name: 'adminStreet', label: 'bo.org.adminStreet' },
  { name: 'adminHouseNumber', label: 'bo.org.adminHouseNumber', width: 'short' },
  { name: 'adminPostalCode', label: 'bo.org.adminPostalCode', width: 'short' },
  { name: 'adminCity', label: 'bo.org.adminCity', width: 'medium' },
  { name: 'contactName', label: 'org.contactName', width: 'medium' },
  { name: 'contactEmail', label: 'org.contactEmail', type: 'email', width: 'medium' },
  { name: 'iban', label: 'org.iban', width: 'medium' },
  { name: 'accountHolder', label: 'org.accountHolder', width: 'medium' },
  { name: 'mandateSignedOn', label: 'org.mandateSigned', type: 'date', width: 'short' },
];

function EditPage({
  id,
  kvk,
  values,
  errors,
}: {
  id: string;
  kvk: string;
  values: EditValues;
  errors: EditErrors;
}) {
  const { t } = useView();
  const list: FieldError[] = FIELDS.flatMap((f) => {
    const key = errors[f.name];
    return key ? [{ field: f.name, message: t(key) }] : [];
  });
  return (
    <>
      <ErrorSummary errors={list} />
      <Heading level={1}>{t('bo.org.edit')}</Heading>
      <Paragraph lead>{t('bo.org.editLead', { kvk })}</Paragraph>
      <Form action={`${BASE}/${id}/edit`}>
        {FIELDS.map((f) => {
          const key = errors[f.name];
          return (
            <TextField
              key={f.name}
              name={f.name}
              label={t(f.label)}
              value={values[f.name]}
              type={f.type ?? 'text'}
              width={f.width}
              error={key ? t(key) : undefined}
            />
          );
        })}
        <SelectField
          name="preferredLanguage"
          label={t('bo.org.language')}
          value={values.preferredLanguage}
          options={[
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ]}
        />
        <div className="bp-actions">
          <Button>{t('bo.org.save')}</Button>
          <Link href={`${BASE}/${id}`}>{t('rep.new.cancel')}</Link>
        </div>
      </Form>
    </>
  );
}
