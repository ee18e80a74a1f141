import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PlainText } from './plain-text.tsx';

const html = (text: string) => renderToStaticMarkup(<PlainText text={text} />);

describe('plain text with links', () => {
  it('never renders HTML from the text', () => {
    const out = html('<script>alert(1)</script> <img src=x onerror=alert(2)> <a href="javascript:x">y</a>');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('href="javascript');
    expect(out).toContain('&lt;script&gt;');
  });

  it('links http(s) addresses and local paths, leaving trailing punctuation outside', () => {
    const out = html('See https://www.eherkenning.nl. Or /logging-in and /representatives.');
    expect(out).toContain(
      '<a class="nl-link" href="https://www.eherkenning.nl">https://www.eherkenning.nl</a>.',
    );
    expect(out).toContain('<a class="nl-link" href="/logging-in">/logging-in</a>');
    expect(out).toContain('<a class="nl-link" href="/representatives">/representatives</a>.');
  });

  it('does not link other schemes or a slash inside a word', () => {
    const out = html('javascript:alert(1) and/or data:text/html,x //evil.example');
    expect(out).not.toContain('<a');
  });

  it('makes paragraphs of blank-line separated blocks and lists of "- " lines', () => {
    const out = html('First\nstill first\n\nIntro:\n- one\n- two');
    expect(out).toContain('<p class="nl-paragraph"><span>First</span><span><br/>still first</span></p>');
    expect(out).toContain('<li class="utrecht-unordered-list__item">one</li>');
  });
});
