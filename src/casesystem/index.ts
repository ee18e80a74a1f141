import type { PortalModule } from '../platform/module.ts';
import * as m0500 from './migrations/0500_casesystem.ts';

/**
 * The built-in case system (the system of record behind the portal). Its public entry: the
 * intake interface the applications module hands submissions to, and its factory for main.
 */
export * from './contract.ts';
export { createCaseSystem, type CaseSystem, type IntakeRequest, type IntakeResult } from './service.ts';

export const casesystemModule: PortalModule = {
  name: 'casesystem',
  migrations: { '0500_casesystem': m0500 },
};

/** The contract's change stream, for the refresh (src/refresh). */
export type {
  Change,
  ChangeCursor,
  ChangePage,
  CaseSystem as CaseSystemContract,
} from './contract.ts';
