import { describe, expect, it } from 'vitest';
import { access, decide } from '../platform/auth/access.ts';
import type { BusinessActor } from '../platform/auth/actor.ts';

const sponsor: BusinessActor = {
  kind: 'business',
  sessionId: 's',
  organisationId: 'o',
  organisationName: 'Sponsor',
  kvkNumber: '12345678',
  branchNumber: null,
  actingSubject: 'p',
  loa: 'loa3',
  intermediaryKvk: '87654321',
  via: 'registered',
  recognitions: ['work'],
  scope: ['submit', 'status'],
};

describe('access: the scope of a registered authorisation', () => {
  it('allows the services in scope', () => {
    expect(decide(access.sponsor, sponsor, false, 'status')).toEqual({ allowed: true });
    expect(decide(access.business, sponsor, false, 'submit')).toEqual({ allowed: true });
  });

  it('forbids a service outside the scope, on business and sponsor routes alike', () => {
    expect(decide(access.sponsor, sponsor, false, 'account')).toEqual({
      allowed: false,
      reason: 'forbidden',
    });
    expect(decide(access.business, sponsor, false, 'register')).toEqual({
      allowed: false,
      reason: 'forbidden',
    });
  });

  it('does not limit the general pages, nor actors without a scope', () => {
    expect(decide(access.business, sponsor, false, 'general')).toEqual({ allowed: true });
    const { scope: _unused, ...unscoped } = sponsor;
    expect(decide(access.sponsor, unscoped, false, 'account')).toEqual({ allowed: true });
    expect(decide(access.sponsor, unscoped, false)).toEqual({ allowed: true });
  });

  it('refuses a route that declares no service to a scoped actor: the scope is an allow-list', () => {
    expect(decide(access.business, sponsor, false)).toEqual({ allowed: false, reason: 'forbidden' });
    expect(decide(access.sponsor, sponsor, false)).toEqual({ allowed: false, reason: 'forbidden' });
    expect(decide(access.public, sponsor, false)).toEqual({ allowed: true });
  });
});
