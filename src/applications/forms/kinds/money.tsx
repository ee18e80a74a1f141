import { formatMoney } from '../../../platform/i18n/i18n.ts';
import { MoneyField } from '../../../platform/ui/fields.tsx';
import { centsToInput, parseEuroCents } from '../money.ts';
import { asString, fail, isBlank, oneString, readString, ownName, type FieldKindSpec } from './kind.ts';

/** An amount in euros, typed as people write it; stored in cents. */
export const money: FieldKindSpec = {
  read: readString,
  inputNames: ownName,
  isEmpty: isBlank,
  parse(raw) {
    const one = oneString(raw);
    if (!one.ok) return one;
    const cents = parseEuroCents(one.value);
    return cents === undefined ? fail('apps.error.money') : { ok: true, value: cents };
  },
  toInput: (stored, field) => (typeof stored === 'number' ? { [field.name]: centsToInput(stored) } : {}),
  display: (stored, _field, _t, lang) => (typeof stored === 'number' ? formatMoney(lang, stored) : ''),
  render: ({ field, label, hint, input, error }) => (
    <MoneyField
      name={field.name}
      label={label}
      value={asString(input[field.name])}
      error={error}
      description={hint}
      required={!field.optional}
    />
  ),
};
