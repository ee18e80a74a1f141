import type { Context, ReactNode } from 'react';

/**
 * The pages' HTML, rendered from the same React elements the views build, without React's
 * streaming server renderer on the request path (ADR 0010).
 *
 * `renderToStaticMarkup` runs React's whole streaming machinery (tasks, segments, chunks, a
 * resumable state) for every page; for these pages (plain function components, one context, no
 * state, no effects, no Suspense) that machinery was a third of a page's CPU time. This walks the
 * element tree and writes the markup React writes, rule for rule: attribute names and the
 * attributes React drops or moves (`react-dom-server` 19, `pushAttribute`, `pushStartInstance`),
 * escaping, void elements, the document's head (charset, viewport, then the hoisted title, meta and
 * links, then the head's other children).
 *
 * Anything outside that set — class components, other hooks than reading a context, other
 * React types, inline style objects, SVG and MathML, images (React adds preloads for them),
 * resources with a precedence, async scripts, a title, meta or link outside the head —
 * makes `renderMarkup` return `undefined`, and the caller renders with React instead. Under the
 * tests every page is rendered both ways and must be identical (`src/platform/http/render.tsx`).
 */

const ELEMENT = Symbol.for('react.transitional.element');
const LEGACY_ELEMENT = Symbol.for('react.element');
const FRAGMENT = Symbol.for('react.fragment');
const CONTEXT = Symbol.for('react.context');

/** Thrown inside the walk when a construct is not one this renderer writes exactly like React. */
class Unsupported extends Error {}

interface Element {
  $$typeof: symbol;
  type: unknown;
  props: Record<string, unknown>;
}

/** Where an element is, as React's insertion modes: decides the document's preamble. */
type Mode = 0 | 1 | 2 | 3;
const Mode = { Root: 0, InHtml: 1, Html: 2, InHead: 3 } as const;

/** What one render collects for the document's preamble (React's `preamble` and `renderState`). */
interface Doc {
  /** Context values given by providers above the element being rendered. */
  contexts: Map<unknown, unknown>;
  charset: string;
  viewport: string;
  /** The title, meta and link elements React moves into the head. */
  hoisted: string;
  htmlStart: string | null;
  headStart: string | null;
  headContent: string;
  bodyStart: string | null;
  hasHtml: boolean;
  hasBody: boolean;
}

/** The render under way (renders are synchronous: one at a time), or null. */
let doc: Doc | null = null;

/**
 * The value a context provider above gives, while `renderMarkup` renders; `undefined` when it
 * does not render (React renders, or nothing does) or no provider gave one.
 */
export function markupContext<T>(context: Context<T>): T | undefined {
  return doc?.contexts.get(context) as T | undefined;
}

/** The page's markup as `renderToStaticMarkup` writes it, or `undefined` to render with React. */
export function renderMarkup(node: ReactNode): string | undefined {
  const d: Doc = {
    contexts: new Map(),
    charset: '',
    viewport: '',
    hoisted: '',
    htmlStart: null,
    headStart: null,
    headContent: '',
    bodyStart: null,
    hasHtml: false,
    hasBody: false,
  };
  const outer = doc;
  doc = d;
  try {
    const content = render(node, Mode.Root, null);
    let out = '';
    if (d.htmlStart !== null) out += d.htmlStart + (d.headStart ?? '<head>');
    else if (d.headStart !== null) out += d.headStart;
    out += d.charset + d.viewport + d.hoisted + d.headContent;
    if (d.htmlStart !== null || d.headStart !== null) out += '</head>';
    if (d.bodyStart !== null) out += d.bodyStart;
    out += content;
    if (d.hasBody) out += '</body>';
    if (d.hasHtml) out += '</html>';
    return out;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  } finally {
    doc = outer;
  }
}

/** The render under way (only called from within `renderMarkup`). */
function current(): Doc {
  if (!doc) throw new Unsupported();
  return doc;
}

