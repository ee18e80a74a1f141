import type { FastifyInstance } from 'fastify';
import * as client from 'openid-client';

/**
 * The staff OpenID Connect client (openid-client v6): discovery once, then authorization-code
 * flow with state, nonce and PKCE (S256). Against the built-in development issuer the HTTP
 * calls are made in-process (customFetch → app.inject), so the portal does not need to reach
 * its own public address.
 */
export interface StaffOidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  rolesClaim: string;
  /** Set for the development issuer mounted in this app. */
  inProcess?: FastifyInstance;
}

export interface StaffOidcClient {
  settings: StaffOidcSettings;
  configuration(): Promise<client.Configuration>;
}

export function staffOidcClient(settings: StaffOidcSettings): StaffOidcClient {
  let discovered: Promise<client.Configuration> | undefined;
  const options: client.DiscoveryRequestOptions = {};
  if (settings.inProcess) {
    const app = settings.inProcess;
    // The in-process development issuer speaks plain HTTP (never in production: config refuses it).
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- deprecated only to stand out
    options.execute = [client.allowInsecureRequests];
    options[client.customFetch] = async (url, init) => {
      const target = new URL(url);
      const headers: Record<string, string> = { host: target.host };
      new Headers(init.headers).forEach((value, key) => {
        headers[key] = value;
      });
      const response = await app.inject({
        method: init.method as 'GET' | 'POST',
        url: `${target.pathname}${target.search}`,
        headers,
        ...(typeof init.body === 'string' || init.body instanceof URLSearchParams
          ? { payload: init.body.toString() }
          : {}),
      });
      const outgoing = new Headers();
      for (const [key, value] of Object.entries(response.headers)) {
        if (value !== undefined) outgoing.set(key, Array.isArray(value) ? value.join(', ') : String(value));
      }
      return new Response(response.rawPayload.length > 0 ? new Uint8Array(response.rawPayload) : null, {
        status: response.statusCode,
        headers: outgoing,
      });
    };
  }
  return {
    settings,
    configuration() {
      discovered ??= client
        .discovery(
          new URL(settings.issuer),
          settings.clientId,
          { redirect_uris: [settings.redirectUri], response_types: ['code'] },
          client.ClientSecretBasic(settings.clientSecret),
          options,
        )
        .catch((error: unknown) => {
          discovered = undefined; // try again on the next login
          throw error;
        });
      return discovered;
    },
  };
}

export interface LoginStart {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function startLogin(oidc: StaffOidcClient): Promise<LoginStart> {
  const configuration = await oidc.configuration();
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidc.settings.redirectUri,
    scope: 'openid profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url, state, nonce, codeVerifier };
}

/** Exchanges the code; returns the ID token claims (signature, iss, aud, nonce checked). */
export async function finishLogin(
  oidc: StaffOidcClient,
  currentUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<Record<string, unknown>> {
  const configuration = await oidc.configuration();
  const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
    pkceCodeVerifier: checks.codeVerifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('no ID token');
  return claims;
}
