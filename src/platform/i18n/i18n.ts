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
  // A value that ends a sentence itself ("Noordzee Technologies B.V.") takes the template's full
  // stop after it, so the text never reads "B.V..".
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const text = String(value);
    return stop && text.endsWith('.') ? text : text + stop;
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
 * Building an Intl formatter costs far more than formatting with one (it showed in the CPU
 * profile of every page, issue 9), so each is made once per language and options object and
 * kept. Pass the options as a module constant: the object itself is the key.
 */
const dateTimeFormats = new WeakMap<Intl.DateTimeFormatOptions, Map<Lang, Intl.DateTimeFormat>>();
const numberFormats = new WeakMap<Intl.NumberFormatOptions, Map<Lang, Intl.NumberFormat>>();

function cached<O extends object, F>(
  cache: WeakMap<O, Map<Lang, F>>,
  lang: Lang,
  options: O,
  make: () => F,
): F {
  let byLang = cache.get(options);
  if (!byLang) cache.set(options, (byLang = new Map<Lang, F>()));
  let format = byLang.get(lang);
  if (!format) byLang.set(lang, (format = make()));
  return format;
}

export function dateTimeFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateTimeFormats, lang, options, () => new Intl.DateTimeFormat(locale(lang), options));
}

export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, lang, options, () => new Intl.NumberFormat(locale(lang), options));
}

/** Sizes and other figures with at most one decimal. */
export const ONE_DECIMAL: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };

const DATE = { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE } as const;
const DATE_TIME = { ...DATE, hour: '2-digit', minute: '2-digit' } as const;
const TIME = { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE } as const;
const MONEY = { style: 'currency', currency: 'EUR' } as const;

/**
 * Formatted dates, kept: formatting in a time zone costs several microseconds, and a list page
 * formats two or three dates a row (the largest single item in the status list's CPU profile).
 * A calendar date is its own key; an instant is keyed by its UTC hour, within which the day in
 * Amsterdam cannot change (its offsets are whole hours and change on the hour). Emptied when full.
 */
const formattedDates = new Map<string, string>();
const FORMATTED_DATES_MAX = 20_000;
const HOUR_MS = 3_600_000;

export function formatDate(lang: Lang, value: Date | string): string {
  const key =
    typeof value === 'string'
      ? `${lang}${value.slice(0, 10)}`
      : `${lang}@${Math.floor(value.getTime() / HOUR_MS)}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T12:00:00Z`) : value;
    text = dateTimeFormat(lang, DATE).format(date);
    if (formattedDates.size >= FORMATTED_DATES_MAX) formattedDates.clear();
    formattedDates.set(key, text);
  }
  return text;
}

export function formatDateTime(lang: Lang, value: Date): string {
  return dateTimeFormat(lang, DATE_TIME).format(value);
}

/** The time of day in Amsterdam, hours and minutes. */
export function formatTime(lang: Lang, value: Date): string {
  return dateTimeFormat(lang, TIME).format(value);
}

/** Money is kept in euro cents (integers) everywhere. */
export function formatMoney(lang: Lang, cents: number): string {
  return numberFormat(lang, MONEY).format(cents / 100);
}
