import type { ReactNode } from 'react';
import { describedBy, FieldShell } from './components.tsx';

/**
 * Form fields the shared components do not have yet (checkbox and radio groups, file, text area,
 * select), with the same NL Design System classes, labels, descriptions and error messages.
 */

function FieldMessages({ name, description, error }: { name: string; description?: string; error?: string }) {
  return (
    <>
      {description ? (
        <div className="utrecht-form-field-description" id={`${name}-description`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${name}-error`}>
          {error}
        </div>
      ) : null}
    </>
  );
}

export function ChoiceGroup({
  name,
  legend,
  options,
  selected,
  error,
  description,
  type = 'checkbox',
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  selected: readonly string[];
  error?: string | undefined;
  description?: string;
  type?: 'checkbox' | 'radio';
}) {
  return (
    <div className={`utrecht-form-field bp-choice-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <fieldset
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
        id={name}
        aria-describedby={describedBy(name, description, error)}
        aria-invalid={error ? true : undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {legend}
        </legend>
        <FieldMessages name={name} description={description} error={error} />
        {options.map((option, index) => {
          const id = index === 0 ? `${name}-first` : `${name}-${option.value}`;
          return (
            <div className="utrecht-form-field__input bp-choice" key={option.value}>
              <input
                className={`utrecht-${type} utrecht-${type}--html-input`}
                type={type}
                id={id}
                name={name}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
              />
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                {option.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

export function FileField({
  name,
  label,
  accept,
  error,
  description,
}: {
  name: string;
  label: string;
  accept: string;
  error?: string | undefined;
  description?: string;
}) {
  return (
    <FieldShell name={name} label={label} error={error} description={description} kind="file">
      <input
        className="bp-file-input"
        type="file"
        id={name}
        name={name}
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, description, error)}
      />
    </FieldShell>
  );
}

export function TextArea({
  name,
  label,
  value,
  error,
  description,
  maxLength,
}: {
  name: string;
  label: string;
  value?: string;
  error?: string | undefined;
  description?: string;
  maxLength?: number;
}) {
  return (
    <FieldShell name={name} label={label} error={error} description={description} kind="textarea">
      <textarea
        className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        id={name}
        name={name}
        rows={4}
        defaultValue={value}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, description, error)}
      />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  options,
  value,
  error,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string;
  error?: string | undefined;
}) {
  return (
    <FieldShell name={name} label={label} error={error} kind="select">
      <select
        className="utrecht-select utrecht-select--html-select"
        id={name}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, undefined, error)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function Tag({
  children,
  tone = 'neutral',
}: {
  children: ReactNode;
  tone?: 'neutral' | 'warning' | 'ok';
}) {
  return <span className={`bp-tag bp-tag--${tone}`}>{children}</span>;
}