function render(node: unknown, mode: Mode, selected: unknown): string {
  if (typeof node === 'string') return escape(node);
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'function' || typeof node === 'symbol') return '';
  if (Array.isArray(node)) {
    let out = '';
    for (const child of node) out += render(child, mode, selected);
    return out;
  }
  const element = node as Element;
  if (element.$$typeof === ELEMENT || element.$$typeof === LEGACY_ELEMENT) {
    const { type, props } = element;
    if (typeof type === 'string') return host(type, props, mode, selected);
    if (typeof type === 'function') {
      if ((type.prototype as { isReactComponent?: unknown } | undefined)?.isReactComponent)
        throw new Unsupported();
      return render((type as (p: unknown) => unknown)(props), mode, selected);
    }
    if (type === FRAGMENT) return render(props.children, mode, selected);
    if ((type as { $$typeof?: unknown } | null)?.$$typeof === CONTEXT) {
      const { contexts } = current();
      const had = contexts.has(type);
      const previous = contexts.get(type);
      contexts.set(type, props.value);
      try {
        return render(props.children, mode, selected);
      } finally {
        if (had) contexts.set(type, previous);
        else contexts.delete(type);
      }
    }
    throw new Unsupported();
  }
  if (typeof (node as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function') {
    let out = '';
    for (const child of node as Iterable<unknown>) out += render(child, mode, selected);
    return out;
  }
  // Promises, contexts used as children, plain objects: React's own handling (or its error).
  throw new Unsupported();
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'keygen',
  'param',
  'source',
  'track',
  'wbr',
]);
const UNSUPPORTED = new Set([
  'img',
  'style',
  'object',
  'menuitem',
  'noscript',
  'picture',
  'svg',
  'math',
  'foreignObject',
  'template',
  'slot',
]);
/** Children of these start a new format context in React (and lose a select's value). */
const TABLE_OR_ROOT = new Set(['table', 'thead', 'tbody', 'tfoot', 'colgroup', 'tr']);

