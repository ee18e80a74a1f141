import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Checks the CSRF token read from a multipart form with the portal's CSRF plugin, without
 * letting the plugin answer the request itself (the handler answers 403). Routes that stream
 * a multipart body opt out of the global check (`csrf: false`) and call this on the form's
 * first field, before a byte of a file is stored.
 */
export function csrfValid(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
): boolean {
  const body = request.body;
  // The plugin reads the token from the body; a valid token stays there, so that a not-found
  // answer (which runs the CSRF hook again) sees it too.
  request.body = { _csrf: token };
  const state = { valid: false };
  const silent = Object.create(reply, { send: { value: () => silent } }) as FastifyReply;
  app.csrfProtection(request, silent, () => {
    state.valid = true;
  });
  if (!state.valid) request.body = body;
  return state.valid;
}
