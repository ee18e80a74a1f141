import { formatDate } from '../../../platform/i18n/i18n.ts';
import { useView } from '../../../platform/ui/view-context.ts';
import {
  DATE_PARTS,
  datePartName,
  isoToDateParts,
  parseDateParts,
  readDateParts,
  type DateParts,
} from '../../../platform/ui/date-parts.ts';
import { DateField, datePartLabels } from '../../../platform/ui/fields.tsx';
import { asString, type FieldKindSpec, type RenderProps } from './kind.ts';

/**
 * A memorable date as day, month and year (platform/ui date-parts). Stored as 'YYYY-MM-DD'. A
 * half-typed date is an error that names the missing part, and what was typed is put back as
 * typed: never erased, never read as another date.
 */
export const date: FieldKindSpec = {
  read: (body, field) => readDateParts(body, field.name),
  inputNames: (field) => DATE_PARTS.map((part) => datePartName(field.name, part)),
  isEmpty: (raw) => parseDateParts(raw as DateParts).kind === 'empty',
  parse(raw) {
    const result = parseDateParts(raw as DateParts);
    if (result.kind === 'ok') return { ok: true, value: result.iso };
    if (result.kind === 'empty') return { ok: true, value: undefined };
    return {
      ok: false,
      issue: {
        key: result.kind === 'incomplete' ? 'field.date.incomplete' : 'field.date.invalid',
        date: result,
      },
    };
  },
  toInput(stored, field) {
    if (typeof stored !== 'string') return {};
    const parts = isoToDateParts(stored);
    return {
      [datePartName(field.name, 'day')]: parts.day,
      [datePartName(field.name, 'month')]: parts.month,
      [datePartName(field.name, 'year')]: parts.year,
    };
  },
  display: (stored, _field, _t, lang) => (typeof stored === 'string' ? formatDate(lang, stored) : ''),
  render: (props) => <DateInput {...props} />,
};

function DateInput({ field, label, hint, input, error, issue }: RenderProps) {
  const { t } = useView();
  const value = {
    day: asString(input[datePartName(field.name, 'day')]),
    month: asString(input[datePartName(field.name, 'month')]),
    year: asString(input[datePartName(field.name, 'year')]),
  };
  const parts = issue?.date
    ? issue.date.kind === 'incomplete'
      ? issue.date.missing
      : issue.date.parts
    : undefined;
  return (
    <DateField
      name={field.name}
      label={label}
      description={hint}
      value={value}
      error={error}
      invalidParts={parts}
      partLabels={datePartLabels(t)}
      required={!field.optional}
      autoCompletePrefix={field.autoComplete}
    />
  );
}