function host(tag: string, props: Record<string, unknown>, mode: Mode, selected: unknown): string {
  if (UNSUPPORTED.has(tag) || tag.includes('-') || !VALID_TAG.test(tag)) throw new Unsupported();
  // The format context React gives the children.
  let childMode = mode === Mode.Root || mode === Mode.InHtml ? Mode.Html : mode;
  let childSelected = mode === Mode.Root || mode === Mode.InHtml ? null : selected;
  if (TABLE_OR_ROOT.has(tag)) childSelected = null;
  switch (tag) {
    case 'html': {
      if (mode !== Mode.Root) break;
      const d = current();
      if (d.htmlStart !== null || props.dangerouslySetInnerHTML != null) throw new Unsupported();
      d.htmlStart = startTag(tag, props, null) + '>';
      d.hasHtml = true;
      return render(props.children, Mode.InHtml, null);
    }
    case 'head': {
      if (mode !== Mode.Root && mode !== Mode.InHtml) break;
      const d = current();
      if (d.headStart !== null || props.dangerouslySetInnerHTML != null) throw new Unsupported();
      d.headStart = startTag(tag, props, null) + '>';
      d.headContent += render(props.children, Mode.InHead, null);
      return '';
    }
    case 'body': {
      if (mode !== Mode.Root && mode !== Mode.InHtml) break;
      const d = current();
      if (d.bodyStart !== null) throw new Unsupported();
      d.bodyStart = startTag(tag, props, null) + '>';
      d.hasBody = true;
      return inner(props) + render(props.children, Mode.Html, null);
    }
    case 'title':
      if (props.itemProp != null) return title(props);
      current().hoisted += title(props);
      return '';
    case 'meta': {
      const markup = selfClosing(tag, props);
      if (props.itemProp != null) return markup;
      const d = current();
      if (typeof props.charSet === 'string') d.charset += markup;
      else if (props.name === 'viewport') d.viewport += markup;
      else d.hoisted += markup;
      return '';
    }
    case 'link': {
      const { rel, href } = props;
      if (props.itemProp != null || typeof rel !== 'string' || typeof href !== 'string' || href === '')
        return selfClosing(tag, props);
      if (rel === 'stylesheet') {
        if (typeof props.precedence !== 'string' || props.disabled != null || props.onLoad || props.onError)
          return selfClosing(tag, props);
        throw new Unsupported();
      }
      if (props.onLoad || props.onError) return selfClosing(tag, props);
      current().hoisted += selfClosing(tag, props);
      return '';
    }
    case 'script': {
      const { src, async } = props;
      if (
        typeof src === 'string' &&
        src &&
        async &&
        typeof async !== 'function' &&
        typeof async !== 'symbol' &&
        !props.onLoad &&
        !props.onError &&
        props.itemProp == null
      )
        throw new Unsupported();
      let out = startTag(tag, props, null) + '>' + inner(props);
      if (typeof props.children === 'string') out += props.children.replace(SCRIPT, scriptReplacer);
      return out + '</script>';
    }
    case 'input':
      if (props.children != null || props.dangerouslySetInnerHTML != null) throw new Unsupported();
      return startTag(tag, props, null) + '/>';
    case 'textarea': {
      if (props.dangerouslySetInnerHTML != null) throw new Unsupported();
      let value = props.value ?? null;
      if (value === null && props.defaultValue != null) value = props.defaultValue;
      if (props.children != null) {
        if (value != null || (Array.isArray(props.children) && props.children.length > 1))
          throw new Unsupported();
        value = stringOf(props.children);
      }
      let out = startTag(tag, props, null) + '>';
      if (typeof value === 'string' && value[0] === '\n') out += '\n';
      if (value !== null) out += escape(value);
      return out + '</textarea>';
    }
    case 'select':
      childMode = Mode.Html;
      childSelected = props.value != null ? props.value : props.defaultValue;
      break;
    case 'option':
      return (
        startTag(tag, props, selected) +
        '>' +
        inner(props) +
        render(props.children, childMode, childSelected) +
        '</option>'
      );
    case 'pre':
    case 'listing': {
      let out = startTag(tag, props, null) + '>';
      const html = (props.dangerouslySetInnerHTML as { __html?: unknown } | null | undefined)?.__html;
      if (typeof html === 'string' && html[0] === '\n') out += '\n';
      out += inner(props);
      if (typeof props.children === 'string' && props.children[0] === '\n') out += '\n';
      return out + render(props.children, childMode, childSelected) + `</${tag}>`;
    }
    default:
      if (VOID.has(tag)) return selfClosing(tag, props);
  }
  if (tag === 'html' || tag === 'head' || tag === 'body') childMode = Mode.Html;
  return (
    startTag(tag, props, null) +
    '>' +
    inner(props) +
    render(props.children, childMode, childSelected) +
    `</${tag}>`
  );
}

function selfClosing(tag: string, props: Record<string, unknown>): string {
  if (props.children != null || props.dangerouslySetInnerHTML != null) throw new Unsupported();
  return startTag(tag, props, null) + '/>';
}

function title(props: Record<string, unknown>): string {
  let out = startTag('title', props, null) + '>';
  const { children } = props;
  const text = Array.isArray(children) ? (children.length < 2 ? (children[0] as unknown) : null) : children;
  if (typeof text !== 'function' && typeof text !== 'symbol' && text !== null && text !== undefined)
    out += escape(stringOf(text));
  return out + inner(props) + '</title>';
}

/** `dangerouslySetInnerHTML`, as React writes it (never together with children). */
function inner(props: Record<string, unknown>): string {
  const given = props.dangerouslySetInnerHTML;
  if (given == null) return '';
  if (props.children != null || typeof given !== 'object' || !('__html' in given)) throw new Unsupported();
  const html = given.__html;
  return html === null || html === undefined ? '' : stringOf(html);
}

/**
 * `<tag` and its attributes, in React's order: the props in their order, except the ones React
 * writes last (a form's action, encType, method and target; an input's or a button's name and
 * form* props, then an input's checked and value) and an option's `selected`.
 */
