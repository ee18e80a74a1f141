/**
 * Euro amounts as typed by people ("5942", "5.942,00", "5,942.00", "€ 5942,5") → euro cents.
 * The last separator followed by one or two digits is the decimal separator; any other
 * separator groups thousands. Anything else is not an amount.
 */
const AMOUNT = /^(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,](\d{1,2}))?$/;

export function parseEuroCents(input: string): number | undefined {
  const cleaned = input
    .replace(/€|EUR/gi, '')
    .trim()
    .replace(/\u00a0/g, ' ');
  const match = AMOUNT.exec(cleaned);
  if (!match) return undefined;
  const whole = Number((match[1] ?? '').replace(/[.,\s]/g, ''));
  const fraction = match[2] ? Number(match[2].padEnd(2, '0')) : 0;
  const cents = whole * 100 + fraction;
  return Number.isSafeInteger(cents) && cents <= 100_000_000_00 ? cents : undefined;
}

/** Cents → "5942.00" for putting a stored amount back into a field. */
export function centsToInput(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
