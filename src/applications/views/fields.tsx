import type { FieldError } from '../../platform/ui/components.tsx';
import type { Translate } from '../../platform/i18n/catalogue.ts';
import { dateProblem } from '../../platform/ui/fields.tsx';
import { useView } from '../../platform/ui/view-context.ts';
import type { FormError, PageDefinition } from '../forms/engine.ts';
import type { FieldDefinition } from '../forms/fields.ts';
import type { Input } from '../forms/kinds/kind.ts';
import { kindOf } from '../forms/kinds/registry.ts';

export type { Input };

/** One field of a form page, rendered by its kind (forms/kinds) with the platform field kit. */
export function Field({
  field,
  input,
  error,
}: {
  field: FieldDefinition;
  input: Input;
  error?: FormError | undefined;
}) {
  const { t } = useView();
  const label = field.optional ? `${t(field.label)} ${t('field.optional')}` : t(field.label);
  return kindOf(field.kind).render({
    field,
    label,
    hint: field.hint ? t(field.hint) : undefined,
    input,
    error: error ? errorMessage(error, field, t) : undefined,
    issue: error,
  });
}

/** An error's message, naming its field: "{field}" in every message is the field's label. */
export function errorMessage(error: FormError, field: FieldDefinition | undefined, t: Translate): string {
  const label = field ? t(field.label) : '';
  if (error.date) return dateProblem(error.date, label, t);
  return t(error.key, { ...error.params, field: label });
}

/** The errors of a page for its error summary: each links to its field and names it. */
export function translateErrors(errors: FormError[], t: Translate, page?: PageDefinition): FieldError[] {
  return errors.map((e) => ({
    field: e.field,
    message: errorMessage(
      e,
      page?.fields.find((f) => f.name === e.field),
      t,
    ),
  }));
}