function startTag(tag: string, props: Record<string, unknown>, selected: unknown): string {
  let out = '<' + tag;
  let last: Record<string, unknown> | null = null;
  for (const name in props) {
    if (!Object.prototype.hasOwnProperty.call(props, name)) continue;
    const value = props[name];
    if (value == null || name === 'children' || name === 'dangerouslySetInnerHTML') continue;
    if (LAST[tag]?.has(name)) {
      (last ??= {})[name] = value;
      continue;
    }
    if (tag === 'a' && name === 'href' && value === '') {
      out += ' href=""';
      continue;
    }
    if ((tag === 'select' || tag === 'textarea') && (name === 'value' || name === 'defaultValue')) continue;
    if (tag === 'option' && name === 'selected') continue;
    out += attribute(name, value);
  }
  if (last) {
    if (typeof last.action === 'function' || typeof last.formAction === 'function') throw new Unsupported();
    for (const name of LAST_ORDER) {
      const value = last[name];
      if (value == null) continue;
      if (name === 'checked' || name === 'defaultChecked') {
        if (name === 'defaultChecked' && last.checked != null) continue;
        if (Boolean(value) && typeof value !== 'function' && typeof value !== 'symbol') out += ' checked=""';
        continue;
      }
      if (name === 'defaultValue') {
        if (last.value == null) out += attribute('value', value);
        continue;
      }
      out += attribute(name, value);
    }
  }
  if (tag === 'option') {
    if (selected != null) {
      const value = props.value != null ? stringOf(props.value) : optionText(props.children);
      const matches = Array.isArray(selected)
        ? selected.some((one) => stringOf(one) === value)
        : stringOf(selected) === value;
      if (matches) out += ' selected=""';
    } else if (props.selected) out += ' selected=""';
  }
  return out;
}

const FORM_LAST = ['formAction', 'formEncType', 'formMethod', 'formTarget'];
const LAST: Record<string, Set<string>> = {
  form: new Set(['action', 'encType', 'method', 'target']),
  input: new Set(['name', ...FORM_LAST, 'checked', 'defaultChecked', 'value', 'defaultValue']),
  button: new Set(['name', ...FORM_LAST]),
};
const LAST_ORDER = [
  'name',
  'action',
  'formAction',
  'encType',
  'formEncType',
  'method',
  'formMethod',
  'target',
  'formTarget',
  'checked',
  'defaultChecked',
  'value',
  'defaultValue',
];

/** The text React compares with a select's value when an option has no value prop. */
function optionText(children: unknown): string {
  if (children === null || children === undefined || typeof children === 'boolean') return '';
  if (typeof children === 'string' || typeof children === 'number' || typeof children === 'bigint')
    return String(children);
  if (Array.isArray(children)) return children.map(optionText).join('');
  throw new Unsupported();
}

