import type { Translate } from '../platform/i18n/catalogue.ts';
import { Heading, Link, Paragraph, Table } from '../platform/ui/components.tsx';

/**
 * The API reference: a readable page made on the server from the OpenAPI document itself (no
 * script, no CDN). Its chrome is in Dutch and English; the document's descriptions are English.
 */
type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Json;
}

function typeOf(schema: Json | undefined): string {
  if (!schema) return '';
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').at(-1) ?? '';
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map(String).join(' | ');
  const type = Array.isArray(schema.type)
    ? (schema.type as string[]).join(' | ')
    : typeof schema.type === 'string'
      ? schema.type
      : '';
  if (type.startsWith('array') && schema.items) return `${typeOf(schema.items as Json)}[]`;
  const format = typeof schema.format === 'string' ? ` (${schema.format})` : '';
  const anyOf = Array.isArray(schema.anyOf) ? (schema.anyOf as Json[]).map(typeOf).join(' | ') : '';
  return anyOf || `${type}${format}`;
}

export function ReferencePage({ document, t }: { document: Json; t: Translate }) {
  const info = document.info as Json;
  const paths = document.paths as Record<string, Record<string, Json>>;
  const schemas = ((document.components as Json).schemas ?? {}) as Record<string, Json>;
  const security = (((document.components as Json).securitySchemes as Json).clientCredentials ?? {}) as Json;
  const server = ((document.servers as Json[])[0]?.url ?? '') as string;
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
  );
  return (
    <div className="bp-api-reference">
      <Heading level={1}>{t('api.reference.title')}</Heading>
      <Paragraph lead>{t('api.reference.lead')}</Paragraph>
      <Paragraph>
        <Link href="/api/v1/openapi.json">{t('api.reference.download')}</Link> · {String(info.title)}{' '}
        {String(info.version)} · <code>{server}</code>
      </Paragraph>
      <div lang="en">
        <Paragraph>{String(info.description)}</Paragraph>
      </div>
      <Heading level={2}>{t('api.reference.auth')}</Heading>
      <div lang="en">
        <Paragraph>{typeof security.description === 'string' ? security.description : ''}</Paragraph>
      </div>
      <Heading level={2}>{t('api.reference.operations')}</Heading>
      {operations.map(({ path, method, operation }) => {
        const id = String(operation.operationId);
        const parameters = (operation.parameters ?? []) as Parameter[];
        const body = operation.requestBody as Json | undefined;
        const bodySchema = body
          ? ((((body.content as Json)['application/json'] as Json).schema ?? {}) as Json)
          : undefined;
        const responses = operation.responses as Record<string, Json>;
        const scopes = ((operation.security as Json[] | undefined)?.[0]?.clientCredentials ?? []) as string[];
        return (
          <section key={id} aria-labelledby={id} className="bp-api-operation">
            <Heading level={3} id={id}>
              <code>
                {method.toUpperCase()} {path}
              </code>
            </Heading>
            <div lang="en">
              <Paragraph>
                <strong>{String(operation.summary)}</strong>
                {typeof operation.description === 'string' ? ` — ${operation.description}` : ''}
              </Paragraph>
            </div>
            {scopes.length > 0 ? (
              <Paragraph>
                {t('api.reference.scope')}: <code>{scopes.join(', ')}</code>
              </Paragraph>
            ) : null}
            {parameters.length > 0 ? (
              <Table
                caption={`${t('api.reference.parameters')}: ${id}`}
                scrollLabel={`${t('api.reference.parameters')}: ${id}`}
                head={['name', 'in', 'type', '']}
                rows={parameters.map((p) => ({
                  key: `${p.in}-${p.name}`,
                  cells: [
                    <code key="n">{p.name}</code>,
                    p.in,
                    <span key="t" lang="en">
                      {typeOf(p.schema)}
                      {p.required ? ` · ${t('api.reference.required')}` : ''}
                    </span>,
                    <span key="d" lang="en">
                      {p.description ?? ''}
                    </span>,
                  ],
                }))}
              />
            ) : null}
            {bodySchema ? (
              <Paragraph>
                {t('api.reference.requestBody')}: <code>{typeOf(bodySchema)}</code>
              </Paragraph>
            ) : null}
            <Paragraph>
              {t('api.reference.responses')}:{' '}
              {Object.entries(responses).map(([status, response], index) => {
                const content = (response.content ?? {}) as Record<string, Json>;
                const first = Object.entries(content)[0];
                return (
                  <span key={status}>
                    {index > 0 ? ', ' : ''}
                    <code>{status}</code>
                    {first ? ` ${typeOf(first[1].schema as Json)}` : ''}
                  </span>
                );
              })}
            </Paragraph>
          </section>
        );
      })}
      <Heading level={2}>{t('api.reference.schemas')}</Heading>
      {Object.entries(schemas).map(([name, schema]) => {
        const properties = (schema.properties ?? {}) as Record<string, Json>;
        const required = (schema.required ?? []) as string[];
        return (
          <section key={name} aria-labelledby={`schema-${name}`}>
            <Heading level={3} id={`schema-${name}`}>
              {name}
            </Heading>
            <Table
              caption={name}
              scrollLabel={name}
              head={['property', 'type', '']}
              rows={Object.entries(properties).map(([property, definition]) => ({
                key: property,
                cells: [
                  <code key="p">{property}</code>,
                  <span key="t" lang="en">
                    {typeOf(definition)}
                    {required.includes(property) ? ` · ${t('api.reference.required')}` : ''}
                  </span>,
                  <span key="d" lang="en">
                    {typeof definition.description === 'string' ? definition.description : ''}
                  </span>,
                ],
              }))}
            />
          </section>
        );
      })}
    </div>
  );
}
