import { createRequire } from 'node:module';
import type { Lang } from '../i18n/i18n.ts';

const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('@fontsource/fira-sans/files/fira-sans-latin-400-normal.woff');
const FONT_BOLD = require.resolve('@fontsource/fira-sans/files/fira-sans-latin-700-normal.woff');

/** The structure types the portal's documents use (PDF 1.7, 14.8.4 standard structure types). */
export type BlockType = 'H1' | 'H2' | 'H3' | 'P';

export interface TaggedPdf {
  doc: PDFKit.PDFDocument;
  /** A block in reading order: its drawing is marked as content of one structure element. */
  block(type: BlockType, draw: () => void): void;
  /** Decoration (the logo bar): marked as an artifact, skipped by assistive technology. */
  artifact(draw: () => void): void;
  /** Ends the structure tree and the document. */
  finish(): Promise<Buffer>;
}

/**
 * Every PDF of the portal (D20): tagged PDF 1.7 with the document's language, its title shown by
 * the viewer, a structure tree in reading order (headings, paragraphs) and decoration as
 * artifacts. With the house fonts (embedded Fira Sans) the file also declares PDF/UA-1
 * (pdfuaid:part 1 in its XMP metadata); with the viewer's standard fonts, which are not
 * embedded, it is tagged but makes no PDF/UA claim.
 */
export async function createTaggedPdf(meta: {
  title: string;
  author: string;
  subject?: string;
  lang: Lang;
  fonts?: 'house' | 'standard';
}): Promise<TaggedPdf> {
  const fonts = meta.fonts ?? 'house';
  // pdfkit (with fontkit) takes ~0.1 s to load: loaded at the first document, not at start-up.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: meta.lang === 'nl' ? 'nl-NL' : 'en-GB',
    // pdfkit supports 'PDF/UA' (since 0.14); @types/pdfkit lists only the PDF/A subsets so far.
    ...(fonts === 'house' ? { subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets } : {}),
    info: { Title: meta.title, Author: meta.author, ...(meta.subject ? { Subject: meta.subject } : {}) },
  });
  doc.registerFont('regular', fonts === 'house' ? FONT_REGULAR : 'Helvetica');
  doc.registerFont('bold', fonts === 'house' ? FONT_BOLD : 'Helvetica-Bold');
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  return {
    doc,
    block(type, draw) {
      root.add(doc.struct(type, {}, draw));
    },
    artifact(draw) {
      doc.markContent('Artifact', { type: 'Layout' });
      draw();
      doc.endMarkedContent();
    },
    finish() {
      root.end();
      doc.end();
      return finished;
    },
  };
}
