import { describe, expect, it } from 'vitest';
import { createTaggedPdf } from './tagged-pdf.ts';

/** D20: every PDF the portal makes is tagged, in its language, with its title shown. */
describe('the tagged PDF helper', () => {
  async function render(fonts: 'house' | 'standard') {
    const pdf = await createTaggedPdf({
      title: 'Ontvangstbevestiging 2026-P000001',
      author: 'IND',
      lang: 'nl',
      fonts,
    });
    pdf.artifact(() => pdf.doc.rect(56, 40, 10, 50).fill('#154273'));
    pdf.block('H1', () => pdf.doc.text('Ontvangstbevestiging'));
    pdf.block('P', () => {
      pdf.doc.text('Referentie: ', { continued: true });
      pdf.doc.text('2026-P000001');
    });
    return (await pdf.finish()).toString('latin1');
  }

  it('writes a tagged PDF 1.7 with language, displayed title, a structure tree and PDF/UA-1 identification', async () => {
    const pdf = await render('house');
    expect(pdf.startsWith('%PDF-1.7')).toBe(true);
    expect(pdf).toContain('/Marked true');
    expect(pdf).toContain('/StructTreeRoot');
    expect(pdf).toContain('/Lang (nl-NL)');
    expect(pdf).toContain('/DisplayDocTitle true');
    expect(pdf).toMatch(/\/S \/Document/);
    expect(pdf).toMatch(/\/S \/H1/);
    expect(pdf).toMatch(/\/S \/P\b/);
    expect(pdf).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('with the viewer’s standard (not embedded) fonts it is tagged but makes no PDF/UA claim', async () => {
    const pdf = await render('standard');
    expect(pdf).toContain('/StructTreeRoot');
    expect(pdf).not.toContain('pdfuaid');
  });
});
