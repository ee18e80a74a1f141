import { findType } from '../applications/index.ts';
import { translator } from '../platform/i18n/catalogue.ts';
import { formatDate, type Lang } from '../platform/i18n/i18n.ts';
import { createTaggedPdf } from '../platform/pdf/tagged-pdf.ts';

const BLUE = '#154273';

/** What every letter of a case shows at the top. */
export interface LetterCase {
  caseNumber: string;
  typeCode: string;
  kvkNumber: string;
  organisationName: string | null;
  employeeName: string | null;
  receivedOn: string;
}

export type Letter =
  | { kind: 'acknowledgement'; statutoryEnd: string; targetDate: string | null }
  | { kind: 'information_request'; missing: string; deadline: string }
  | { kind: 'decision'; outcome: 'granted' | 'rejected'; reasons: string };

export function letterTitle(letter: Letter['kind'], lang: Lang): string {
  const t = translator(lang);
  if (letter === 'acknowledgement') return t('cs.letter.ack.title');
  if (letter === 'information_request') return t('cs.letter.info.title');
  return t('cs.letter.decision.title');
}

/**
 * The case system's letters as PDFs (the house style of the portal's receipt): the
 * acknowledgement of receipt, the request for information and the decision with its reasons.
 * In the organisation's language; every letter carries the case number.
 */
export async function renderLetter(
  c: LetterCase,
  letter: Letter,
  lang: Lang,
  date: Date,
  /**
   * 'standard' uses the PDF viewer's built-in Helvetica instead of embedding Fira Sans: about
   * fifty times faster, for generated demo data (embedding costs ~100 ms per font per letter).
   */
  fonts: 'house' | 'standard' = 'house',
): Promise<Buffer> {
  const t = translator(lang);
  const title = letterTitle(letter.kind, lang);
  const pdf = await createTaggedPdf({
    title: `${title} ${c.caseNumber}`,
    author: t('site.organisation'),
    lang,
    fonts,
  });
  const { doc } = pdf;
  const row = (label: string, value: string) =>
    pdf.block('P', () => {
      doc.font('bold').fontSize(10).text(`${label}: `, { continued: true });
      doc.font('regular').text(value || '–');
    });
  const paragraph = (text: string) =>
    pdf.block('P', () => {
      doc.moveDown(0.6).font('regular').fontSize(11).text(text);
    });

  pdf.artifact(() => {
    doc.rect(56, 40, 10, 50).fill(BLUE).fillColor('black');
    doc.font('bold').fontSize(11).text(t('site.organisation'), 76, 44);
    doc.font('regular').fontSize(11).text(t('site.name'), 76, 60);
  });
  doc.x = 56;
  doc.moveDown(2);
  pdf.block('H1', () => {
    doc.font('bold').fontSize(18).fillColor(BLUE).text(title).fillColor('black');
  });
  doc.moveDown(0.4);
  row(t('cs.letter.caseNumber'), c.caseNumber);
  row(t('cs.letter.date'), formatDate(lang, date));
  row(t('cs.letter.type'), findType(c.typeCode)?.name[lang] ?? c.typeCode);
  row(t('cs.letter.organisation'), `${c.organisationName ?? ''} (KVK ${c.kvkNumber})`.trim());
  if (c.employeeName) row(t('cs.letter.employee'), c.employeeName);
  row(t('cs.letter.receivedOn'), formatDate(lang, c.receivedOn));

  if (letter.kind === 'acknowledgement') {
    paragraph(t('cs.letter.ack.body'));
    doc.moveDown(0.4);
    row(t('cs.letter.statutoryEnd'), formatDate(lang, letter.statutoryEnd));
    if (letter.targetDate) row(t('cs.letter.targetDate'), formatDate(lang, letter.targetDate));
  } else if (letter.kind === 'information_request') {
    paragraph(t('cs.letter.info.body'));
    paragraph(letter.missing);
    doc.moveDown(0.4);
    row(t('cs.letter.info.deadline'), formatDate(lang, letter.deadline));
    paragraph(t('cs.letter.info.how'));
  } else {
    paragraph(t(letter.outcome === 'granted' ? 'cs.letter.decision.granted' : 'cs.letter.decision.rejected'));
    pdf.block('H2', () => {
      doc.moveDown(0.6).font('bold').fontSize(13).fillColor(BLUE).text(t('cs.letter.decision.reasons'));
      doc.fillColor('black');
    });
    paragraph(letter.reasons);
    paragraph(t('cs.letter.decision.objection'));
  }
  doc.moveDown(1.2);
  pdf.block('P', () => {
    doc.font('regular').fontSize(9).fillColor('#3d3d3d').text(t('cs.letter.footer'));
  });
  return pdf.finish();
}
