import { describedBy, FieldShell } from '../../platform/ui/components.tsx';

/**
 * Form fields the shared components do not have yet (textarea, select, file, date-time with
 * seconds), with the same NL Design System markup as TextField: label, description, error
 * message linked by aria-describedby.
 */
interface FieldProps {
  name: string;
  label: string;
  error?: string | undefined;
  description?: string | undefined;
  required?: boolean;
}

export function TextArea(props: FieldProps & { value?: string; maxLength?: number; rows?: number }) {
  const { name, error, description, required, value, maxLength, rows = 6 } = props;
  return (
    <FieldShell {...props} kind="textarea">
      <textarea
        className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        id={name}
        name={name}
        rows={rows}
        defaultValue={value}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(name, description, error)}
      />
    </FieldShell>
  );
}

export function Select(props: FieldProps & { value?: string; options: { value: string; label: string }[] }) {
  const { name, error, description, required, value, options } = props;
  return (
    <FieldShell {...props} kind="select">
      <select
        className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        id={name}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(name, description, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A native file input: works without JavaScript and by keyboard. */
export function FileField(props: FieldProps & { accept: string; multiple?: boolean }) {
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
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(name, description, error)}
      />
    </FieldShell>
  );
}

export function DateTimeField(props: FieldProps & { value?: string; max?: string }) {
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
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(name, description, error)}
      />
    </FieldShell>
  );
}
