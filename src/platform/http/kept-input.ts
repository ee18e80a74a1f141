import type { FastifyReply, FastifyRequest } from 'fastify';

/** Form values as kept and put back: strings and string lists by form name. */
export type KeptInput = Record<string, string | string[]>;

/**
 * Why input was kept: the session had ended (D3: given back after logging in again), or the
 * user switched language or extended the session from a page with unsaved input (D10).
 */
export type KeptReason = 'login' | 'language' | 'extend';
export const KEPT_REASONS: readonly KeptReason[] = ['login', 'language', 'extend'];

/** Kept input as single values (the first of a list), for forms whose fields are all single. */
export function singleValues(input: KeptInput): Record<string, string> {
  const single: Record<string, string> = {};
  for (const [name, value] of Object.entries(input))
    single[name] = Array.isArray(value) ? (value[0] ?? '') : value;
  return single;
}

/** What a page says when it shows input kept for it, by why it was kept. */
export const RESUMED_NOTICE = {
  login: 'kept.login',
  language: 'kept.language',
  extend: 'kept.extend',
} as const satisfies Record<KeptReason, string>;

/** Input given back to a page, with why it was kept (the page says so in its notice). */
export interface ResumedInput {
  input: KeptInput;
  reason: KeptReason;
}

/**
 * The id of a page's main form. A page rendered with `pageForm: true` has a form with this id
 * whose route keeps input (`config.keepInput`): the header's language switch and the session
 * banner's "stay logged in" post that form along (`form="page-form"`, D10), so that nothing
 * typed is lost, also without JavaScript. Never a multipart form (files are never kept).
 */
export const PAGE_FORM_ID = 'page-form';

/**
 * Keeping a form's input over an expired session (D3), provided by identity (which knows whose
 * session it was) and used by the app (platform/http/app.ts): a POST to a route with
 * `config.keepInput` that finds the session ended keeps its input and sends the user to log in
 * again; the page the user comes back to takes it (`request.resumedInput()`), once.
 */
export interface KeptInputService {
  /**
   * Keeps posted input for the person of this request: the person of the ended session (D3),
   * else the person logged in (D10); for `path` (default: the request's own path). The token for
   * the cookie, or undefined when no person is known (nothing is kept for anyone).
   */
  keep(
    request: FastifyRequest,
    input: KeptInput,
    options?: { path?: string; reason?: KeptReason },
  ): Promise<string | undefined>;
  /** The input kept under the token for this request's actor and path, removed as it is taken. */
  take(request: FastifyRequest, token: string): Promise<ResumedInput | undefined>;
}

export const KEPT_INPUT_COOKIE = '__Host-bp-kept';
export const KEPT_INPUT_SECONDS = 30 * 60;
const MAX_KEPT_CHARS = 64 * 1024;

/** The form values worth keeping: strings and string lists, without the CSRF token or the button. */
export function keepable(body: unknown): KeptInput | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const input: KeptInput = {};
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (name === '_csrf' || name === 'action') continue;
    if (typeof value === 'string') input[name] = value.slice(0, 2000);
    else if (Array.isArray(value))
      input[name] = value.filter((v): v is string => typeof v === 'string').slice(0, 50);
  }
  return JSON.stringify(input).length <= MAX_KEPT_CHARS ? input : undefined;
}

/**
 * Keeps this request's posted form fields for the page at `path` and sets the cookie that finds
 * them again; true when something was kept. Nothing without a known person or without fields.
 */
export async function keepPostedInput(
  request: FastifyRequest,
  reply: FastifyReply,
  service: KeptInputService | undefined,
  path: string,
  reason: KeptReason,
): Promise<boolean> {
  if (!service) return false;
  const input = keepable(request.body);
  if (!input || Object.keys(input).length === 0) return false;
  const token = await service.keep(request, input, { path, reason });
  if (!token) return false;
  reply.setCookie(KEPT_INPUT_COOKIE, token, {
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    maxAge: KEPT_INPUT_SECONDS,
  });
  return true;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A POST of this route keeps its input when the session has ended (D3): `true` for the GET
     * of the same path, `'return'` for the page named by the `return` query parameter (the
     * session banner's "stay logged in", which posts the page's form along, D10).
     */
    keepInput?: boolean | 'return';
  }
  interface FastifyRequest {
    /** Set when this POST's input is to be kept before the user is sent to log in again. */
    keepInputForLogin: boolean;
    /** The input kept for this page (over a new login, a language switch, …), if any (taken once). */
    resumedInput(): Promise<ResumedInput | undefined>;
  }
}
