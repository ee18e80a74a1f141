import { createContext, createElement, Fragment, useContext, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { markupContext, renderMarkup } from './markup.ts';

/** The portal's renderer must write what React writes, byte for byte. */
function same(element: ReactElement): string {
  const fast = renderMarkup(element);
  expect(fast).toBe(renderToStaticMarkup(element));
  return fast ?? '';
}

const Named = createContext<string | null>(null);
function useName(): string | null {
  const given = markupContext(Named);
  if (given !== undefined) return given;
  return useContext(Named);
}
function Greeting({ children }: { children?: ReactNode }) {
  return (
    <p className="greeting">
      Hallo {useName()}
      {children}
    </p>
  );
}

describe('renderMarkup writes the markup React writes', () => {
  it('escapes text and attribute values as React does', () => {
    const html = same(
      <div title={`"quotes" & 'apostrophes' <tags>`} data-x="é’€">
        {`a < b & c > d "e" 'f' — café`}
        {42}
        {10n}
        {null}
        {undefined}
        {false}
        {true}
        {['x', ['y', 'z'], null]}
      </div>,
    );
    expect(html).toContain('&quot;quotes&quot; &amp; &#x27;apostrophes&#x27; &lt;tags&gt;');
  });

  it('renames, drops and keeps attributes as React does', () => {
    same(
      <section
        className="a"
        tabIndex={-1}
        hidden
        aria-hidden={true}
        data-flag={false}
        draggable={false}
        spellCheck={false}
        autoFocus
        onClick={() => undefined}
        suppressHydrationWarning
        role="region"
        aria-label="Label"
        id={undefined}
        lang={null as unknown as string}
      >
        <label htmlFor="f">label</label>
        <a href="">empty href stays</a>
        <a href="javascript:alert(1)">blocked</a>
        <a href="/next?x=1&y=2">link</a>
        <span dir="ltr">ltr</span>
        <table>
          <tbody>
            <tr>
              <td colSpan={2} rowSpan={0}>
                cell
              </td>
            </tr>
          </tbody>
        </table>
        <ol start={3} reversed={false}>
          <li value={2}>two</li>
        </ol>
        <details open>
          <summary>more</summary>
        </details>
        <br />
        <hr className="rule" />
      </section>,
    );
  });

  it('writes forms, inputs and buttons with the attributes React moves to the end', () => {
    const html = same(
      <form action="/send" method="post" noValidate className="form" encType="multipart/form-data">
        <input name="a" type="text" defaultValue="typed" maxLength={10} required />
        <input value="given" name="b" type="hidden" readOnly />
        <input type="checkbox" defaultChecked name="c" value="on" />
        <input type="radio" checked={false} name="d" value="x" onChange={() => undefined} />
        <input type="submit" formAction="/other" formMethod="post" formNoValidate />
        <button name="go" type="submit" value="now" className="b">
          Send
        </button>
        <button type="button" disabled>
          <span>icon</span> Cancel
        </button>
      </form>,
    );
    expect(html).toContain(
      '<form noValidate="" class="form" action="/send" encType="multipart/form-data" method="post">',
    );
  });

  it('writes select, option and textarea values as React does', () => {
    same(
      <div>
        <select name="s" defaultValue="b">
          <option value="a">A</option>
          <option value="b">B</option>
          <option>b</option>
        </select>
        <select name="m" multiple value={['1', '3']} onChange={() => undefined}>
          <option value="1">one</option>
          <option value="2">two</option>
          <option value="3">three</option>
        </select>
        <select name="n">
          <option value="x" selected>
            X
          </option>
        </select>
        <textarea name="t" defaultValue={'\nstarts with a newline & <b>'} rows={4} />
        <textarea name="u" value="kept" onChange={() => undefined} />
        <pre>{'\nfirst line'}</pre>
      </div>,
    );
  });

  it('moves charset, viewport, title, meta and links into the head as React does', () => {
    const html = same(
      <html lang="nl">
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width" />
          <title>{`Page | Site`}</title>
          <link rel="stylesheet" href="/a.css" />
          <meta name="description" content="d" />
          <link rel="icon" href="/f.svg" type="image/svg+xml" />
          <script src="/app.js" defer />
          <script>{'var x = "</script>";'}</script>
        </head>
        <body className="page" data-idle={String(5)}>
          <main>
            <h1>Title</h1>
          </main>
        </body>
      </html>,
    );
    expect(html.startsWith('<html lang="nl"><head><meta charSet="utf-8"/><meta name="viewport"')).toBe(true);
    expect(html.endsWith('</main></body></html>')).toBe(true);
  });

  it('renders components, fragments and a context given by a provider', () => {
    const html = same(
      <Named.Provider value="wereld">
        <Fragment>
          <Greeting>
            <Greeting />
          </Greeting>
          <Named.Provider value="binnen">
            <Greeting />
          </Named.Provider>
          <Greeting />
        </Fragment>
      </Named.Provider>,
    );
    expect(html).toContain('<p class="greeting">Hallo binnen</p>');
    expect(markupContext(Named)).toBeUndefined();
  });

  it('leaves what it does not write exactly like React to React', () => {
    expect(renderMarkup(<img src="/a.png" alt="" />)).toBeUndefined();
    expect(renderMarkup(<div style={{ marginTop: 4 }} />)).toBeUndefined();
    expect(renderMarkup(<svg viewBox="0 0 1 1" />)).toBeUndefined();
    expect(renderMarkup(createElement('my-element'))).toBeUndefined();
    expect(renderMarkup(<link rel="stylesheet" href="/a.css" precedence="default" />)).toBeUndefined();
    expect(renderMarkup(<script src="/a.js" async />)).toBeUndefined();
    const Consumer = Named.Consumer;
    expect(renderMarkup(<Consumer>{(value) => value}</Consumer>)).toBeUndefined();
  });

  it('lets an error thrown by a component through', () => {
    function Broken(): ReactNode {
      throw new Error('broken view');
    }
    expect(() =>
      renderMarkup(
        <div>
          <Broken />
        </div>,
      ),
    ).toThrow('broken view');
  });
});
