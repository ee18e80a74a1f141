import type { MessageKey } from '../i18n/catalogue.ts';

/** The portal's services as the seed lists them, and which are for recognised sponsors only. */
export interface PortalService {
  key: 'submit' | 'status' | 'register' | 'account' | 'documents';
  href: string;
  title: MessageKey;
  body?: MessageKey;
  sponsorsOnly: boolean;
}

export const PORTAL_SERVICES: readonly PortalService[] = [
  {
    key: 'submit',
    href: '/applications',
    title: 'home.service.submit',
    body: 'home.service.submit.body',
    sponsorsOnly: false,
  },
  { key: 'status', href: '/cases', title: 'home.service.status', sponsorsOnly: true },
  { key: 'register', href: '/employees', title: 'home.service.register', sponsorsOnly: true },
  { key: 'account', href: '/account', title: 'home.service.account', sponsorsOnly: true },
  { key: 'documents', href: '/documents', title: 'home.service.documents', sponsorsOnly: true },
];
