import type { DocumentContentType } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import { ascii, latin1, startsWith } from './bytes.ts';
import { stripJpegMetadata } from './jpeg.ts';
import { checkPdf } from './pdf.ts';
import { pngSignature, stripPngMetadata } from './png.ts';

/** The file types Ons Plan takes, known by their first bytes, with the extensions that belong to each. */
export const documentKinds: Record<DocumentContentType, { magic: Uint8Array; extensions: readonly string[] }> = {
  'image/jpeg': { magic: Uint8Array.of(0xff, 0xd8, 0xff), extensions: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  'image/png': { magic: pngSignature, extensions: ['png'] },
  'application/pdf': { magic: ascii('%PDF-'), extensions: ['pdf'] },
};

/** The type of a file from its content; the name and the declared type are never asked. */
export function detectType(bytes: Uint8Array): DocumentContentType | undefined {
  return (Object.keys(documentKinds) as DocumentContentType[]).find((type) => startsWith(bytes, documentKinds[type].magic));
}

/**
 * Checks an upload and returns the bytes to store (REQUIREMENTS C5): the type from the content, no
 * second file hidden inside (a polyglot), and photos without their metadata.
 */
export function inspectUpload(bytes: Uint8Array): { contentType: DocumentContentType; bytes: Uint8Array } {
  const contentType = detectType(bytes);
  if (!contentType) throw new AppError('bestandstype-niet-toegestaan');
  rejectHiddenContent(bytes, contentType);
  switch (contentType) {
    case 'image/jpeg':
      return { contentType, bytes: stripJpegMetadata(bytes) };
    case 'image/png':
      return { contentType, bytes: stripPngMetadata(bytes) };
    case 'application/pdf':
      checkPdf(bytes);
      return { contentType, bytes };
  }
}

/**
 * Markup a browser would run, or a PHP script. Long enough that photo data never spells it by
 * chance, and found anywhere: in a comment block, after the end of the image, or inside a PDF.
 */
const markup = /<(?:script|html|iframe|object|embed)[\s>/]|<!doctype\s+html|<\?php[\s]|javascript:/i;

/** A ZIP (also a .docx or .jar) is read from its end: its directory record sits in the last 64 KiB. */
const zipEnd = ascii('PK\x05\x06');
const zipWindow = 65_535 + 22;

function rejectHiddenContent(bytes: Uint8Array, contentType: DocumentContentType): void {
  const text = latin1(bytes);
  const unsafe = (detail: string) => new AppError('bestand-onveilig', { detail });
  if (markup.test(text)) throw unsafe('Er zit een webpagina of script in dit bestand.');
  if (text.lastIndexOf(latin1(zipEnd)) >= Math.max(0, bytes.length - zipWindow)) throw unsafe('Er zit een ander bestand in dit bestand.');
  // PDF readers look for their header anywhere in the first kilobyte.
  if (contentType !== 'application/pdf' && text.slice(0, 1024).includes('%PDF-')) throw unsafe('Er zit een PDF in dit bestand.');
}