const BOOLEAN = new Set([
  'inert',
  'allowFullScreen',
  'async',
  'autoPlay',
  'controls',
  'credentialless',
  'default',
  'defer',
  'disabled',
  'disablePictureInPicture',
  'disableRemotePlayback',
  'formNoValidate',
  'hidden',
  'loop',
  'noModule',
  'noValidate',
  'open',
  'playsInline',
  'readOnly',
  'required',
  'reversed',
  'scoped',
  'seamless',
  'itemScope',
]);
const BOOLEANISH = new Set([
  'contentEditable',
  'spellCheck',
  'draggable',
  'value',
  'autoReverse',
  'externalResourcesRequired',
  'focusable',
  'preserveAlpha',
]);
const AS_GIVEN = new Set(['dir', 'role', 'viewBox', 'width', 'height']);
const RENAMED: Record<string, string> = {
  className: 'class',
  tabIndex: 'tabindex',
  xlinkActuate: 'xlink:actuate',
  xlinkArcrole: 'xlink:arcrole',
  xlinkRole: 'xlink:role',
  xlinkShow: 'xlink:show',
  xlinkTitle: 'xlink:title',
  xlinkType: 'xlink:type',
  xmlBase: 'xml:base',
  xmlLang: 'xml:lang',
  xmlSpace: 'xml:space',
};
/** React's aliases (`react-dom-server`'s `aliases`): the SVG presentation attributes and four more. */
const ALIASES = new Map<string, string>([
  ['htmlFor', 'for'],
  ['crossOrigin', 'crossorigin'],
  ['xmlnsXlink', 'xmlns:xlink'],
  ...(
    'acceptCharset httpEquiv accentHeight alignmentBaseline arabicForm baselineShift capHeight clipPath clipRule ' +
    'colorInterpolation colorInterpolationFilters colorProfile colorRendering dominantBaseline enableBackground ' +
    'fillOpacity fillRule floodColor floodOpacity fontFamily fontSize fontSizeAdjust fontStretch fontStyle ' +
    'fontVariant fontWeight glyphName glyphOrientationHorizontal glyphOrientationVertical horizAdvX horizOriginX ' +
    'imageRendering letterSpacing lightingColor markerEnd markerMid markerStart maskType overlinePosition ' +
    'overlineThickness paintOrder pointerEvents renderingIntent shapeRendering stopColor stopOpacity ' +
    'strikethroughPosition strikethroughThickness strokeDasharray strokeDashoffset strokeLinecap strokeLinejoin ' +
    'strokeMiterlimit strokeOpacity strokeWidth textAnchor textDecoration textRendering transformOrigin ' +
    'underlinePosition underlineThickness unicodeBidi unicodeRange unitsPerEm vAlphabetic vHanging vIdeographic ' +
    'vMathematical vectorEffect vertAdvY vertOriginX vertOriginY wordSpacing writingMode xHeight'
  )
    .split(' ')
    .map((name): [string, string] => [name, name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())]),
]);
const SKIPPED = new Set([
  'defaultValue',
  'defaultChecked',
  'innerHTML',
  'suppressContentEditableWarning',
  'suppressHydrationWarning',
  'ref',
]);

/** How React writes an attribute, by its prop name (see `attribute`). */
const Kind = {
  /** A string attribute under another name or its own; booleans are left out. */
  String: 0,
  /** A URL (src, href, action, formAction): sanitised; booleans (and an empty src or href) left out. */
  Url: 1,
  /** autoFocus, multiple, muted: `name=""` in lower case when truthy. */
  LowerBoolean: 2,
  /** capture, download: `name=""` for true, the value otherwise. */
  Overloaded: 3,
  /** cols, rows, size, span: only a number of at least 1. */
  Positive: 4,
  /** rowSpan, start: only a number. */
  Numeric: 5,
  /** Never written (defaultValue, ref, event handlers, unsafe names …). */
  Skipped: 6,
  /** Written as given, booleans as "true"/"false". */
  Booleanish: 7,
  /** `name=""` when truthy. */
  Boolean: 8,
  /** Any other: booleans only for data- and aria- attributes. */
  Other: 9,
  /** Written only for data- and aria- when boolean (this is one of them). */
  DataOrAria: 10,
} as const;
type Kind = (typeof Kind)[keyof typeof Kind];
interface Written {
  kind: Kind;
  /** The attribute's name in the markup. */
  as: string;
}

function classify(name: string): Written {
  const renamed = RENAMED[name];
  if (renamed !== undefined) return { kind: Kind.String, as: renamed };
  if (AS_GIVEN.has(name)) return { kind: Kind.String, as: name };
  switch (name) {
    case 'src':
    case 'href':
    case 'action':
    case 'formAction':
      return { kind: Kind.Url, as: name };
    case 'xlinkHref':
      return { kind: Kind.Url, as: 'xlink:href' };
    case 'autoFocus':
    case 'multiple':
    case 'muted':
      return { kind: Kind.LowerBoolean, as: name.toLowerCase() };
    case 'capture':
    case 'download':
      return { kind: Kind.Overloaded, as: name };
    case 'cols':
    case 'rows':
    case 'size':
    case 'span':
      return { kind: Kind.Positive, as: name };
    case 'rowSpan':
    case 'start':
      return { kind: Kind.Numeric, as: name };
  }
  if (SKIPPED.has(name)) return { kind: Kind.Skipped, as: name };
  if (BOOLEANISH.has(name)) return { kind: Kind.Booleanish, as: name };
  if (BOOLEAN.has(name)) return { kind: Kind.Boolean, as: name };
  if (name.length > 2 && (name[0] === 'o' || name[0] === 'O') && (name[1] === 'n' || name[1] === 'N'))
    return { kind: Kind.Skipped, as: name };
  const as = ALIASES.get(name) ?? name;
  if (!VALID_ATTRIBUTE_NAME.test(as)) return { kind: Kind.Skipped, as };
  const prefix = as.toLowerCase().slice(0, 5);
  return { kind: prefix === 'data-' || prefix === 'aria-' ? Kind.DataOrAria : Kind.Other, as };
}

