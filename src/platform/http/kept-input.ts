import type { FastifyRequest } from 'fastify';

/** Form values as kept and put back: strings and string lists by form name. */
export type KeptInput = Record<string, string | string[]>;

/**
 * Keeping a form's input over an expired session (D3), provided by identity (which knows whose
 * session it was) and used by the app (platform/http/app.ts): a POST to a route with
 * `config.keepInput` that finds the session ended keeps its input and sends the user to log in
 * again; the page the user comes back to takes it (`request.resumedInput()`), once.
 */
export interface KeptInputService {
  /** Keeps the posted input of a request whose session ended; the token for the cookie, or undefined. */
  keep(request: FastifyRequest, input: KeptInput): Promise<string | undefined>;
  /** The input kept under the token for this request's actor and path, removed as it is taken. */
  take(request: FastifyRequest, token: string): Promise<KeptInput | undefined>;
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

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A POST of this route keeps its input when the session has ended (D3), for the GET of the same path. */
    keepInput?: boolean;
  }
  interface FastifyRequest {
    /** Set when this POST's input is to be kept before the user is sent to log in again. */
    keepInputForLogin: boolean;
    /** The input kept for this page over a new login, if any (taken once). */
    resumedInput(): Promise<KeptInput | undefined>;
  }
}
