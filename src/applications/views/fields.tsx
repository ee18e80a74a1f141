import { TextField } from '../../platform/ui/components.tsx';
import { useView } from '../../platform/ui/view-context.ts';
import { countryOptions } from '../forms/countries.ts';
import type { FieldDefinition } from '../forms/fields.ts';

/**
 * The shared field components of the form engine: one per field kind, with label, hint,
 * error message linked by aria-describedby, and the user's input put back after an error.
 */
export type Input = Record<string, string | string[] | undefined>;

function describedBy(name: string, hint: boolean, error: boolean): string | undefined {
  return (
    [hint ? `${name}-description` : null, error ? `${name}-error` : null].filter(Boolean).join(' ') ||
    undefined
  );
}

function asString(value: string | string[] | undefined): string {
  return typeof value === 'string' ? value : '';
}

export function Field({
  field,
  input,
  error,
}: {
  field: FieldDefinition;
  input: Input;
  error?: string | undefined;
}) {
  const { t } = useView();
  const label = field.optional ? `${t(field.label)} ${t('apps.optional')}` : t(field.label);
  const hint = field.hint ? t(field.hint) : undefined;
  const value = input[field.name];
  switch (field.kind) {
    case 'text':
    case 'date':
    case 'money':
    case 'integer':
      return (
        <TextField
          name={field.name}
          label={label}
          value={asString(value)}
          error={error}
          description={hint}
          type={field.kind === 'date' ? 'date' : 'text'}
          inputMode={field.kind === 'money' ? 'decimal' : field.kind === 'integer' ? 'numeric' : undefined}
          maxLength={field.kind === 'text' ? (field.maxLength ?? 100) : undefined}
          required={!field.optional}
          width={field.width ?? (field.kind === 'date' || field.kind === 'money' ? 'medium' : undefined)}
        />
      );
    case 'select':
    case 'country':
      return <SelectField field={field} label={label} hint={hint} value={asString(value)} error={error} />;
    case 'radios':
    case 'checkboxes':
      return <ChoiceField field={field} label={label} hint={hint} value={value} error={error} />;
  }
}

function SelectField({
  field,
  label,
  hint,
  value,
  error,
}: {
  field: FieldDefinition;
  label: string;
  hint: string | undefined;
  value: string;
  error: string | undefined;
}) {
  const { t, lang } = useView();
  const options =
    field.kind === 'country'
      ? countryOptions(lang)
      : (field.options ?? []).map((o) => ({ value: o.value, label: t(o.label) }));
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--select${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={field.name}>
          {label}
        </label>
      </div>
      {hint ? (
        <div className="utrecht-form-field-description" id={`${field.name}-description`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${field.name}-error`}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <select
          className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
          id={field.name}
          name={field.name}
          defaultValue={value}
          aria-invalid={error ? true : undefined}
          aria-required={field.optional ? undefined : true}
          aria-describedby={describedBy(field.name, Boolean(hint), Boolean(error))}
        >
          <option value="">{t('apps.select.choose')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function ChoiceField({
  field,
  label,
  hint,
  value,
  error,
}: {
  field: FieldDefinition;
  label: string;
  hint: string | undefined;
  value: string | string[] | undefined;
  error: string | undefined;
}) {
  const { t } = useView();
  const radio = field.kind === 'radios';
  const chosen = Array.isArray(value) ? value : value ? [value] : [];
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={field.name}
      aria-describedby={describedBy(field.name, Boolean(hint), Boolean(error))}
      aria-invalid={error ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {label}
      </legend>
      {hint ? (
        <div className="utrecht-form-field-description" id={`${field.name}-description`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${field.name}-error`}>
          {error}
        </div>
      ) : null}
      {(field.options ?? []).map((option, index) => {
        const id = `${field.name}-${option.value}`;
        return (
          <div
            className={`utrecht-form-field utrecht-form-field--${radio ? 'radio' : 'checkbox'} bp-choice`}
            key={option.value}
          >
            <div className="utrecht-form-field__input">
              <input
                className={
                  radio
                    ? 'utrecht-radio-button utrecht-radio-button--html-input'
                    : 'utrecht-checkbox utrecht-checkbox--html-input'
                }
                type={radio ? 'radio' : 'checkbox'}
                id={index === 0 ? `${field.name}-first` : id}
                name={field.name}
                value={option.value}
                defaultChecked={chosen.includes(option.value)}
              />
            </div>
            <div className="utrecht-form-field__label">
              <label
                className={`utrecht-form-label utrecht-form-label--${radio ? 'radio' : 'checkbox'}`}
                htmlFor={index === 0 ? `${field.name}-first` : id}
              >
                {t(option.label)}
              </label>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
