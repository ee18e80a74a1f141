import { TextField } from '../../../platform/ui/fields.tsx';
import {
  asString,
  fail,
  isBlank,
  oneString,
  readString,
  stringInput,
  ownName,
  type FieldKindSpec,
} from './kind.ts';

/** A whole number between the field's min and max. */
export const integer: FieldKindSpec = {
  read: readString,
  inputNames: ownName,
  isEmpty: isBlank,
  parse(raw, field) {
    const one = oneString(raw);
    if (!one.ok) return one;
    if (!/^\d{1,6}$/.test(one.value)) return fail('apps.error.integer');
    const number = Number(one.value);
    const min = field.min ?? 0;
    const max = field.max ?? 999_999;
    if (number < min || number > max) return fail('apps.error.range', { min, max });
    return { ok: true, value: number };
  },
  toInput: stringInput,
  display: (stored) => (typeof stored === 'number' ? String(stored) : ''),
  render: ({ field, label, hint, input, error }) => (
    <TextField
      name={field.name}
      label={label}
      value={asString(input[field.name])}
      error={error}
      description={hint}
      inputMode="numeric"
      required={!field.optional}
      width={field.width ?? 'short'}
    />
  ),
};