/** Prop names seen, and how they are written (names come from the views' code; bounded all the same). */
const written = new Map<string, Written>();

/** One attribute as React's `pushAttribute` writes it ('' when React leaves it out). */
function attribute(name: string, value: unknown): string {
  const type = typeof value;
  if (type === 'function' || type === 'symbol') return '';
  if (name === 'style') throw new Unsupported();
  let how = written.get(name);
  if (how === undefined) {
    how = classify(name);
    if (written.size < 10_000) written.set(name, how);
  }
  switch (how.kind) {
    case Kind.String:
    case Kind.Other:
      return type === 'boolean' ? '' : ` ${how.as}="${escape(value)}"`;
    case Kind.DataOrAria:
    case Kind.Booleanish:
      return ` ${how.as}="${escape(value)}"`;
    case Kind.Url:
      if (type === 'boolean' || (value === '' && (name === 'src' || name === 'href'))) return '';
      return ` ${how.as}="${escape(sanitizeUrl(stringOf(value)))}"`;
    case Kind.LowerBoolean:
    case Kind.Boolean:
      return value ? ` ${how.as}=""` : '';
    case Kind.Overloaded:
      if (value === true) return ` ${how.as}=""`;
      return value === false ? '' : ` ${how.as}="${escape(value)}"`;
    case Kind.Positive:
      return !isNaN(value as number) && (value as number) >= 1 ? ` ${how.as}="${escape(value)}"` : '';
    case Kind.Numeric:
      return isNaN(value as number) ? '' : ` ${how.as}="${escape(value)}"`;
    case Kind.Skipped:
      return '';
  }
}

const VALID_TAG = /^[a-zA-Z][a-zA-Z:_.\-\d]*$/;
// React's own pattern (`VALID_ATTRIBUTE_NAME_REGEX`), as it is.
const VALID_ATTRIBUTE_NAME =
  // eslint-disable-next-line no-misleading-character-class
  /^[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$/;

// React's own pattern (`isJavaScriptProtocol`): leading control characters and spaces are ignored.
const JAVASCRIPT_URL =
  // eslint-disable-next-line no-control-regex
  /^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;
function sanitizeUrl(url: string): string {
  return JAVASCRIPT_URL.test(url)
    ? "javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')"
    : url;
}

const SCRIPT = /(<\/|<)(s)(cript)/gi;
function scriptReplacer(_match: string, prefix: string, s: string, suffix: string): string {
  return prefix + (s === 's' ? '\\u0073' : '\\u0053') + suffix;
}

/**
 * A value as text, as React makes it (`'' + value`): an object without a `toString` of its own
 * becomes `[object Object]` there too.
 */
function stringOf(value: unknown): string {
  return String(value);
}

const SPECIAL = /["'&<>]/;
/** React's `escapeTextForBrowser`. */
export function escape(value: unknown): string {
  const text = stringOf(value);
  const first = SPECIAL.exec(text);
  if (first === null) return text;
  let out = '';
  let last = 0;
  for (let index = first.index; index < text.length; index++) {
    let entity: string;
    switch (text.charCodeAt(index)) {
      case 34:
        entity = '&quot;';
        break;
      case 38:
        entity = '&amp;';
        break;
      case 39:
        entity = '&#x27;';
        break;
      case 60:
        entity = '&lt;';
        break;
      case 62:
        entity = '&gt;';
        break;
      default:
        continue;
    }
    if (last !== index) out += text.slice(last, index);
    last = index + 1;
    out += entity;
  }
  return last !== text.length ? out + text.slice(last) : out;
}
