import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../db/database.ts';
import { ErrorPage, type ErrorDetail, type ErrorStatus } from './error-page.tsx';
import { renderPage, viewContext } from './render.tsx';
import type { ModuleContext } from '../module.ts';
import type { Navigation } from '../ui/view-context.ts';

type PageDeps = Pick<ModuleContext, 'assets' | 'config' | 'resolveActor'> & { navigation: Navigation };

/** Maps any error to the status the user should see; unknown errors are 500. */
export function statusOf(error: FastifyError | Error): ErrorStatus {
  if (isDatabaseUnavailable(error)) return 503;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return 400;
  const code = typeof fastifyError.code === 'string' ? fastifyError.code : '';
  if (
    code === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
    code === 'FST_REQ_FILE_TOO_LARGE' ||
    code === 'FST_FILES_LIMIT' ||
    code === 'FST_PARTS_LIMIT' ||
    code === 'FST_FIELDS_LIMIT'
  )
    return 413;
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 415;
  if (code.startsWith('FST_CSRF')) return 403;
  const status = fastifyError.statusCode ?? 500;
  if (status === 503) return 503;
  if (status >= 500) return 500;
  if ([400, 403, 404, 413, 415, 429].includes(status)) return status as ErrorStatus;
  return 400;
}

function sendErrorPage(
  deps: PageDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  status: ErrorStatus,
  detail: ErrorDetail = {},
): FastifyReply {
  const context = viewContext(request, reply, deps.assets, !deps.config.production, deps.navigation);
  const html = renderPage(
    context,
    request.t(`error.${status}.title`),
    <ErrorPage status={status} occurredAt={new Date()} detail={detail} />,
  );
  if (status === 503) reply.header('retry-after', '60');
  return reply.status(status).type('text/html; charset=utf-8').send(html);
}

export function errorHandler(deps: PageDeps) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status = statusOf(error);
    if (status >= 500) {
      request.log.error(
        { err: { type: error.name, message: error.message, code: error.code, stack: error.stack } },
        'request failed',
      );
    } else {
      request.log.info({ status, code: error.code }, 'request refused');
    }
    const detail = (error as { errorDetail?: ErrorDetail }).errorDetail;
    // Retry-After in seconds (RFC 9110 10.2.3), the same time the page names.
    if (status === 429 && detail?.retryAfterSeconds)
      reply.header('retry-after', String(detail.retryAfterSeconds));
    return sendErrorPage(deps, request, reply, status, detail);
  };
}

export function notFoundHandler(deps: PageDeps) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.actor.kind === 'anonymous') {
      try {
        request.actor = await deps.resolveActor(request);
      } catch {
        // The 404 page must render even when the session store is unavailable.
      }
    }
    return sendErrorPage(deps, request, reply, 404);
  };
}
