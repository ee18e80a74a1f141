import { SelectField } from '../../../platform/ui/fields.tsx';
import { useView } from '../../../platform/ui/view-context.ts';
import {
  countryName,
  countryOptions,
  isCountryCode,
  isNationalityCode,
  nationalityOptions,
} from '../countries.ts';
import {
  asString,
  fail,
  isBlank,
  oneString,
  readString,
  stringInput,
  ownName,
  type FieldKindSpec,
  type RenderProps,
} from './kind.ts';

/** A list of states (a select) stored by ISO 3166-1 alpha-3 code; nationality adds stateless and unknown. */
function stateList(kind: 'country' | 'nationality'): FieldKindSpec {
  const valid = kind === 'country' ? isCountryCode : isNationalityCode;
  return {
    read: readString,
    inputNames: ownName,
    isEmpty: isBlank,
    parse(raw) {
      const one = oneString(raw);
      if (!one.ok) return one;
      return valid(one.value) ? { ok: true, value: one.value } : fail(`apps.error.${kind}`);
    },
    toInput: stringInput,
    display: (stored, _field, _t, lang) =>
      typeof stored === 'string' ? `${countryName(stored, lang)} (${stored})` : '',
    render: (props) => <StateSelect {...props} kind={kind} />,
  };
}

function StateSelect({
  field,
  label,
  hint,
  input,
  error,
  kind,
}: RenderProps & { kind: 'country' | 'nationality' }) {
  const { t, lang } = useView();
  return (
    <SelectField
      name={field.name}
      label={label}
      description={hint}
      value={asString(input[field.name])}
      error={error}
      required={!field.optional}
      choose={t('field.choose')}
      options={kind === 'country' ? countryOptions(lang) : nationalityOptions(lang)}
    />
  );
}

export const country = stateList('country');
export const nationality = stateList('nationality');
