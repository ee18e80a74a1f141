import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import { KEPT_INPUT_COOKIE, keepPostedInput } from './kept-input.ts';
import { safeLocalPath } from './paths.ts';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import { drainOnClose } from './drain.ts';
import { rateLimitRedis } from './rate-limit-store.ts';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import { decide, type AccessRule, type RouteService } from '../auth/access.ts';
import { ANONYMOUS, type Actor } from '../auth/actor.ts';
import { audit } from '../audit.ts';
import { translator } from '../i18n/catalogue.ts';
import { isLang, LANG_COOKIE, negotiateLanguage } from '../i18n/i18n.ts';
import { navigationFor, type ModuleContext, type PortalModule } from '../module.ts';
import type { ErrorDetail } from './error-page.tsx';
import { errorHandler, notFoundHandler } from './errors.tsx';
import { observeRequests, operationsRoutes } from './operations.ts';
import { renderDocument, renderPage, viewContext } from './render.tsx';
import { securityHeaders } from './security.ts';
import { devMailboxRoutes } from '../mail/mailbox-routes.tsx';
import './types.ts';

export const CSRF_COOKIE = '__Host-bp-csrf';

/** What the app is built from: the context handed to every module, and the modules (src/main/modules.ts). */
export interface AppDeps extends ModuleContext {
  modules: readonly PortalModule[];
}

/** A route as registered, with its declared access rule (a test walks this list). */
export interface RouteRecord {
  method: string;
  url: string;
  access: string;
}

