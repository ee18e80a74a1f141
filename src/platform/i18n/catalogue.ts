import { applicationMessages } from '../../applications/messages.ts';
import { identityMessages } from '../../identity/messages.ts';
import { organisationMessages } from '../../organisations/messages.ts';
import { backofficeMessages } from '../../backoffice/messages.ts';
import { staffMessages } from '../../identity/staff/messages.ts';
import { platformMessages } from '../ui/messages.ts';
import { supportMessages } from '../../support/messages.ts';
import { interpolate, type Lang, type Params } from './i18n.ts';

/**
 * All messages of the portal. A module adds its own `messages.ts` and spreads it here.
 */
export const catalogue = {
  ...platformMessages,
  ...identityMessages,
  ...applicationMessages,
  ...organisationMessages,
  ...backofficeMessages,
  ...staffMessages,
  ...supportMessages,
};

export type MessageKey = keyof typeof catalogue;
export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => interpolate(catalogue[key][lang], params);
}
