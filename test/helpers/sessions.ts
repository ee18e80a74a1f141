import type { BusinessPrincipal, StaffPrincipal } from '../../src/identity/sessions/schema.ts';
import { SESSION_COOKIES } from '../../src/identity/sessions/sessions.ts';
import type { TestPortal } from './portal.ts';

/**
 * Logs in without the eHerkenning round trip, for tests of features behind the login: a
 * session row exactly as the assertion consumer service would create it. The login itself
 * is tested end to end in identity/ and in the e2e suite.
 */
export async function businessSession(
  portal: TestPortal,
  principal: Partial<BusinessPrincipal> & { kvkNumber: string },
): Promise<string> {
  const { token } = await portal.sessions.create('business', {
    rsin: null,
    branchNumber: null,
    actingSubject: `pseudonym-${principal.kvkNumber}`,
    loa: 'loa3',
    intermediaryKvk: null,
    actingFor: null,
    ...principal,
  });
  return `${SESSION_COOKIES.business}=${token}`;
}

export async function staffSession(
  portal: TestPortal,
  principal: Partial<StaffPrincipal> & Pick<StaffPrincipal, 'roles'>,
): Promise<string> {
  const { token } = await portal.sessions.create('staff', {
    userId: 'staff-1',
    name: 'Test Medewerker',
    ...principal,
  });
  return `${SESSION_COOKIES.staff}=${token}`;
}
