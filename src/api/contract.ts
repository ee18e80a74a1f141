import type { AuditAction } from '../platform/audit.ts';
import { z } from 'zod';
import { CASE_STATUSES } from '../casesystem/index.ts';
import {
  DEREGISTRATION_REASONS,
  EXPLANATION_MAX,
  REGISTRATION_PERMITS,
  SPONSOR_CHANGE_REASONS,
} from '../employees/index.ts';
import { API_SCOPES, WEBHOOK_EVENT_TYPES, type ApiScope } from './schema.ts';

/**
 * The API's contract: the zod schemas every route validates its input with (Fastify's
 * validator compiler runs them, routes.ts) and the operations the OpenAPI document is generated
 * from (openapi.ts). One list, so the document and the routes cannot drift apart.
 */

export const API_VERSION = '1.0.0';
export const API_PREFIX = '/api/v1';

// ----- building blocks -----------------------------------------------------------------------

export const KvkNumber = z
  .string()
  .regex(/^\d{8}$/)
  .describe('KVK number (8 digits) of the organisation the call acts for');
const Cursor = z
  .string()
  .min(1)
  .max(200)
  .describe('Opaque position returned as `nextCursor` by the previous page');
const Limit = z.coerce.number().int().min(1).max(100).default(25).describe('Rows per page (1–100)');
const DateOnly = z.iso.date();
const DateTime = z.iso.datetime({ offset: true });
const Uuid = z.uuid();

