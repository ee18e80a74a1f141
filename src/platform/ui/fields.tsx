import type { ReactNode } from 'react';
import type { Translate } from '../i18n/catalogue.ts';
import {
  DATE_PARTS,
  datePartId,
  datePartName,
  type DatePart,
  type DateParts,
  type DatePartsResult,
} from './date-parts.ts';

/** The message of the error on `field` among a form's errors, if any. */
export function errorOf(
  errors: readonly { field: string; message: string }[],
  field: string,
): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

/**
 * The field kit: every form field of the portal, in every module and the test broker, comes from
 * here, with the same NL Design System classes and the same frame: label (or legend), hint,
 * error message, and `aria-describedby` naming the hint and the error.
 *
 * One id scheme, so that every link of an error summary (`#name`) lands on its field:
 * - the field's control, or the first control of a group, has the id `name`;
 * - the hint is `name-description`, the error `name-error`;
 * - the other options of a radio or checkbox group are `name-1`, `name-2`, …;
 * - the parts of a date are `name` (day), `name-month`, `name-year`, posted as `name-day`, `name-month`, `name-year`.
 */

export interface FieldFrame {
  name: string;
  label: string;
  error?: string | undefined;
  description?: string | undefined;
  required?: boolean;
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/** The ids a field's control names in aria-describedby: its description and its error message. */
export function describedBy(name: string, description: unknown, error: unknown): string | undefined {
  return (
    [description ? `${name}-description` : null, error ? `${name}-error` : null].filter(Boolean).join(' ') ||
    undefined
  );
}

/** The id of option `index` of a group: the first carries the field's own id. */
export function optionId(name: string, index: number): string {
  return index === 0 ? name : `${name}-${index}`;
}

function Messages({
  name,
  description,
  error,
}: {
  name: string;
  description?: string | undefined;
  error?: string | undefined;
}) {
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

/** The frame of one field with one control: label, description, error, then the control. */
export function FieldShell({
  name,
  label,
  error,
  description,
  kind,
  children,
}: FieldFrame & { kind: string; children: ReactNode }) {
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--${kind}${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={name}>
          {label}
        </label>
      </div>
      <Messages name={name} description={description} error={error} />
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** The frame of a group of controls (radios, checkboxes, the parts of a date): a fieldset with a legend. */
export function FieldsetShell({
  name,
  label,
  error,
  description,
  kind,
  children,
}: FieldFrame & { kind: string; children: ReactNode }) {
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--${kind}${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <fieldset
        className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
        aria-describedby={describedBy(name, description, error)}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">
          {label}
        </legend>
        <Messages name={name} description={description} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

function aria(name: string, description: unknown, error: unknown, required?: boolean) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-required': required ? true : undefined,
    'aria-describedby': describedBy(name, description, error),
  } as const;
}

export function TextField(
  props: FieldFrame & {
    value?: string | undefined;
    /** 'date': the browser's picker, only for dates that are not memorable (filters, staff tools). */
    type?: 'text' | 'email' | 'url' | 'tel' | 'time' | 'date';
    autoComplete?: string;
    inputMode?: 'numeric' | 'text' | 'email' | 'decimal';
    maxLength?: number | undefined;
    width?: 'short' | 'medium' | undefined;
    prefix?: string;
  },
) {
  const {
    name,
    error,
    description,
    required,
    value,
    type = 'text',
    autoComplete,
    inputMode,
    maxLength,
    width,
    prefix,
  } = props;
  const input = (
    <input
      className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}${width ? ` bp-width-${width}` : ''}`}
      id={name}
      name={name}
      type={type}
      defaultValue={value}
      autoComplete={autoComplete}
      inputMode={inputMode}
      maxLength={maxLength}
      spellCheck={inputMode === 'numeric' || inputMode === 'decimal' ? false : undefined}
      {...aria(name, description, error, required)}
    />
  );
  return (
    <FieldShell {...props} kind="text">
      {prefix ? (
        <span className="bp-input-prefix">
          <span className="bp-input-prefix__text" aria-hidden="true">
            {prefix}
          </span>
          {input}
        </span>
      ) : (
        input
      )}
    </FieldShell>
  );
}

/** An amount in euros: typed as people write it ("5942", "5.942,00"), parsed on the server. */
export function MoneyField(props: FieldFrame & { value?: string | undefined }) {
  return <TextField {...props} inputMode="decimal" width="short" prefix="€" />;
}

export function TextArea(
  props: FieldFrame & { value?: string | undefined; maxLength?: number; rows?: number },
) {
  const { name, error, description, required, value, maxLength, rows = 5 } = props;
  return (
    <FieldShell {...props} kind="textarea">
      <textarea
        className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        id={name}
        name={name}
        rows={rows}
        defaultValue={value}
        maxLength={maxLength}
        {...aria(name, description, error, required)}
      />
    </FieldShell>
  );
}

/** A select; with `choose`, an empty first option that asks the user to choose (nothing preselected). */
export function SelectField(
  props: FieldFrame & { value?: string | undefined; options: readonly Option[]; choose?: string },
) {
  const { name, error, description, required, value, options, choose } = props;
  return (
    <FieldShell {...props} kind="select">
      <select
        className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        id={name}
        name={name}
        defaultValue={value}
        {...aria(name, description, error, required)}
      >
        {choose !== undefined ? <option value="">{choose}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Text a group shows inside its fieldset, before its options (a declaration's terms). */
interface GroupIntro {
  intro?: ReactNode;
}

function ChoiceGroup({
  type,
  name,
  options,
  chosen,
  intro,
  ...frame
}: FieldFrame &
  GroupIntro & { type: 'radio' | 'checkbox'; options: readonly Option[]; chosen: readonly string[] }) {
  const control = type === 'radio' ? 'utrecht-radio-button' : 'utrecht-checkbox';
  return (
    <FieldsetShell {...frame} name={name} kind={type === 'radio' ? 'radio-group' : 'checkbox-group'}>
      {intro}
      {options.map((option, index) => {
        const id = optionId(name, index);
        return (
          <div className={`utrecht-form-field utrecht-form-field--${type} bp-choice`} key={option.value}>
            <div className="utrecht-form-field__input">
              <input
                className={`${control} ${control}--html-input`}
                type={type}
                id={id}
                name={name}
                value={option.value}
                defaultChecked={chosen.includes(option.value)}
                aria-invalid={frame.error ? true : undefined}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
              />
            </div>
            <div className={`utrecht-form-field__label utrecht-form-field__label--${type}`}>
              <label className={`utrecht-form-label utrecht-form-label--${type}`} htmlFor={id}>
                {option.label}
              </label>
            </div>
            {option.hint ? (
              <div className="utrecht-form-field-description bp-choice__hint" id={`${id}-hint`}>
                {option.hint}
              </div>
            ) : null}
          </div>
        );
      })}
    </FieldsetShell>
  );
}

/** A group of radio buttons in a fieldset with a legend (WCAG 1.3.1). */
export function Radios(
  props: FieldFrame & GroupIntro & { options: readonly Option[]; value: string | undefined },
) {
  const { value, ...rest } = props;
  return <ChoiceGroup {...rest} type="radio" chosen={value === undefined ? [] : [value]} />;
}

/** A group of checkboxes in a fieldset with a legend. */
export function Checkboxes(
  props: FieldFrame & GroupIntro & { options: readonly Option[]; values: readonly string[] },
) {
  const { values, ...rest } = props;
  return <ChoiceGroup {...rest} type="checkbox" chosen={values} />;
}

/**
 * A memorable date as day, month and year (GOV.UK / NL Design System pattern). What was typed is
 * put back as typed; `invalidParts` marks the parts the error is about.
 */
export function DateField(
  props: FieldFrame & {
    value: DateParts;
    invalidParts?: readonly DatePart[] | undefined;
    partLabels: Record<DatePart, string>;
    /** 'bday' for a date of birth (autocomplete bday-day, bday-month, bday-year). */
    autoCompletePrefix?: string | undefined;
  },
) {
  const { name, value, error, invalidParts, partLabels, required } = props;
  const marked = (part: DatePart) => Boolean(error) && (!invalidParts || invalidParts.includes(part));
  return (
    <FieldsetShell {...props} kind="date">
      <div className="bp-date-input">
        {DATE_PARTS.map((part) => {
          const id = datePartId(name, part);
          return (
            <div className={`bp-date-input__item bp-date-input__item--${part}`} key={part}>
              <label className="utrecht-form-label bp-date-input__label" htmlFor={id}>
                {partLabels[part]}
              </label>
              <input
                className={`utrecht-textbox utrecht-textbox--html-input bp-date-input__input bp-date-input__input--${part}${marked(part) ? ' utrecht-textbox--invalid' : ''}`}
                id={id}
                name={datePartName(name, part)}
                type="text"
                inputMode="numeric"
                spellCheck={false}
                maxLength={part === 'year' ? 4 : 2}
                defaultValue={value[part]}
                autoComplete={props.autoCompletePrefix ? `${props.autoCompletePrefix}-${part}` : undefined}
                aria-invalid={marked(part) ? true : undefined}
                aria-required={required ? true : undefined}
              />
            </div>
          );
        })}
      </div>
    </FieldsetShell>
  );
}

/** A moment (date and time, Dutch time), for staff tools and the problem report. */
export function DateTimeField(props: FieldFrame & { value?: string | undefined; max?: string }) {
  const { name, error, description, required, value, max } = props;
  return (
    <FieldShell {...props} kind="text">
      <input
        className={`utrecht-textbox utrecht-textbox--html-input bp-width-medium${error ? ' utrecht-textbox--invalid' : ''}`}
        type="datetime-local"
        step={1}
        id={name}
        name={name}
        defaultValue={value}
        max={max}
        {...aria(name, description, error, required)}
      />
    </FieldShell>
  );
}

/** A native file input: works without JavaScript and by keyboard. */
export function FileField(props: FieldFrame & { accept: string; multiple?: boolean }) {
  const { name, error, description, required, accept, multiple } = props;
  return (
    <FieldShell {...props} kind="file">
      <input
        className="utrecht-file-input bp-file-input"
        type="file"
        id={name}
        name={name}
        accept={accept}
        multiple={multiple}
        {...aria(name, description, error, required)}
      />
    </FieldShell>
  );
}

/** The translated names of the parts of a date (the labels of its three inputs). */
export function datePartLabels(t: Translate): Record<DatePart, string> {
  return { day: t('field.date.day'), month: t('field.date.month'), year: t('field.date.year') };
}

/**
 * The message for a date that is not a date, naming the field and what to do:
 * "Vul bij Geboortedatum ook de maand en het jaar in." / "Date of birth must include a month and a year."
 */
export function dateProblem(
  result: Extract<DatePartsResult, { kind: 'incomplete' | 'invalid' }>,
  field: string,
  t: Translate,
): string {
  const names = (parts: readonly DatePart[], article: boolean) =>
    parts.map((p) => t(article ? `field.date.the.${p}` : `field.date.a.${p}`)).join(t('field.date.and'));
  return result.kind === 'incomplete'
    ? t('field.date.incomplete', { field, parts: names(result.missing, false) })
    : t('field.date.invalid', { field, parts: names(result.parts, true) });
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
