import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { ModuleContext } from '../../platform/module.ts';
import { isBranchNumber, isKvkNumber } from '../../platform/validation/identifiers.ts';
import { access } from '../../platform/auth/access.ts';
import { identityView } from '../schema.ts';
import type { EHerkenning } from '../eherkenning/setup.ts';
import { ARTIFACT_LIFETIME_MS, createArtifact, databaseArtifactStore } from './artifacts.ts';
import { handleArtifactResolve } from './artifact-resolve.ts';
import { AuthnRequestError, parseRedirectAuthnRequest, type ParsedAuthnRequest } from './authn-request.ts';
import { TEST_BROKER_PATHS, testBrokerMetadataXml, type TestBroker } from './metadata.ts';
import { buildBrokerResponse } from './response.ts';
import { AutoPostPage, BrokerChoicePage, type ChoiceErrors, type ChoiceValues } from './views.tsx';

const LOAS = ['loa2', 'loa2plus', 'loa3', 'loa4'] as const;

const answerForm = z.object({
  request: z.string().min(1).max(16_384),
  organisation: z.string().max(20),
  otherKvk: z.string().max(20).optional().default(''),
  actingSubject: z.string().max(100).optional().default(''),
  loa: z.string().max(10),
  branchNumber: z.string().max(20).optional().default(''),
  intermediaryKvk: z.string().max(20).optional().default(''),
  authorised: z.string().max(5).optional().default('yes'),
  binding: z.string().max(10).optional().default('artifact'),
  action: z.string().max(10).optional().default('login'),
});

/**
 * The built-in test broker (development and demos only): it plays the eHerkenning network
 * toward the portal, with a page to choose who logs in. Production refuses to start with it on.
 */
export function testBrokerRoutes(
  deps: ModuleContext,
  eh: EHerkenning,
  broker: TestBroker,
): FastifyPluginAsync {
  return async (app) => {
    const store = databaseArtifactStore(identityView(deps.database.db));
    const config = { access: access.development };
    const audience = {
      entityId: eh.sp.entityId,
      encryptionCertificate: eh.sp.keys.certificate,
      serviceId: eh.sp.serviceId,
      serviceUuid: eh.sp.serviceUuid,
    };
    app.addContentTypeParser(
      ['text/xml', 'application/soap+xml'],
      { parseAs: 'string', bodyLimit: 64 * 1024 },
      (_r, body, done) => done(null, body),
    );

    app.get(TEST_BROKER_PATHS.metadata, { config: { ...config, session: false } }, (_request, reply) =>
      reply.type('application/samlmetadata+xml; charset=utf-8').send(testBrokerMetadataXml(broker)),
    );

    app.get(TEST_BROKER_PATHS.sso, { config }, async (request, reply) => {
      const raw = request.url.split('?')[1] ?? '';
      try {
        parseRedirectAuthnRequest(raw, eh.sp.keys.certificate);
      } catch (error) {
        if (error instanceof AuthnRequestError)
          throw Object.assign(new Error(error.message), { statusCode: 400 });
        throw error;
      }
      return reply.page(
        request.t('broker.title'),
        <BrokerChoicePage request={raw} values={defaultValues()} errors={{}} />,
      );
    });

    app.post(`${TEST_BROKER_PATHS.sso}/answer`, { config }, async (request, reply) => {
      const form = answerForm.safeParse(request.body);
      if (!form.success) throw Object.assign(new Error('bad broker form'), { statusCode: 400 });
      let authn: ParsedAuthnRequest;
      try {
        authn = parseRedirectAuthnRequest(form.data.request, eh.sp.keys.certificate);
      } catch {
        throw Object.assign(new Error('bad AuthnRequest'), { statusCode: 400 });
      }
      const values: ChoiceValues = { ...form.data };
      const errors = validateChoices(values);
      if (Object.keys(errors).length > 0) {
        return reply.page(
          request.t('broker.title'),
          <BrokerChoicePage request={form.data.request} values={values} errors={errors} />,
          {
            status: 400,
          },
        );
      }
      const binding = values.binding === 'post' ? 'post' : 'artifact';
      const target = { ...authn, acsUrl: binding === 'post' ? eh.sp.acsPostUrl : eh.sp.acsArtifactUrl };
      const kvkNumber = values.organisation === 'other' ? values.otherKvk.trim() : values.organisation;
      const responseXml =
        values.action === 'cancel'
          ? await buildBrokerResponse(broker, target, audience, {
              kvkNumber,
              actingSubject: 'x',
              loa: 'loa3',
              authorised: false,
            })
          : await buildBrokerResponse(broker, target, audience, {
              kvkNumber,
              actingSubject: values.actingSubject.trim() || 'demo-person',
              loa: values.loa as (typeof LOAS)[number],
              branchNumber: values.branchNumber.trim() || null,
              intermediaryKvk: values.intermediaryKvk.trim() || null,
              authorised: values.authorised === 'yes',
            });
      if (binding === 'post') {
        return reply.page(
          request.t('broker.continueTitle'),
          <AutoPostPage
            action={eh.sp.acsPostUrl}
            samlResponse={Buffer.from(responseXml).toString('base64')}
            relayState={authn.relayState}
          />,
        );
      }
      const artifact = createArtifact(broker.entityId);
      await store.put(artifact, responseXml, new Date(Date.now() + ARTIFACT_LIFETIME_MS));
      const query = new URLSearchParams({
        SAMLart: artifact,
        ...(authn.relayState ? { RelayState: authn.relayState } : {}),
      });
      return reply.redirect(`${eh.sp.acsArtifactUrl}?${query.toString()}`, 303);
    });

    // The back channel: the portal's signed ArtifactResolve (SOAP), no browser, no CSRF token.
    app.post(
      TEST_BROKER_PATHS.artifactResolve,
      { config: { ...config, csrf: false, session: false } },
      async (request, reply) => {
        const envelope = typeof request.body === 'string' ? request.body : '';
        const answer = await handleArtifactResolve(
          broker,
          { entityId: eh.sp.entityId, signingCertificate: eh.sp.keys.certificate },
          store,
          envelope,
        );
        return reply.status(answer.status).type('text/xml; charset=utf-8').send(answer.body);
      },
    );
  };
}

function defaultValues(): ChoiceValues {
  return {
    organisation: '69599084',
    otherKvk: '',
    actingSubject: `demo-${Math.random().toString(36).slice(2, 10)}`,
    loa: 'loa3',
    branchNumber: '',
    intermediaryKvk: '',
    authorised: 'yes',
    binding: 'artifact',
    action: 'login',
  };
}

function validateChoices(values: ChoiceValues): ChoiceErrors {
  const errors: ChoiceErrors = {};
  if (values.action === 'cancel') return errors;
  if (
    values.organisation === 'other' ? !isKvkNumber(values.otherKvk.trim()) : !isKvkNumber(values.organisation)
  ) {
    errors.otherKvk = 'broker.error.kvk';
  }
  if (!(LOAS as readonly string[]).includes(values.loa)) errors.loa = 'broker.error.loa';
  if (values.branchNumber.trim() && !isBranchNumber(values.branchNumber.trim()))
    errors.branchNumber = 'broker.error.branch';
  if (values.intermediaryKvk.trim() && !isKvkNumber(values.intermediaryKvk.trim()))
    errors.intermediaryKvk = 'broker.error.kvk';
  return errors;
}
