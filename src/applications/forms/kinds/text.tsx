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

/** One line of text, with an optional format (pattern), an extra check, upper-casing and a length. */
export const text: FieldKindSpec = {
  read: readString,
  inputNames: ownName,
  isEmpty: isBlank,
  parse(raw, field) {
    const one = oneString(raw, field);
    if (!one.ok) return one;
    const max = field.maxLength ?? 100;
    if (one.value.length > max) return fail('apps.error.tooLong', { max });
    const stored = field.upperCase ? one.value.toUpperCase().replace(/\s+/g, '') : one.value;
    if (field.pattern && !field.pattern.regex.test(stored)) return fail(field.pattern.message);
    if (field.check && !field.check.test(stored)) return fail(field.check.message);
    return { ok: true, value: stored };
  },
  toInput: stringInput,
  display: (stored) => (typeof stored === 'string' ? stored : ''),
  render: ({ field, label, hint, input, error }) => (
    <TextField
      name={field.name}
      label={label}
      value={asString(input[field.name])}
      error={error}
      description={hint}
      maxLength={field.maxLength ?? 100}
      autoComplete={field.autoComplete}
      required={!field.optional}
      width={field.width}
    />
  ),
};