/** Makes registering a route without `config.access` an error, and records each route. */
export function requireAccessRules(app: FastifyInstance, routeTable: RouteRecord[]): void {
  app.addHook('onRoute', (route) => {
    const rule = route.config?.access;
    if (!rule) throw new Error(`route ${String(route.method)} ${route.url} declares no access rule`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routeTable.push({ method, url: route.url, access: rule.kind });
  });
}

/**
 * Assembles the portal. Reads top to bottom as its set-up steps.
 */
/** The app and the table of its routes (a Fastify instance is thenable, so it is not returned bare). */
export interface BuiltApp {
  app: FastifyInstance;
  routeTable: RouteRecord[];
}

export async function createApp(deps: AppDeps): Promise<BuiltApp> {
  const { config, database, logger, assets } = deps;
  const developmentMode = !config.production;
  const navigation = navigationFor(deps.modules, deps.sections);
  const pageDeps = { ...deps, navigation };

  // 1. The server: request ids we generate (never trusted from outside), JSON logs, body limits.
  const loggerInstance: FastifyBaseLogger = logger;
  const app = Fastify({
    loggerInstance,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Issue 13 (8): a slow or stalled body does not hold its connection for good.
    requestTimeout: config.http.requestTimeoutMs,
    connectionTimeout: config.http.idleTimeoutMs,
    return503OnClosing: true,
  });
  const routeTable: RouteRecord[] = [];
  observeRequests(app, deps.metrics); // at the root, so every route is measured
  drainOnClose(app); // a keep-alive connection does not hold the shutdown

  // 2. Every route must declare its access rule; refusing to start is better than an open route.
  requireAccessRules(app, routeTable);

  // 3. Security headers on every response (quality check 6).
  //    Helmet's header set, worked out once (security.ts), set on the raw response as helmet does.
  const headers = await securityHeaders();
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  // 4. Cookies, then the CSRF secret cookie (checked for unsafe methods in preHandler, step 8).
  await app.register(cookie, { secret: config.sessionSecret, hook: 'onRequest' });
  await app.register(csrf, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: true, signed: true },
    getToken: (request) => {
      const body = request.body as Record<string, unknown> | undefined;
      const field = body?._csrf;
      if (typeof field === 'string') return field;
      if (field && typeof field === 'object' && 'value' in field && typeof field.value === 'string')
        return field.value;
      const header = request.headers['x-csrf-token'];
      return typeof header === 'string' ? header : undefined;
    },
  });

  // 5. Body parsers: forms; text/plain is parsed so that a cross-site text/plain POST reaches
  //    the CSRF check and is refused with 403 (quality check 4), rather than a 415.
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  app.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
    done(null, { text: body });
  });

  // 6. Rate limiting per client; stricter limits are set on login, upload and search routes.
  await app.register(rateLimit, {
    // Several instances share their counts through Redis when REDIS_URL is set (issue 13).
    ...(config.redisUrl
      ? { redis: await rateLimitRedis(config.redisUrl, app), nameSpace: 'bp-rate-limit:', skipOnError: true }
      : {}),
    global: true,
    max: config.rateLimitMax,
    timeWindow: '1 minute',
    allowList: (request) =>
      request.url === '/healthz' || request.url === '/readyz' || request.url.startsWith('/assets/'),
    errorResponseBuilder: (_request, context) => {
      const error = new Error('rate limited') as Error & {
        statusCode: number;
        retryAfter: string;
        errorDetail: ErrorDetail;
      };
      error.statusCode = 429;
      error.retryAfter = context.after;
      // The page says truly how long to wait (D7), not "a minute" whatever the window.
      error.errorDetail = { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) };
      return error;
    },
  });

  // 7. Each request: its language and its actor, then the route's access rule.
  app.decorateRequest('actor', null as never);
  app.decorateRequest('lang', 'nl');
  app.decorateRequest('t', null as never);
  app.decorateRequest('session', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('expiredSubject', null);
  app.decorateRequest('keepInputForLogin', false);
  app.decorateRequest('resumedInput', async function (this: FastifyRequest) {
    const token = this.cookies[KEPT_INPUT_COOKIE];
    if (!token || !deps.keptInput || this.actor.kind === 'anonymous') return undefined;
    return deps.keptInput.take(this, token);
  });
  app.addHook('onRequest', async (request, reply) => {
    request.actor = ANONYMOUS;
    const chosen = request.cookies[LANG_COOKIE];
    request.lang = isLang(chosen) ? chosen : negotiateLanguage(request.headers['accept-language']);
    request.t = translator(request.lang);
    const { access: rule, session, service } = request.routeOptions.config;
    if (!rule) return; // no route matched: the not-found handler answers
    if (session !== false) request.actor = await deps.resolveActor(request);
    if (rule.kind === 'public') return;
    const decision = decide(rule, request.actor, developmentMode, service);
    if (decision.allowed) return;
    switch (decision.reason) {
      case 'login_required':
        // A form posted after the session ended: its input is kept (preValidation, once the
        // body is parsed) and given back after the new login (D3).
        if (
          request.method === 'POST' &&
          request.routeOptions.config.keepInput &&
          deps.keptInput &&
          request.sessionExpired &&
          sameOrigin(request, config.publicUrl) &&
          (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
        ) {
          request.keepInputForLogin = true;
          return;
        }
        return reply.redirect(
          `/login?return=${encodeURIComponent(request.url)}${request.sessionExpired ? '&expired=1' : ''}`,
          303,
        );
      case 'staff_login_required':
        return reply.redirect(`/staff/login?return=${encodeURIComponent(request.url)}`, 303);
      case 'not_recognised':
        return reply.redirect('/recognition-required', 303);
      case 'not_found':
        return notFoundHandler(pageDeps)(request, reply);
      case 'forbidden':
        await audit(database.db, request.actor, {
          event: 'access.denied',
          outcome: 'denied',
          reason: `route ${request.routeOptions.url ?? ''} needs ${rule.kind}`,
          requestId: request.id,
        });
        // D24: the 403 page says why (a missing role, a branch login, a limited authorisation),
        // not "refresh the page", which only helps after a lost CSRF token.
        throw Object.assign(new Error('forbidden'), {
          statusCode: 403,
          errorDetail: forbiddenDetail(rule, request.actor, service),
        });
    }
  });

  // 7b. The input of a form posted after the session ended is kept, then the user logs in again.
  //     A route with `keepInput: 'return'` (the session banner, D10) keeps it for the page it
  //     names in `return`; the others for their own path.
  app.addHook('preValidation', async (request, reply) => {
    if (!request.keepInputForLogin || !deps.keptInput) return;
    const own = request.url.split('?')[0] ?? '/';
    const byReturn = request.routeOptions.config.keepInput === 'return';
    const carried = byReturn
      ? safeLocalPath((request.query as Record<string, unknown> | undefined)?.return)
      : own;
    const kept = carried
      ? await keepPostedInput(request, reply, deps.keptInput, carried.split('?')[0] ?? carried, 'login')
      : false;
    const back =
      carried ?? safeLocalPath((request.body as Record<string, unknown> | undefined)?.return) ?? '/dashboard';
    return reply.redirect(`/login?return=${encodeURIComponent(back)}&expired=1${kept ? '&kept=1' : ''}`, 303);
  });

  // 8. CSRF for every unsafe method, after the body is parsed (brief: preHandler, not onRequest).
  app.addHook('preHandler', (request, reply, done) => {
    const safe = request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS';
    if (safe || request.routeOptions.config.csrf === false) {
      done();
      return;
    }
    app.csrfProtection(request, reply, done);
  });

  // 9. Rendering helpers.
  app.decorateReply('page', function (title, body, options = {}) {
    const html = renderPage(
      viewContext(this.request, this, assets, developmentMode, navigation),
      title,
      body,
      options,
    );
    return this.status(options.status ?? 200)
      .type('text/html; charset=utf-8')
      .send(html);
  });
  app.decorateReply('html', function (element, status = 200) {
    const html = renderDocument(
      viewContext(this.request, this, assets, developmentMode, navigation),
      element,
    );
    return this.status(status).type('text/html; charset=utf-8').send(html);
  });

  // 10. Errors: a page with a correlation id for every failure, never a stack trace.
  app.setErrorHandler(errorHandler(pageDeps));
  app.setNotFoundHandler(notFoundHandler(pageDeps));

  // 11. Static assets with fingerprinted names, cached for a year.
  app.get('/assets/:file', { config: { access: { kind: 'public' }, session: false } }, (request, reply) => {
    const asset = assets.byUrl(request.url.split('?')[0] ?? '');
    if (!asset) return notFoundHandler(pageDeps)(request, reply);
    return reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .type(asset.contentType)
      .send(asset.body);
  });

  // 12. The portal's modules, in the order of src/main/modules.ts.
  await app.register(operationsRoutes(deps));
  const moduleDeps: AppDeps = {
    ...deps,
    dashboardSections: deps.modules
      .flatMap((m) => m.dashboardSections?.(deps) ?? [])
      .sort((a, b) => a.order - b.order),
  };
  for (const module of deps.modules) {
    if (module.routes) await app.register(module.routes(moduleDeps));
  }
  if (config.features.devMailbox) await app.register(devMailboxRoutes(deps));

  return { app, routeTable };
}

/** Why a route refused the actor, for a 403 page that helps (D24). */
function forbiddenDetail(rule: AccessRule, actor: Actor, service: RouteService | undefined): ErrorDetail {
  if (rule.kind === 'staff')
    return actor.kind === 'staff' ? { forbidden: 'role', roles: rule.roles } : { forbidden: 'staff_only' };
  if (actor.kind === 'staff') return { forbidden: 'business_only' };
  if (actor.kind === 'business' && actor.branchNumber !== null && service !== 'general')
    return { forbidden: 'branch' };
  if (actor.kind === 'business' && actor.scope) return { forbidden: 'scope' };
  return {};
}

/** A form posted from the portal itself (the browser says so), never one from another site. */
function sameOrigin(request: FastifyRequest, publicUrl: string): boolean {
  if (request.headers['sec-fetch-site'] === 'same-origin') return true;
  const origin = request.headers.origin;
  return typeof origin === 'string' && origin === new URL(publicUrl).origin;
}
