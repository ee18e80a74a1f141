/**
 * Dutch identifiers.
 *
 * KVK number: 8 digits. The trade register does not promise a check digit, so a real number
 * is never refused for failing one; only the form (8 digits, not all zeros) is checked.
 * BSN: 9 digits passing the "elfproef" (weights 9..2 and -1, sum divisible by 11), as
 * defined for the burgerservicenummer.
 * Branch number (vestigingsnummer): 12 digits. RSIN: 9 digits, same elfproef as the BSN.
 * V-number (vreemdelingennummer): 10 digits.
 */
export function isKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(value) && value !== '00000000';
}

export function isBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

export const isRsin = isBsn;

export function isBranchNumber(value: string): boolean {
  return /^\d{12}$/.test(value) && !/^0+$/.test(value);
}

export function isVNumber(value: string): boolean {
  return /^\d{10}$/.test(value);
}

/** IBAN: structure per ISO 13616 and the mod-97 check. Spaces are ignored. */
export function isIban(value: string): boolean {
  const iban = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  if (iban.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** Completes an 8-digit prefix into a valid BSN (for test and demo data only). */
export function completeBsn(prefix8: string): string | undefined {
  for (let last = 0; last <= 9; last++) {
    const candidate = `${prefix8}${last}`;
    if (isBsn(candidate)) return candidate;
  }
  return undefined;
}
