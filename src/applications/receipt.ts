import { translator } from '../platform/i18n/catalogue.ts';
import { formatDate, formatDateTime, formatMoney, type Lang } from '../platform/i18n/i18n.ts';
import { createTaggedPdf } from '../platform/pdf/tagged-pdf.ts';
import type { ApplicationType } from './catalogue/model.ts';
import { findDocumentType } from './catalogue/catalogue.ts';
import type { DecisionDates } from './catalogue/decision-dates.ts';
import type { PageDefinition } from './forms/engine.ts';
import { answerRows, formatBytes } from './present.ts';
import type { Application, Attachment } from './repository.ts';

const BLUE = '#154273';

export interface ReceiptInput {
  application: Application;
  attachments: Attachment[];
  type: ApplicationType;
  pages: PageDefinition[];
  organisation: { name: string; kvkNumber: string };
  decision: DecisionDates;
  lang: Lang;
}

/**
 * The receipt of a submitted application (ontvangstbevestiging): reference, date and time in
 * Europe/Amsterdam, the organisation, a summary of the answers, the documents with their
 * checksums, the fee and how it is paid. Small enough to build in memory.
 */
/** A started PDF of the portal's letterhead, with helpers for headings, label–value rows and notes. */
export interface PdfDocument {
  doc: PDFKit.PDFDocument;
  heading: (text: string, size?: number) => void;
  row: (label: string, value: string) => void;
  /** A paragraph of body text. */
  paragraph: (text: string) => void;
  /** A small closing paragraph (the footer note). */
  note: (text: string) => void;
  /** Ends the document and gives its bytes. */
  finish: () => Promise<Buffer>;
}

/**
 * A tagged PDF in the portal's house style (A4, Fira Sans, the IND's letterhead as an artifact),
 * in memory: the receipts of applications and of the duty-to-inform reports are small. The caller
 * writes its content with the helpers and calls `finish()`.
 */
export async function pdfDocument(options: {
  title: string;
  /** The document's metadata title (default: the title). */
  documentTitle?: string;
  subject: string;
  lang: Lang;
}): Promise<PdfDocument> {
  const { lang } = options;
  const t = translator(lang);
  const pdf = await createTaggedPdf({
    title: options.documentTitle ?? options.title,
    author: t('site.organisation'),
    subject: options.subject,
    lang,
  });
  const { doc } = pdf;

  const heading = (text: string, size = 13) => {
    pdf.block('H2', () => {
      doc.moveDown(0.8).font('bold').fontSize(size).fillColor(BLUE).text(text).fillColor('black');
    });
    doc.moveDown(0.2);
  };
  const row = (label: string, value: string) =>
    pdf.block('P', () => {
      doc
        .font('bold')
        .fontSize(10)
        .text(/[?:]$/.test(label) ? `${label} ` : `${label}: `, { continued: true });
      doc.font('regular').text(value || '–');
    });
  const paragraph = (text: string) =>
    pdf.block('P', () => {
      doc.font('regular').fontSize(10).text(text);
    });
  const note = (text: string) => {
    doc.moveDown(1.2);
    pdf.block('P', () => {
      doc.font('regular').fontSize(9).fillColor('#3d3d3d').text(text);
    });
  };

  pdf.artifact(() => {
    doc.rect(56, 40, 10, 50).fill(BLUE).fillColor('black');
    doc.font('bold').fontSize(11).text(t('site.organisation'), 76, 44);
    doc.font('regular').fontSize(11).text(t('site.name'), 76, 60);
  });
  doc.x = 56;
  doc.moveDown(2);
  pdf.block('H1', () => {
    doc.font('bold').fontSize(18).fillColor(BLUE).text(options.title).fillColor('black');
  });
  doc.moveDown(0.4);
  return { doc, heading, row, paragraph, note, finish: () => pdf.finish() };
}

export async function renderReceipt(input: ReceiptInput): Promise<Buffer> {
  const { application, lang } = input;
  const t = translator(lang);
  const submittedAt = application.submitted_at ?? new Date();
  const { heading, row, paragraph, note, finish } = await pdfDocument({
    title: t('apps.receipt.title'),
    documentTitle: `${t('apps.receipt.title')} ${application.reference ?? ''}`,
    subject: input.type.name[lang],
    lang,
  });
  row(t('apps.receipt.reference'), application.reference ?? '');
  row(t('apps.receipt.submittedAt'), `${formatDateTime(lang, submittedAt)} (Europe/Amsterdam)`);
  row(t('apps.receipt.type'), input.type.name[lang]);
  row(t('apps.receipt.organisation'), `${input.organisation.name} (KVK ${input.organisation.kvkNumber})`);

  for (const page of input.pages) {
    heading(t(page.title));
    for (const answer of answerRows(page, application.answers, t, lang)) row(answer.label, answer.value);
  }

  heading(t('apps.documents.title'));
  if (input.attachments.length === 0) paragraph('–');
  for (const file of input.attachments) {
    const documentType = findDocumentType(file.document_type);
    row(
      documentType ? documentType.name[lang] : file.document_type,
      `${file.original_name} (${formatBytes(lang, file.size_bytes)}, SHA-256 ${file.sha256.slice(0, 16)}…)`,
    );
  }

  heading(t('apps.declaration.feeTitle'));
  row(t('apps.receipt.fee'), formatMoney(lang, application.fee_cents ?? 0));
  row(
    t('apps.receipt.payment'),
    t(application.payment_method === 'direct_debit' ? 'apps.fee.directDebit' : 'apps.fee.paymentLetter'),
  );
  const { decision } = input;
  row(
    t('apps.receipt.decisionPeriod'),
    t('apps.receipt.decisionPeriodValue', {
      days: decision.periodDays,
      date: formatDate(lang, decision.statutoryEnd),
    }),
  );
  if (decision.serviceTarget) {
    row(
      t('apps.receipt.serviceTarget'),
      t('apps.serviceTarget.value', {
        complete: formatDate(lang, decision.serviceTarget.complete),
        incomplete: formatDate(lang, decision.serviceTarget.incomplete),
      }),
    );
  }
  note(t('apps.receipt.footer'));
  return finish();
}
