import type { MessageKey } from '../i18n/catalogue.ts';

/** The portal's services as the seed lists them, and which are for recognised sponsors only. */
export type ServiceKey = 'submit' | 'status' | 'register' | 'account' | 'documents';
export const SERVICE_KEYS: readonly ServiceKey[] = ['submit', 'status', 'register', 'account', 'documents'];

export interface PortalService {
  key: ServiceKey;
  href: string;
  title: MessageKey;
  body?: MessageKey;
  sponsorsOnly: boolean;
  /** False while the portal has no pages for the service yet: it is then shown, but not linked. */
  built: boolean;
}

export const PORTAL_SERVICES: readonly PortalService[] = [
  {
    key: 'submit',
    href: '/applications',
    title: 'home.service.submit',
    body: 'home.service.submit.body',
    sponsorsOnly: false,
    built: true,
  },
  { key: 'status', href: '/cases', title: 'home.service.status', sponsorsOnly: true, built: true },
  { key: 'register', href: '/employees', title: 'home.service.register', sponsorsOnly: true, built: true },
  { key: 'account', href: '/account', title: 'home.service.account', sponsorsOnly: true, built: true },
  { key: 'documents', href: '/documents', title: 'home.service.documents', sponsorsOnly: true, built: true },
];
