import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SamlRejection, type RejectionReason } from './errors.ts';
import { validatePostResponse } from './response-validator.ts';
import { buildBrokerResponse, type BrokerChoices, type CraftOptions } from '../test-broker/response.ts';
import { base64, CHOICES, identityFixture, startLogin, type IdentityFixture } from '../testing.ts';

let f: IdentityFixture;
beforeAll(async () => {
  f = await identityFixture();
}, 60_000);
afterAll(async () => {
  await f.handle.close();
});

async function respond(choices: Partial<BrokerChoices> = {}, options: CraftOptions = {}): Promise<string> {
  const request = await startLogin(f);
  return buildBrokerResponse(f.broker, request, f.audience, { ...CHOICES, ...choices }, options);
}

async function rejection(promise: Promise<unknown>): Promise<RejectionReason> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SamlRejection) return error.reason;
    throw error;
  }
  throw new Error('the response was accepted');
}

describe('a valid eHerkenning response', () => {
  it('yields the identity from the encrypted assertion and encrypted identifiers', async () => {
    const xml = await respond({ rsin: '123456782', branchNumber: '000012345678', intermediaryKvk: '87654321', loa: 'loa4' });
    const identity = await validatePostResponse(f.ctx, base64(xml));
    expect(identity).toMatchObject({
      kvkNumber: '12345678',
      rsin: '123456782',
      branchNumber: '000012345678',
      actingSubject: CHOICES.actingSubject,
      intermediaryKvk: '87654321',
      loa: 'loa4',
      serviceUuid: f.sp.serviceUuid,
    });
  });
});

describe('responses the portal refuses', () => {
  it('an assertion at loa2 is refused as loa_too_low', async () => {
    expect(await rejection(validatePostResponse(f.ctx, base64(await respond({ loa: 'loa2' }))))).toBe('loa_too_low');
  });
});
