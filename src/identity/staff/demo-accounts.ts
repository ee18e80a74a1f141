import type { StaffRole } from '../../platform/auth/actor.ts';

/** Demo staff accounts of the development issuer: one per role, and one with all of them. */
export interface DemoStaffAccount {
  id: string;
  name: string;
  roles: StaffRole[];
}

export const DEMO_STAFF_ACCOUNTS: readonly DemoStaffAccount[] = [
  { id: 'tz-anouk', name: 'Anouk de Vries', roles: ['team_zakelijk'] },
  { id: 'co-bram', name: 'Bram Jansen', roles: ['case_officer'] },
  { id: 'adm-chris', name: 'Chris Bakker', roles: ['administrator'] },
];
