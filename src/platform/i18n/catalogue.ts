import { platformMessages } from '../ui/messages.ts';
import { interpolate, type Lang, type Message, type Messages, type Params } from './i18n.ts';

type PlatformMessages = typeof platformMessages;

/**
 * Every message key of the portal. Platform's own messages are here; each module adds its own
 * by declaration merging in its `messages.ts`:
 *
 *   declare module '../platform/i18n/catalogue.ts' {
 *     interface MessageRegistry extends Registered<typeof supportMessages> {}
 *   }
 *
 * so `MessageKey` and `t(…)` stay checked at compile time without platform importing a module.
 */
export interface MessageRegistry extends Registered<PlatformMessages> {}

/** The registry entry type for one module's messages. */
export type Registered<M extends Messages> = { readonly [K in keyof M]: Message };

export type MessageKey = keyof MessageRegistry;
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * Joins platform's messages and the modules' messages into one catalogue. The same key in two
 * modules is an error at start: one would silently replace the other.
 */
export function composeCatalogue(sources: readonly { name: string; messages?: Messages }[]): Messages {
  const catalogue: Record<string, Message> = { ...platformMessages };
  const owner = new Map<string, string>(Object.keys(platformMessages).map((key) => [key, 'platform']));
  for (const { name, messages } of sources) {
    for (const [key, message] of Object.entries(messages ?? {})) {
      const first = owner.get(key);
      if (first) throw new Error(`message key "${key}" is defined by both ${first} and ${name}`);
      owner.set(key, name);
      catalogue[key] = message;
    }
  }
  return catalogue;
}

let installed: Messages = platformMessages;

/** Installs the composed catalogue for `translator` (main does this once per process, at start). */
export function installCatalogue(catalogue: Messages): void {
  installed = catalogue;
}

export function translator(lang: Lang): Translate {
  return (key, params) => {
    const message = installed[key];
    if (!message) throw new Error(`no message "${key}": is its module in src/main/modules.ts?`);
    return interpolate(message[lang], params);
  };
}
