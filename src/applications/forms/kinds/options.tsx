import { Checkboxes, Radios, SelectField } from '../../../platform/ui/fields.tsx';
import { useView } from '../../../platform/ui/view-context.ts';
import type { FieldDefinition } from '../fields.ts';
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

function oneOption(raw: unknown, field: FieldDefinition) {
  const one = oneString(raw);
  if (!one.ok) return one;
  return field.options?.some((o) => o.value === one.value)
    ? ({ ok: true, value: one.value } as const)
    : fail('apps.error.option');
}

function optionLabel(stored: unknown, field: FieldDefinition, t: (key: never) => string): string {
  const option = field.options?.find((o) => o.value === stored);
  return option ? t(option.label as never) : '';
}

/** One choice from the field's options: read, parsed and shown the same way as a select or as radios. */
const oneChoice = {
  read: readString,
  inputNames: ownName,
  isEmpty: isBlank,
  parse: oneOption,
  toInput: stringInput,
  display: (stored, field, t) => optionLabel(stored, field, t),
} satisfies Omit<FieldKindSpec, 'render'>;

/** One choice from a list, as a select. */
export const select: FieldKindSpec = { ...oneChoice, render: (props) => <SelectInput {...props} /> };

function SelectInput({ field, label, hint, input, error }: Parameters<FieldKindSpec['render']>[0]) {
  const { t } = useView();
  return (
    <SelectField
      name={field.name}
      label={label}
      description={hint}
      value={asString(input[field.name])}
      error={error}
      required={!field.optional}
      choose={t('field.choose')}
      options={(field.options ?? []).map((o) => ({ value: o.value, label: t(o.label) }))}
    />
  );
}

/** One choice from a few, as radio buttons. */
export const radios: FieldKindSpec = { ...oneChoice, render: (props) => <RadiosInput {...props} /> };

function RadiosInput({ field, label, hint, input, error }: Parameters<FieldKindSpec['render']>[0]) {
  const { t } = useView();
  const value = input[field.name];
  return (
    <Radios
      name={field.name}
      label={label}
      description={hint}
      value={typeof value === 'string' ? value : undefined}
      error={error}
      required={!field.optional}
      options={(field.options ?? []).map((o) => ({ value: o.value, label: t(o.label) }))}
    />
  );
}

/** Any number of choices, as checkboxes; stored as a list without duplicates. */
export const checkboxes: FieldKindSpec = {
  read: readString,
  inputNames: ownName,
  isEmpty: (raw) => raw === undefined || (Array.isArray(raw) && raw.length === 0) || raw === '',
  parse(raw, field) {
    const values = Array.isArray(raw) ? raw : [raw];
    if (values.length > (field.options?.length ?? 0) || !values.every((v) => typeof v === 'string')) {
      return fail('apps.error.wrongType');
    }
    if (!values.every((v) => field.options?.some((o) => o.value === v))) return fail('apps.error.option');
    return { ok: true, value: [...new Set(values)] };
  },
  toInput: (stored, field) => (Array.isArray(stored) ? { [field.name]: stored.map(String) } : {}),
  display: (stored, field, t) =>
    Array.isArray(stored)
      ? stored
          .map((v) => optionLabel(v, field, t))
          .filter(Boolean)
          .join(', ')
      : '',
  render: (props) => <CheckboxesInput {...props} />,
};

function CheckboxesInput({ field, label, hint, input, error }: Parameters<FieldKindSpec['render']>[0]) {
  const { t } = useView();
  const value = input[field.name];
  return (
    <Checkboxes
      name={field.name}
      label={label}
      description={hint}
      values={Array.isArray(value) ? value : typeof value === 'string' ? [value] : []}
      error={error}
      required={!field.optional}
      options={(field.options ?? []).map((o) => ({ value: o.value, label: t(o.label) }))}
    />
  );
}
