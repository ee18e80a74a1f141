/**
 * Typed message catalogues. Every message is written as `{ nl, en }` side by side, so a
 * missing translation is a type error (`satisfies Messages`), and a key that does not exist
 * is a type error at the call site (`MessageKey`).
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'nl';
/** The cookie that holds the language a user chose (set by the language switch). */
export const LANG_COOKIE = 'bp-lang';

export type Message = Readonly<Record<Lang, string>>;
export type Messages = Readonly<Record<string, Message>>;

export type Params = Readonly<Record<string, string | number>>;

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}

/** Replaces `{name}` placeholders. Unknown placeholders stay visible so they are noticed. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Picks the best language from an Accept-Language header. */
export function negotiateLanguage(header: string | undefined): Lang {
  if (!header) return DEFAULT_LANG;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}

const TIME_ZONE = 'Europe/Amsterdam';
const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

/**
 * One formatter per language and format, made once: constructing an Intl.DateTimeFormat costs
 * far more than formatting with it (a list page formats two dates per row).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, withTime: boolean): Intl.DateTimeFormat {
  const id = `${lang}:${withTime}`;
  let found = formatters.get(id);
  if (!found) {
    found = new Intl.DateTimeFormat(locale(lang), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
      timeZone: TIME_ZONE,
    });
    formatters.set(id, found);
  }
  return found;
}

export function formatDate(lang: Lang, value: Date | string): string {
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T12:00:00Z`) : value;
  return formatter(lang, false).format(date);
}

export function formatDateTime(lang: Lang, value: Date): string {
  return formatter(lang, true).format(value);
}

/** Money is kept in euro cents (integers) everywhere. */
export function formatMoney(lang: Lang, cents: number): string {
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
