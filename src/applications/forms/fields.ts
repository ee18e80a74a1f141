import type { MessageKey } from '../../platform/i18n/catalogue.ts';
import type { FieldKind } from './kinds/registry.ts';

/**
 * Field definitions of the form engine. What a kind does (parse, put back, display, render) is in
 * its own file under kinds/, looked up in kinds/registry.ts; the fields of a page are also its
 * allow-list (engine.ts).
 */
export type { FieldKind };

export interface FieldOption {
  value: string;
  label: MessageKey;
}

export interface FieldDefinition {
  name: string;
  kind: FieldKind;
  label: MessageKey;
  hint?: MessageKey;
  /**
   * What the user must do when the field is left empty, naming the field ("Vul de achternaam
   * in"): every field has its own, never a generic "fill in this field".
   */
  missing: MessageKey;
  optional?: boolean;
  /** text: longest accepted value (default 100). */
  maxLength?: number;
  /** text: a format the value must have, with the message naming it. */
  pattern?: { regex: RegExp; message: MessageKey };
  /** text: stored in upper case (passport and permit numbers). */
  upperCase?: boolean;
  /** text: an extra check (BSN eleven test). */
  check?: { test: (value: string) => boolean; message: MessageKey };
  /** select, radios, checkboxes. */
  options?: readonly FieldOption[];
  /** integer bounds. */
  min?: number;
  max?: number;
  /** Only asked (and only stored) when another field of the page has this value. */
  showIf?: { field: string; equals: string };
  autoComplete?: string;
  width?: 'short' | 'medium';
}
