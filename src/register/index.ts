import type { PortalModule } from '../platform/module.ts';
import { registerMessages } from './messages.ts';
import * as m1100 from './migrations/1100_public_register.ts';
import { registerRoutes } from './routes.tsx';

/**
 * The public register of recognised sponsors (issue 17): no login, from the refreshed read
 * model, search, open data downloads (docs/public-register.md). Migrations 1100–1199.
 */
export const registerModule: PortalModule = {
  name: 'register',
  migrations: { '1100_public_register': m1100 },
  messages: registerMessages,
  nav: { public: [{ href: '/register', label: 'nav.register', order: 40 }] },
  routes: registerRoutes,
};
