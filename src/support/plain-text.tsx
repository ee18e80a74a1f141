import type { ReactNode } from 'react';

/**
 * Shows text that staff or users typed: never as HTML. Blank lines separate paragraphs;
 * a block whose lines all start with "- " is a list; http(s) addresses and local paths
 * (a "/" at the start of a word) become links. React escapes everything else.
 */
const LINK = /(https?:\/\/[^\s<>"]+|(?<=^|[\s(])\/[a-z0-9][a-z0-9\-._~/]*(?:\?[a-z0-9\-._~=&%]*)?)/gi;
const TRAILING = /[.,;:!?)'"’]+$/;

export function linkify(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const raw = match[0];
    const start = match.index;
    const trail = TRAILING.exec(raw)?.[0] ?? '';
    const href = raw.slice(0, raw.length - trail.length);
    if (start > last) out.push(text.slice(last, start));
    out.push(
      <a className="nl-link" href={href} key={`${start}`}>
        {href}
      </a>,
    );
    if (trail) out.push(trail);
    last = start + raw.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function Lines({ lines }: { lines: string[] }) {
  return (
    <>
      {lines.map((line, index) => (
        <span key={index}>
          {index > 0 ? <br /> : null}
          {linkify(line)}
        </span>
      ))}
    </>
  );
}

export function PlainText({ text }: { text: string }) {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0);
  return (
    <div className="bp-plain-text">
      {blocks.map((lines, index) => {
        const listStart = lines.findIndex((line) => line.startsWith('- '));
        if (listStart >= 0 && lines.slice(listStart).every((line) => line.startsWith('- '))) {
          return (
            <div key={index}>
              {listStart > 0 ? (
                <p className="nl-paragraph">
                  <Lines lines={lines.slice(0, listStart)} />
                </p>
              ) : null}
              <ul className="utrecht-unordered-list">
                {lines.slice(listStart).map((line, item) => (
                  <li className="utrecht-unordered-list__item" key={item}>
                    {linkify(line.slice(2))}
                  </li>
                ))}
              </ul>
            </div>
          );
        }
        return (
          <p className="nl-paragraph" key={index}>
            <Lines lines={lines} />
          </p>
        );
      })}
    </div>
  );
}
