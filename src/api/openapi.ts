import { z } from 'zod';
import { API_PREFIX, API_VERSION, OPERATIONS, Problem, type Operation } from './contract.ts';
import { WEBHOOK_EVENT_TYPES } from './schema.ts';

/**
 * The OpenAPI 3.1 document, generated from the contract's zod schemas (JSON Schema 2020-12,
 * which OpenAPI 3.1 uses as is). Follows the NL API Design Rules: the major version in the
 * server URL, an `API-Version` header on every success, `application/problem+json` errors.
 */
type Json = Record<string, unknown>;

const COMPONENT = (id: string) => `#/components/schemas/${id}`;

/**
 * `anyOf: [{type: 'string', format: 'date'}, {type: 'null'}]` (zod's nullable) becomes
 * `{type: ['string', 'null'], format: 'date'}`: the same in JSON Schema 2020-12, and the form
 * the NL linter reads a date's format from (nlgov:specify-format-for-date-and-time).
 */
function collapseNullable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(collapseNullable);
  if (!value || typeof value !== 'object') return value;
  const object: Json = Object.fromEntries(
    Object.entries(value as Json).map(([key, child]) => [key, collapseNullable(child)]),
  );
  const anyOf = object.anyOf;
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const [first, second] = anyOf as Json[];
    if (second?.type === 'null' && typeof first?.type === 'string' && !('$ref' in first)) {
      const { anyOf: _a, ...rest } = object;
      return { ...rest, ...first, type: [first.type, 'null'] };
    }
  }
  return object;
}

function schemaOf(schema: z.ZodType, io: 'input' | 'output' = 'output'): Json {
  const id = z.globalRegistry.get(schema)?.id;
  if (id) return { $ref: COMPONENT(id) };
  const { $schema: _schema, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return collapseNullable(json) as Json;
}

const versionHeader = {
  'API-Version': {
    description: 'The full version of the API (NL API Design Rules /core/version-header)',
    schema: { type: 'string', example: API_VERSION },
  },
};

const problem = (description: string) => ({
  description,
  headers: versionHeader,
  content: { 'application/problem+json': { schema: { $ref: COMPONENT('Problem') } } },
});

function parameters(operation: Operation): Json[] {
  const list: Json[] = [];
  const add = (where: 'path' | 'query', object: z.ZodObject | undefined) => {
    if (!object) return;
    for (const [name, property] of Object.entries(object.shape)) {
      const schema = schemaOf(property as z.ZodType, 'input');
      const { description, ...rest } = schema;
      list.push({
        name,
        in: where,
        required: where === 'path' || !(property as z.ZodType).safeParse(undefined).success,
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  };
  add('path', operation.params);
  add('query', operation.query);
  if (operation.idempotent)
    list.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description: 'A unique key per request (e.g. a UUID); a retry with the same key never files twice.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    });
  return list;
}

function responses(operation: Operation): Json {
  const { response } = operation;
  const success: Json = { description: response.description, headers: versionHeader };
  if (response.schema) success.content = { 'application/json': { schema: schemaOf(response.schema) } };
  if (response.binary)
    success.content = Object.fromEntries(
      ['application/pdf', 'image/jpeg', 'image/png'].map((type) => [
        type,
        { schema: { type: 'string', contentMediaType: type } },
      ]),
    );
  const result: Json = {
    [String(response.status)]: success,
    '400': problem('Invalid input: `invalidParams` names each parameter and the reason'),
    '401': problem('No valid access token'),
    '403': problem('The client lacks the scope for this organisation'),
    '404': problem('Not found, or not the organisation’s'),
    '429': problem('Too many requests for this client; retry after the Retry-After header'),
    '500': problem('Unexpected error; the problem’s `instance` is the request id'),
  };
  if (operation.idempotent) {
    result['409'] = problem(
      'A request with this Idempotency-Key is still being processed, or the report conflicts with what is registered (`invalidParams` names the field)',
    );
    result['422'] = problem('This Idempotency-Key was used with another request body');
  }
  return result;
}

export function openApiDocument(publicUrl: string): Json {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { uri: COMPONENT, unrepresentable: 'any' }) as {
    schemas: Record<string, Json>;
  };
  const components: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema;
    components[id] = collapseNullable(rest) as Json;
  }
  if (!components.Problem) components.Problem = schemaOf(Problem);
  const paths: Record<string, Json> = {};
  for (const operation of OPERATIONS as readonly Operation[]) {
    const item = (paths[operation.path] ??= {});
    item[operation.method] = {
      operationId: operation.operationId,
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      tags: [operation.tag],
      security: [
        {
          clientCredentials: operation.scope === 'any' || operation.scope === 'none' ? [] : [operation.scope],
        },
      ],
      parameters: parameters(operation),
      ...(operation.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schemaOf(operation.body, 'input') } },
            },
          }
        : {}),
      responses: responses(operation),
      'x-audit-event': operation.audit,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'IND Business Portal API',
      version: API_VERSION,
      description:
        'The API of the IND Business Portal for HR and relocation software: the organisation and its recognitions, cases with their status history, file documents, employees, and webhooks. Clients are registered in the portal (Account → API clients) and authenticate with OAuth 2 client credentials and private_key_jwt (RFC 7523). Webhook event types: ' +
        WEBHOOK_EVENT_TYPES.join(', ') +
        '.',
      contact: { name: 'IND Business Portal', email: 'api@ind.nl', url: `${publicUrl}/api/v1/docs` },
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: `${publicUrl}${API_PREFIX}`, description: 'This portal' }],
    tags: [...new Set((OPERATIONS as readonly Operation[]).map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        clientCredentials: {
          type: 'oauth2',
          description:
            'Client credentials with private_key_jwt: POST grant_type=client_credentials, client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer and client_assertion (a JWT signed with the registered key; iss = sub = client id, aud = the token URL, exp at most 5 minutes ahead, a unique jti) to the token URL.',
          flows: {
            clientCredentials: {
              tokenUrl: `${publicUrl}${API_PREFIX}/oauth/token`,
              scopes: {
                status: 'Cases and their status',
                employees: 'Sponsored employees',
                documents: 'File documents',
                reports:
                  'De-registrations, change reports and registrations of employees; changes about the sponsor',
              },
            },
          },
        },
      },
    },
  };
}
