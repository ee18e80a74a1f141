import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MessageKey } from '../platform/i18n/catalogue.ts';
import type { Params } from '../platform/i18n/i18n.ts';
import { API_VERSION } from './contract.ts';

/** RFC 9457 problem details, in the language of Accept-Language (NL API Design Rules /core/error-handling). */
export interface InvalidParam {
  name: string;
  in: 'path' | 'query' | 'header' | 'body';
  reason: string;
}

const TYPES: Record<number, string> = {
  400: 'https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.1',
  401: 'https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.2',
  403: 'https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.4',
  404: 'https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.5',
  409: 'https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.10',
  415: 'https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.16',
  422: 'https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.21',
  429: 'https://datatracker.ietf.org/doc/html/rfc6585#section-4',
  500: 'https://datatracker.ietf.org/doc/html/rfc9110#section-15.6.1',
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  title: MessageKey,
  detail: MessageKey,
  options: { params?: Params; invalidParams?: InvalidParam[] } = {},
): FastifyReply {
  return reply
    .status(status)
    .header('api-version', API_VERSION)
    .header('content-language', request.lang)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: TYPES[status] ?? 'about:blank',
      title: request.t(title),
      status,
      detail: request.t(detail, options.params),
      instance: `urn:uuid:${request.id}`,
      ...(options.invalidParams ? { invalidParams: options.invalidParams } : {}),
    });
}