export const Problem = z
  .object({
    type: z.string().describe('A URI reference that identifies the problem type'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    invalidParams: z
      .array(z.object({ name: z.string(), in: z.string(), reason: z.string() }))
      .optional()
      .describe('The parameters that are not valid, each with the reason'),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

const Recognition = z.object({
  category: z.enum(['work', 'research', 'study', 'exchange']),
  state: z.enum(['active', 'suspended', 'withdrawn']),
  startDate: DateOnly,
  endDate: DateOnly.nullable(),
});

const Scope = z.enum(API_SCOPES);

export const OrganisationSummary = z
  .object({
    kvkNumber: KvkNumber,
    name: z.string(),
    actingAs: z.enum(['self', 'representative']).describe('representative: by a registered authorisation'),
    scopes: z.array(Scope).describe('What this client may do for the organisation'),
  })
  .meta({ id: 'OrganisationSummary' });

export const OrganisationList = z
  .object({ organisations: z.array(OrganisationSummary) })
  .meta({ id: 'OrganisationList' });

export const Organisation = OrganisationSummary.extend({
  legalForm: z.string(),
  recognitions: z.array(Recognition),
  informationAsOf: DateTime.nullable().describe('When the refresh from the case system last succeeded'),
}).meta({ id: 'Organisation' });

const CaseStatus = z.enum(CASE_STATUSES as [string, ...string[]]);

export const CaseSummary = z
  .object({
    caseNumber: z.string(),
    applicationType: z.string().describe('Catalogue code of the type of application'),
    status: CaseStatus,
    submittedAt: DateTime,
    expectedDecisionDate: DateOnly.nullable().describe(
      'The service target where set, else the statutory date',
    ),
    statutoryDecisionDate: DateOnly.nullable(),
    informationDeadline: DateOnly.nullable().meta({ format: 'date' }),
    decidedAt: DateTime.nullable(),
    employeeName: z.string().nullable(),
    vNumber: z.string().nullable(),
  })
  .meta({ id: 'CaseSummary' });

export const CaseList = z
  .object({
    cases: z.array(CaseSummary),
    nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  })
  .meta({ id: 'CaseList' });

export const StatusChange = z
  .object({
    at: DateTime,
    status: CaseStatus,
    reason: z.string(),
    deadline: DateOnly.nullable(),
    documentId: Uuid.nullable(),
  })
  .meta({ id: 'StatusChange' });

export const Case = CaseSummary.extend({ statusHistory: z.array(StatusChange) }).meta({ id: 'Case' });

export const DocumentSummary = z
  .object({
    id: Uuid,
    caseNumber: z.string(),
    kind: z.string(),
    title: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    createdAt: DateTime,
  })
  .meta({ id: 'DocumentSummary' });

export const DocumentList = z
  .object({ documents: z.array(DocumentSummary), nextCursor: z.string().nullable() })
  .meta({ id: 'DocumentList' });

export const Employee = z
  .object({
    id: Uuid,
    vNumber: z.string().nullable(),
    givenNames: z.string(),
    surname: z.string(),
    nationality: z.string(),
    permitType: z.string().nullable(),
    permitEndDate: DateOnly.nullable(),
    sponsorshipState: z.enum(['active', 'ended', 'pending']).nullable(),
    registeredOn: DateOnly.nullable(),
    deregisteredOn: DateOnly.nullable(),
  })
  .meta({ id: 'Employee' });

export const EmployeeList = z
  .object({ employees: z.array(Employee), nextCursor: z.string().nullable() })
  .meta({ id: 'EmployeeList' });

const EventType = z.enum(WEBHOOK_EVENT_TYPES);

export const WebhookSubscription = z
  .object({
    id: Uuid,
    url: z.url(),
    eventTypes: z.array(EventType),
    createdAt: DateTime,
  })
  .meta({ id: 'WebhookSubscription' });

export const WebhookSubscriptionCreated = WebhookSubscription.extend({
  secret: z
    .string()
    .describe('whsec_…: the signing secret (Standard Webhooks). Shown once, in this response.'),
}).meta({ id: 'WebhookSubscriptionCreated' });

export const WebhookSubscriptionList = z
  .object({ subscriptions: z.array(WebhookSubscription) })
  .meta({ id: 'WebhookSubscriptionList' });

export const WebhookSubscriptionInput = z
  .object({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .describe(
        'Where events are POSTed: https (http only outside production), no credentials, a host on the internet (no loopback, private or link-local address)',
      ),
    eventTypes: z.array(EventType).min(1).max(WEBHOOK_EVENT_TYPES.length),
  })
  .strict()
  .meta({ id: 'WebhookSubscriptionInput' });

// ----- reports under the duty to inform (the employees service of issue 11) --------------------
// The shapes only; the rules (a date not in the future, an explanation when late or for "other",
// the salary criterion, the V-number of one of the organisation's employees) are the forms' own
// checks in the employees module, and their field errors come back as invalidParams.

const VNumber = z.string().min(1).max(20).describe('V-number (vreemdelingennummer): ten digits');
const Explanation = z.string().max(EXPLANATION_MAX);

export const EmployeeReportInput = z
  .object({
    vNumber: VNumber.describe('V-number of one of the organisation’s employees'),
    reason: z
      .enum(DEREGISTRATION_REASONS)
      .describe(
        'employment_ended, did_not_come and study_stopped de-register the employee (the sponsorship ends); income_below_threshold and other_change report a change',
      ),
    occurredOn: DateOnly.describe('The day it happened (not in the future)'),
    explanation: Explanation.optional().describe(
      'Required for other_change, and for a report after its deadline (why it is late)',
    ),
  })
  .strict()
  .meta({ id: 'EmployeeReportInput' });

export const EmployeeRegistrationInput = z
  .object({
    vNumber: VNumber,
    givenNames: z.string().min(1).max(100),
    surname: z.string().min(1).max(100),
    dateOfBirth: DateOnly,
    startDate: DateOnly.describe('First day of work with this sponsor (at most 3 months ahead)'),
    job: z.string().min(1).max(100),
    monthlySalaryCents: z
      .number()
      .int()
      .min(0)
      .max(100_000_000_00)
      .describe('Gross monthly salary in euro cents, checked against the salary criterion of the permit'),
    permit: z.enum(REGISTRATION_PERMITS),
  })
  .strict()
  .meta({ id: 'EmployeeRegistrationInput' });

export const SponsorChangeReportInput = z
  .object({
    reason: z.enum(SPONSOR_CHANGE_REASONS),
    occurredOn: DateOnly.describe('The day it happened (not in the future)'),
    explanation: Explanation.optional().describe('Required for other, and for a late report'),
    address: z
      .string()
      .max(300)
      .optional()
      .describe('The new address of the administration (required for administration_address)'),
  })
  .strict()
  .meta({ id: 'SponsorChangeReportInput' });

export const Report = z
  .object({
    reference: z.string().describe('The reference to quote (also on the receipt the contact address gets)'),
    kind: z.enum(['deregistration', 'registration', 'sponsor_change']),
    reason: z.string(),
    vNumber: z.string().nullable(),
    endsSponsorship: z.boolean().describe('True when the report ends the sponsorship of the employee'),
    occurredOn: DateOnly,
    deadline: DateOnly.describe(
      'The last day to report it: 4 weeks after it happened (the administration address: 2), moved past a weekend or holiday',
    ),
    late: z.boolean().describe('Reported after the deadline: accepted, and marked late'),
    submittedAt: DateTime,
  })
  .meta({ id: 'Report' });

// ----- operations --------------------------------------------------------------------------

export interface Operation {
  operationId: string;
  method: 'get' | 'post' | 'delete';
  /** OpenAPI path below /api/v1, parameters as `{name}`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** The scope the client needs for the organisation; 'any' for the organisation itself. */
  scope: ApiScope | 'any' | 'none';
  /** Only for an organisation with an active recognition (the pages' "recognised sponsor"). */
  sponsorOnly?: boolean;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodObject;
  /** The POST needs an Idempotency-Key header (draft-ietf-httpapi-idempotency-key-header). */
  idempotent?: boolean;
  response: { status: 200 | 201 | 204; schema?: z.ZodType; binary?: boolean; description: string };
  /** The audit event of a call (the portal's audit log, with the client id). */
  audit: AuditAction;
}

const org = z.object({ kvkNumber: KvkNumber });

export const CaseQuery = z
  .object({
    q: z.string().max(100).optional().describe('Part of the employee name or case number, or the V-number'),
    type: z.string().max(60).optional().describe('Catalogue code of the type of application'),
    status: CaseStatus.optional(),
    submittedFrom: DateOnly.optional().describe('Submitted on or after this day (Europe/Amsterdam)'),
    submittedTo: DateOnly.optional().describe('Submitted on or before this day (Europe/Amsterdam)'),
    sort: z.enum(['submittedDesc', 'submittedAsc', 'expectedAsc']).default('submittedDesc'),
    cursor: Cursor.optional(),
    limit: Limit,
  })
  .strict();

export const DocumentQuery = z
  .object({
    q: z.string().max(100).optional().describe('Part of the case number or employee name'),
    kind: z
      .enum([
        'acknowledgement',
        'information_request',
        'decision',
        'application',
        'attachment',
        'supplied_information',
      ])
      .optional(),
    caseNumber: z.string().max(60).optional(),
    createdFrom: DateOnly.optional(),
    createdTo: DateOnly.optional(),
    cursor: Cursor.optional(),
    limit: Limit,
  })
  .strict();

export const EmployeeQuery = z
  .object({
    q: z.string().max(100).optional().describe('Part of the name, or the V-number'),
    permitType: z.string().max(60).optional().describe('Catalogue code of the permit'),
    sponsorshipState: z.enum(['active', 'ended', 'pending']).optional(),
    cursor: Cursor.optional(),
    limit: Limit,
  })
  .strict();

export const OPERATIONS = [
  {
    operationId: 'listOrganisations',
    method: 'get',
    path: '/organisations',
    summary: 'Organisations this client may act for',
    description:
      'The organisation that registered the client, and the sponsors that authorised it (agencies).',
    tag: 'Organisations',
    scope: 'none',
    response: { status: 200, schema: OrganisationList, description: 'The organisations' },
    audit: 'api.organisations.listed',
  },
  {
    operationId: 'getOrganisation',
    method: 'get',
    path: '/organisations/{kvkNumber}',
    summary: 'The organisation and its recognitions',
    tag: 'Organisations',
    scope: 'any',
    params: org,
    response: { status: 200, schema: Organisation, description: 'The organisation' },
    audit: 'api.organisation.read',
  },
  {
    operationId: 'listCases',
    method: 'get',
    path: '/organisations/{kvkNumber}/cases',
    summary: 'Cases (applications) with their status',
    description: 'Keyset pages: follow `nextCursor` until it is null. Filters as on the status page.',
    tag: 'Cases',
    scope: 'status',
    sponsorOnly: true,
    params: org,
    query: CaseQuery,
    response: { status: 200, schema: CaseList, description: 'One page of cases' },
    audit: 'api.cases.listed',
  },
  {
    operationId: 'getCase',
    method: 'get',
    path: '/organisations/{kvkNumber}/cases/{caseNumber}',
    summary: 'A case with its status history and expected decision date',
    tag: 'Cases',
    scope: 'status',
    sponsorOnly: true,
    params: org.extend({ caseNumber: z.string().min(1).max(60) }),
    response: { status: 200, schema: Case, description: 'The case' },
    audit: 'api.case.read',
  },
  {
    operationId: 'listDocuments',
    method: 'get',
    path: '/organisations/{kvkNumber}/documents',
    summary: 'File documents (letters, decisions, submitted documents)',
    tag: 'Documents',
    scope: 'documents',
    sponsorOnly: true,
    params: org,
    query: DocumentQuery,
    response: { status: 200, schema: DocumentList, description: 'One page of documents, newest first' },
    audit: 'api.documents.listed',
  },
  {
    operationId: 'downloadDocument',
    method: 'get',
    path: '/organisations/{kvkNumber}/documents/{documentId}/content',
    summary: 'Download a file document (streamed)',
    tag: 'Documents',
    scope: 'documents',
    sponsorOnly: true,
    params: org.extend({ documentId: Uuid }),
    response: { status: 200, binary: true, description: 'The document (PDF, JPEG or PNG)' },
    audit: 'api.document.downloaded',
  },
  {
    operationId: 'listEmployees',
    method: 'get',
    path: '/organisations/{kvkNumber}/employees',
    summary: 'Sponsored employees (as the IND registers them)',
    description:
      'Read from the portal’s read model of the case system. De-register an employee or report a change with `POST …/employee-reports`.',
    tag: 'Employees',
    scope: 'employees',
    sponsorOnly: true,
    params: org,
    query: EmployeeQuery,
    response: {
      status: 200,
      schema: EmployeeList,
      description: 'One page of employees, the permit ending first (as on the employees page)',
    },
    audit: 'api.employees.listed',
  },
  {
    operationId: 'createEmployeeReport',
    method: 'post',
    path: '/organisations/{kvkNumber}/employee-reports',
    summary: 'De-register an employee, or report a change about one',
    description:
      'The same report, checks and deadline as the portal’s form: within 4 weeks after the change (a late report is accepted and marked late, with an explanation why). The employee is named by V-number. Send an `Idempotency-Key`: a retry with the same key and body returns the first response and files nothing again; the same key with another body is refused (422). An employee de-registered already is a 409.',
    tag: 'Reports',
    scope: 'reports',
    sponsorOnly: true,
    params: org,
    body: EmployeeReportInput,
    idempotent: true,
    response: { status: 201, schema: Report, description: 'The report, with its reference and deadline' },
    audit: 'api.employee-report.filed',
  },
  {
    operationId: 'createEmployeeRegistration',
    method: 'post',
    path: '/organisations/{kvkNumber}/employee-registrations',
    summary: 'Register an employee who holds a permit and starts with this sponsor',
    description:
      'Change of employer: the same checks as the portal’s form (the salary criterion of the permit on the start date included). Send an `Idempotency-Key` (as for employee reports). An employee registered as active already is a 409.',
    tag: 'Reports',
    scope: 'reports',
    sponsorOnly: true,
    params: org,
    body: EmployeeRegistrationInput,
    idempotent: true,
    response: {
      status: 201,
      schema: Report,
      description: 'The registration, with its reference and deadline',
    },
    audit: 'api.employee-registration.filed',
  },
  {
    operationId: 'createSponsorChangeReport',
    method: 'post',
    path: '/organisations/{kvkNumber}/sponsor-change-reports',
    summary: 'Report a change about the sponsor itself',
    description:
      'End of the organisation, bankruptcy, suspension of payments, a new address of the administration (within 2 weeks), or another change; the same checks as the portal’s form. Send an `Idempotency-Key` (as for employee reports).',
    tag: 'Reports',
    scope: 'reports',
    sponsorOnly: true,
    params: org,
    body: SponsorChangeReportInput,
    idempotent: true,
    response: { status: 201, schema: Report, description: 'The report, with its reference and deadline' },
    audit: 'api.sponsor-change-report.filed',
  },
  {
    operationId: 'listWebhookSubscriptions',
    method: 'get',
    path: '/organisations/{kvkNumber}/webhook-subscriptions',
    summary: 'This client’s webhook subscriptions for the organisation',
    tag: 'Webhooks',
    scope: 'any',
    params: org,
    response: { status: 200, schema: WebhookSubscriptionList, description: 'The subscriptions' },
    audit: 'api.webhook-subscriptions.listed',
  },
  {
    operationId: 'createWebhookSubscription',
    method: 'post',
    path: '/organisations/{kvkNumber}/webhook-subscriptions',
    summary: 'Subscribe to case status changes and new documents',
    description:
      'Events are POSTed as CloudEvents 1.0 (structured JSON), signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`). case.status-changed needs the scope status, document.created the scope documents. Send an `Idempotency-Key`: a retry with the same key and body returns the first response; the same key with another body is refused (422).',
    tag: 'Webhooks',
    scope: 'any',
    params: org,
    body: WebhookSubscriptionInput,
    idempotent: true,
    response: {
      status: 201,
      schema: WebhookSubscriptionCreated,
      description: 'The subscription, with its secret',
    },
    audit: 'api.webhook-subscription.created',
  },
  {
    operationId: 'deleteWebhookSubscription',
    method: 'delete',
    path: '/organisations/{kvkNumber}/webhook-subscriptions/{subscriptionId}',
    summary: 'End a webhook subscription',
    tag: 'Webhooks',
    scope: 'any',
    params: org.extend({ subscriptionId: Uuid }),
    response: { status: 204, description: 'Ended' },
    audit: 'api.webhook-subscription.deleted',
  },
] as const satisfies readonly Operation[];

export type OperationId = (typeof OPERATIONS)[number]['operationId'];
