import { constants, inflateSync } from 'node:zlib';
import { AppError } from '../http/problems.ts';
import { latin1 } from './bytes.ts';

/**
 * PDF features that run code, open other files or carry hidden files. A letter, a report or a scan
 * needs none of them; a PDF with them is refused rather than passed on to a professional's computer.
 * (/JS is left out on purpose: it holds a script only inside an action of type /JavaScript, and three
 * letters turn up by chance in megabytes of image data.)
 */
const activeNames = new Set(['JavaScript', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'SubmitForm', 'ImportData', 'GoToE']);

/** Inflated object streams are searched too, up to this much text each (a "zip bomb" is refused). */
const maxObjectStreamBytes = 16 * 1024 * 1024;

const damaged = () => new AppError('bestand-klopt-niet', { detail: 'Dit is geen goede PDF.' });
const unsafe = () => new AppError('bestand-onveilig', { detail: 'Er zit code of een verborgen bestand in deze PDF.' });

/**
 * Checks a PDF: a PDF header at the very start (so the file is nothing else first), an end marker
 * where readers look for it, and no active content, also inside compressed object streams. A PDF is
 * stored as sent: rewriting it would need a full PDF library and could change what the letter says.
 */
export function checkPdf(input: Uint8Array): void {
  const text = latin1(input);
  if (!/^%PDF-[12]\.\d/.test(text)) throw damaged();
  if (!text.slice(-1024).includes('%%EOF')) throw damaged();
  if (hasActiveName(text)) throw unsafe();
  for (const stream of objectStreams(text, input)) {
    let inflated: Buffer;
    try {
      // A cut-off stream still shows what a lenient reader would show, so read as far as it goes.
      inflated = inflateSync(stream, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: maxObjectStreamBytes });
    } catch (error) {
      if (error instanceof RangeError) throw unsafe();
      continue;
    }
    if (hasActiveName(inflated.toString('latin1'))) throw unsafe();
  }
}

/** PDF names may spell letters as #xx; `/J#61vaScript` is `/JavaScript`. */
function hasActiveName(text: string): boolean {
  for (const match of text.matchAll(/\/((?:[^\s/<>[\]()%{}#]|#[0-9A-Fa-f]{2}){5,64})/g)) {
    if (activeNames.has(decodeNames(match[1]!))) return true;
  }
  return false;
}

/** The raw bytes of every stream whose dictionary says /Type /ObjStm (objects packed and compressed). */
function* objectStreams(text: string, input: Uint8Array): Generator<Uint8Array> {
  for (const match of text.matchAll(/(?<!end)stream\r?\n/g)) {
    const start = match.index + match[0].length;
    // The dictionary of this stream: from the end of the object before it.
    const from = Math.max(text.lastIndexOf('endobj', match.index), match.index - 4096, 0);
    if (!/\/Type\s*\/ObjStm\b/.test(decodeNames(text.slice(from, match.index)))) continue;
    const end = text.indexOf('endstream', start);
    yield input.subarray(start, end < 0 ? input.length : end);
  }
}

function decodeNames(text: string): string {
  return text.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
